/**
 * 200 filings at the same moment. The emulator cannot carry 200 simultaneous calls on two cores (a worker
 * thread per call, 30 s limit: see tests/browser/pqrsd-server.test.ts for 20 through it), so here the
 * Netlify Function's own module (netlify/functions/pqrsd.mts) answers real HTTP requests in this process,
 * with the real @netlify/blobs client talking to the emulator's Blobs server (with the correction of
 * src/dev/netlify.ts). What decides the radicado, the store's create-only writes, is exactly what
 * production runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { BlobsServer } from "@netlify/blobs/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { correctBlobsServer, sendResponse, toWebRequest } from "../../src/dev/netlify.ts";
import { listMarkers } from "../../src/pqrsd/store.ts";
import { getStore } from "@netlify/blobs";
import { VALID } from "../forms/cases.ts";
import { formBody, MIN_SECONDS_IN_TESTS, openForm, post, waitFillTime } from "../helpers/pqrsd.ts";

let dir: string;
let blobs: BlobsServer;
let http: Server;
let base: string;
let context: { edgeURL: string; uncachedEdgeURL: string; token: string; siteID: string };

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "pqrsd-carga-"));
  blobs = new BlobsServer({ directory: dir, token: "carga" });
  const { port } = await blobs.start();
  context = { edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}`, token: "carga", siteID: "carga" };
  // As Netlify's runtime does for every function: where the site's Blobs live.
  process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(JSON.stringify(context)).toString("base64");
  process.env.PQRSD_STORE = "carga";
  process.env.PQRSD_LIMITE_POR_HORA = "1000";
  process.env.PQRSD_MIN_SEGUNDOS = MIN_SECONDS_IN_TESTS;
  // On Netlify a filing gives up getting its number after 8 s (the function has 10). Here one Node
  // process on two shared cores plays 200 clients, 200 functions and the Blobs service at once, and is
  // slower than that: the test is about uniqueness, so it waits.
  process.env.PQRSD_PLAZO_NUMERO_MS = "120000";
  // 400 lines of «radicada …»: the emulator tests read the logs; here they are noise.
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  const fn = (await import("../../netlify/functions/pqrsd.mts")).default;
  http = createServer((req, res) => {
    const request = toWebRequest(req, `http://${req.headers.host}`);
    void sendResponse(res, fn(request, { ip: String(req.headers["x-forwarded-for"] ?? "") }));
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => http?.close(r));
  await blobs?.stop();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.NETLIFY_BLOBS_CONTEXT;
});

it("200 solicitudes a la vez reciben 200 radicados distintos y las 200 quedan guardadas", async () => {
  const ips = Array.from({ length: 200 }, (_, i) => `10.30.${Math.floor(i / 200)}.${(i % 200) + 1}`);
  const cookies = await Promise.all(ips.map((ip) => openForm(base, ip)));
  await waitFillTime();
  const results = await Promise.all(ips.map((ip, i) => post(base, formBody({ ...VALID, asunto: `Solicitud simultánea ${i}` }), { cookie: cookies[i], ip })));
  expect(results.map((r) => r.res.status).filter((s) => s !== 303)).toEqual([]);
  const radicados = results.map((r) => /r=(\d{4}-\d{6})/.exec(r.res.headers.get("location")!)![1]!);
  expect(new Set(radicados).size).toBe(200);
  const store = getStore({ name: "carga", ...context } as never);
  expect((await listMarkers(store)).map((m) => m.radicado).sort()).toEqual([...radicados].sort());
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = (times[99]! + times[100]!) / 2;
  process.stdout.write(`[pqrsd] 200 solicitudes simultáneas: mediana ${Math.round(median)} ms, peor ${Math.round(times.at(-1)!)} ms\n`);
}, 240_000);
