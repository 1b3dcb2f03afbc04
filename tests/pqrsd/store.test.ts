/**
 * The storage protocol against a real local Blobs server (the emulator's, with the correction of
 * src/dev/netlify.ts), without starting functions: claims, concurrency, and a failure midway.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctBlobsServer, setBlobWriteFault, useEmulatorAsShipped } from "../../src/dev/netlify.ts";
import { claimRadicado, listMarkers, readRecord, saveFiling, StorageError, type BlobStore, type FilingRecord } from "../../src/pqrsd/store.ts";

let dir: string;
let server: BlobsServer;
let port: number;
let n = 0;
const fresh = (): BlobStore =>
  getStore({ name: `s${n++}`, siteID: "pruebas", token: "t", edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` } as never);

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "pqrsd-blobs-"));
  server = new BlobsServer({ directory: dir, token: "t" });
  port = (await server.start()).port;
});
afterAll(async () => {
  setBlobWriteFault(undefined);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const record = (radicado: string): FilingRecord => ({
  radicado,
  formVersion: "x",
  dataPolicyVersion: "x",
  filedAt: "2026-12-02T09:00:00.000-05:00",
  type: "peticion",
  deadline: { received: "2026-12-02", due: "2026-12-24", days: 15, basis: "x" },
  data: { asunto: "Prueba" },
  attachments: [],
});

describe("radicados", () => {
  it("son consecutivos por año y empiezan en 000001", async () => {
    const store = fresh();
    expect(await claimRadicado(store, 2026, "t")).toBe("2026-000001");
    expect(await claimRadicado(store, 2026, "t")).toBe("2026-000002");
    expect(await claimRadicado(store, 2027, "t")).toBe("2027-000001");
  });

  it("un número reservado nunca se entrega otra vez, aunque la pista de «siguiente» se pierda", async () => {
    const store = fresh();
    await claimRadicado(store, 2026, "t");
    await claimRadicado(store, 2026, "t");
    await store.delete("siguiente/2026");
    expect(await claimRadicado(store, 2026, "t")).toBe("2026-000003");
  });

  it("100 reservas a la vez dan 100 números distintos; los que la ráfaga saltó son los siguientes en salir", async () => {
    const store = fresh();
    const got = await Promise.all(Array.from({ length: 100 }, () => claimRadicado(store, 2026, "t")));
    expect(new Set(got).size).toBe(100);
    const highest = Math.max(...got.map((r) => Number(r.slice(5))));
    const skipped = highest - 100;
    const later = [];
    for (let i = 0; i < skipped + 1; i++) later.push(await claimRadicado(store, 2026, "t"));
    const all = [...got, ...later].map((r) => Number(r.slice(5))).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: highest + 1 }, (_, i) => i + 1));
  });
});

describe("una falla a mitad de camino", () => {
  for (const step of ["adjuntos", "solicitud.json", "registro/"]) {
    it(`al escribir ${step}: no queda nada a medias y el número queda anulado`, async () => {
      const store = fresh();
      setBlobWriteFault((key) => key.includes(step));
      const attempt = saveFiling(store, {
        year: 2026,
        month: "2026-12",
        filedAt: "2026-12-02T09:00:00.000-05:00",
        attachments: [{ name: "a.pdf", type: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4"), sha256: "x" }],
        build: (r) => record(r),
      });
      await expect(attempt).rejects.toBeInstanceOf(StorageError);
      setBlobWriteFault(undefined);
      const { blobs } = await store.list({ prefix: "expedientes/" });
      expect(blobs).toEqual([]);
      expect(await listMarkers(store)).toEqual([]);
      expect(await store.get("radicados/2026/000001", { type: "json" })).toMatchObject({ state: "fallido" });
      // The next filing gets the next number, never the voided one.
      const ok = await saveFiling(store, { year: 2026, month: "2026-12", filedAt: "x", attachments: [], build: (r) => record(r) });
      expect(ok.radicado).toBe("2026-000002");
      expect((await readRecord(store, "2026-000002"))?.radicado).toBe("2026-000002");
    });
  }
});

describe("el servidor de Blobs del emulador tal como viene", () => {
  it("aplica una escritura condicional a la vez solo con la corrección de src/dev/netlify.ts", async () => {
    const store = fresh();
    const winners = async (key: string) => (await Promise.all(Array.from({ length: 50 }, (_, i) => store.set(key, `v${i}`, { onlyIfNew: true })))).filter((r) => r.modified).length;
    expect(await winners("corregido")).toBe(1);
    useEmulatorAsShipped();
    try {
      // As shipped, the check and the write are separate steps: more than one writer «wins».
      const shipped = await winners("tal-como-viene");
      console.log(`[prueba] emulador sin corregir: ${shipped} de 50 escrituras onlyIfNew simultáneas a una clave «ganaron»`);
      // If this fails, the emulator does conditional writes atomically by now: the correction can go.
      expect(shipped).toBeGreaterThan(1);
    } finally {
      correctBlobsServer();
    }
  });
});
