/** The filing handler with a clock of its own, against a real local Blobs server. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctBlobsServer } from "../../src/dev/netlify.ts";
import { handlePqrsd, type Deps } from "../../src/functions/pqrsd.ts";
import type { BlobStore } from "../../src/pqrsd/store.ts";
import { VALID } from "../forms/cases.ts";
import { formBody } from "../helpers/pqrsd.ts";

let dir: string;
let server: BlobsServer;
let store: BlobStore;
let clock = DateTime.fromISO("2026-12-02T10:00:00", { zone: "America/Bogota" });
const logs: string[] = [];

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "pqrsd-manejador-"));
  server = new BlobsServer({ directory: dir, token: "t" });
  const { port } = await server.start();
  store = getStore({ name: "m", siteID: "m", token: "t", edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` } as never);
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const deps = (): Deps => ({ store, env: {}, now: () => clock, ip: "10.0.0.1", log: (l) => logs.push(l) });

async function open(): Promise<string> {
  const res = await handlePqrsd(new Request("https://alcaldia.example/api/pqrsd/inicio.gif"), deps());
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

const submit = (cookie: string) => handlePqrsd(new Request("https://alcaldia.example/api/pqrsd", { method: "POST", body: formBody(VALID), headers: { cookie } }), deps());

describe("tiempo mínimo para llenar el formulario", () => {
  it("un envío 2 segundos después de abrir el formulario vuelve con un aviso y no se guarda", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 2 });
    const res = await submit(cookie);
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/pulse «Enviar solicitud» de nuevo/);
    // The clock kept its start: no new cookie, so 5 seconds after opening it goes through.
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await store.list({ prefix: "expedientes/" })).blobs).toEqual([]);
    clock = clock.plus({ seconds: 4 });
    expect((await submit(cookie)).status).toBe(303);
  });

  it("un formulario abierto hace más de dos horas pide revisar y enviar de nuevo", async () => {
    const cookie = await open();
    clock = clock.plus({ hours: 3 });
    const res = await submit(cookie);
    expect(res.status).toBe(422);
    expect(res.headers.get("set-cookie")).toMatch(/^pqrsd_inicio=/);
  });

  it("la imagen no reinicia el reloj de un formulario ya abierto", async () => {
    const cookie = await open();
    const again = await handlePqrsd(new Request("https://alcaldia.example/api/pqrsd/inicio.gif", { headers: { cookie } }), deps());
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(again.headers.get("content-type")).toBe("image/gif");
  });
});
