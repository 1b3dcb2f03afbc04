/**
 * 100 answers at the same moment, each sent twice as a double click would. As in tests/pqrsd/load.test.ts,
 * the emulator cannot carry that many calls at once on two cores (a worker thread per call, 30 s limit;
 * tests/browser/encuestas.test.ts sends 10 through it), so the Netlify Function's own module
 * (netlify/functions/encuestas.mts) answers real HTTP requests in this process, with the real
 * @netlify/blobs client talking to the emulator's Blobs server (with the correction of src/dev/netlify.ts).
 * The build's reading of those answers then counts each exactly once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { correctBlobsServer, sendResponse, toWebRequest } from "../../src/dev/netlify.ts";
import { readSurveysData } from "../../src/surveys/load.ts";
import { aggregate } from "../../src/surveys/results.ts";
import { MIN_SECONDS_IN_TESTS, waitFillTime } from "../helpers/pqrsd.ts";
import { SURVEY } from "./helpers.ts";

let dir: string;
let blobs: BlobsServer;
let http: Server;
let base: string;
let context: { edgeURL: string; uncachedEdgeURL: string; token: string; siteID: string };

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "encuestas-carga-"));
  blobs = new BlobsServer({ directory: dir, token: "carga" });
  const { port } = await blobs.start();
  context = { edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}`, token: "carga", siteID: "carga" };
  process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(JSON.stringify(context)).toString("base64");
  process.env.PQRSD_STORE = "carga-encuestas";
  process.env.ENCUESTAS_LIMITE_POR_HORA = "1000";
  process.env.PQRSD_MIN_SEGUNDOS = MIN_SECONDS_IN_TESTS;
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  const fn = (await import("../../netlify/functions/encuestas.mts")).default;
  // The site the function fetches its definition from: here, the same server.
  http = createServer((req, res) => {
    if (req.url === `/participa/encuestas/${SURVEY.id}/encuesta.json`) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(SURVEY));
      return;
    }
    if (!req.url?.startsWith("/api/")) {
      res.writeHead(404).end();
      return;
    }
    void sendResponse(res, fn(toWebRequest(req, `http://${req.headers.host}`), { ip: String(req.headers["x-forwarded-for"] ?? "") }));
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

it("100 respuestas a la vez, cada una enviada dos veces, quedan guardadas y contadas una vez cada una", async () => {
  const ips = Array.from({ length: 100 }, (_, i) => `10.40.0.${i + 1}`);
  const cookies = await Promise.all(
    ips.map(async (ip) => (await fetch(`${base}/api/participa/encuestas/inicio.gif?e=${SURVEY.id}`, { headers: { "x-forwarded-for": ip } })).headers.get("set-cookie")!.split(";")[0]!),
  );
  await waitFillTime();
  const body = (i: number) =>
    new URLSearchParams([["encuesta", SURVEY.id], ["p_frecuencia", i % 4 ? "cada-semana" : "es-la-primera-vez"], ["p_utilidad", String((i % 5) + 1)], ["p_temas", "contratacion"], ["sitio_web", ""]]);
  const send = async (i: number) => {
    const started = performance.now();
    const res = await fetch(`${base}/api/participa/encuestas`, { method: "POST", body: body(i), headers: { cookie: cookies[i]!, "x-forwarded-for": ips[i]! }, redirect: "manual" });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  };
  const started = performance.now();
  const results = await Promise.all(ips.flatMap((_, i) => [send(i), send(i)]));
  const total = performance.now() - started;
  expect(results.map((r) => r.status).filter((s) => s !== 303)).toEqual([]);

  const store = getStore({ name: "carga-encuestas", ...context } as never);
  const data = await readSurveysData(store, "prueba");
  if (!data.available) throw new Error("sin datos");
  expect(data.answers[SURVEY.id]!.length).toBe(100);
  const results100 = aggregate(SURVEY, data.answers[SURVEY.id]!);
  expect(results100.total).toBe(100);
  expect(results100.questions[0]!.options.map((o) => o.count)).toEqual([25, 75]);
  expect(results100.questions[1]!.options.map((o) => o.count)).toEqual([20, 20, 20, 20, 20]);
  expect(results100.questions[1]!.average).toBe(3);
  expect(results100.questions[2]!.options.find((o) => o.value === "contratacion")).toMatchObject({ count: 100, percent: 100 });
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  process.stdout.write(`[encuestas] 100 respuestas simultáneas (200 envíos): todas en ${Math.round(total)} ms, mediana ${Math.round((times[99]! + times[100]!) / 2)} ms, peor ${Math.round(times.at(-1)!)} ms\n`);
}, 240_000);
