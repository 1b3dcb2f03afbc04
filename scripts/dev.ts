/**
 * `npm start`: the portal on http://localhost:8080 with live reload, over content/.
 *
 * A worker process builds (src/dev/worker.ts): fully at start, then only the pages an edit changes. This
 * process serves _site/ with Eleventy's dev server and reloads the browser when the worker reports. When
 * code changes (layouts/, src/), the worker is replaced by a fresh one, since Node keeps modules cached.
 */
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync, watch } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingMessage, ServerResponse } from "node:http";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { startDevCms, type LocalCms } from "../src/dev/cms-backend.ts";
import { withOverlay, type DevError } from "../src/dev/overlay.ts";
import type { WorkerMessage } from "../src/dev/worker.ts";
import { startLocalServerSide } from "../src/dev/netlify.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = Number(process.env.PORT ?? 8080);
const contentDir = path.resolve(process.env.PORTAL_CONTENT ?? path.join(ROOT, "content"));
const outDir = path.resolve(process.env.PORTAL_OUTPUT ?? path.join(ROOT, "_site"));

/** The content's problem while there is one: every page served says so (src/dev/overlay.ts). */
let contentError: DevError | undefined;

function showContentError(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (!contentError || req.method !== "GET" || req.url?.startsWith("/admin")) return next();
  const match = server.mapUrlToFilePath(req.url ?? "/");
  if (match?.statusCode !== 200 || !match.filepath?.endsWith(".html")) return next();
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(withOverlay(readFileSync(match.filepath, "utf8"), contentError));
}

// /api/* goes to the Netlify Functions, run by Netlify's emulator with a local Blobs store (PQRSD).
const netlify = startLocalServerSide(ROOT);
const server = EleventyDevServer.getServer("portal-municipal", outDir, { port: PORT, liveReload: true, domDiff: false, showVersion: false, middleware: [netlify.middleware, showContentError] });
// Eleventy's server listens on every interface and has no option for it: on loopback only, nobody else on
// the network reaches the working copy (or the CMS behind it).
server._serverListen = (port: number) => server.server.listen({ port, host: "127.0.0.1" });
server.serve(PORT);

let worker: ChildProcess | undefined;
let stopping = false;
const helpers: ChildProcess[] = [];
let cms: LocalCms | undefined;

function startWorker(): void {
  const child = fork(path.join(ROOT, "src/dev/worker.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, PORTAL_CONTENT: contentDir, PORTAL_OUTPUT: outDir },
  });
  child.on("message", (m: WorkerMessage) => {
    // The bench (src/bench/incremental.ts) reads what the worker reports.
    if (process.env.PORTAL_DEV_REPORT) process.stdout.write(`${JSON.stringify(m)}\n`);
    if (m.type === "built") {
      const what = m.full ? `${m.written.length} archivos` : `${m.written.length} de ${m.total} páginas reescritas`;
      console.log(`[portal] ${what} en ${Math.round(m.ms)} ms`);
      // A fixed file may leave every page as it was: the open tabs still reload, to drop the notice.
      const hadError = contentError !== undefined;
      contentError = undefined;
      if (m.written.length || m.removed.length || hadError) server.reload({ files: m.written.map((f) => path.join(outDir, f)) });
    } else if (m.type === "error") {
      console.error(`\n[portal] ${m.message}\n[portal] Se sigue mostrando la última versión válida.\n`);
      contentError = { message: m.message, issues: m.issues };
      server.reload();
    } else if (m.type === "indexed") {
      console.log(`[portal] índice de búsqueda actualizado en ${Math.round(m.ms)} ms`);
    }
  });
  child.on("exit", (code) => {
    if (!stopping && child === worker && code) console.error(`[portal] el proceso de construcción terminó (${code}); se reinicia al próximo cambio de código.`);
  });
  worker = child;
}

/** Code changed: Node keeps the old modules in memory, so a new worker builds with the new code. */
let restart: NodeJS.Timeout | undefined;
for (const dir of ["layouts", "src"]) {
  watch(path.join(ROOT, dir), { recursive: true }, () => {
    clearTimeout(restart);
    restart = setTimeout(() => {
      console.log("[portal] cambió el código: nueva construcción completa");
      const old = worker;
      startWorker();
      old?.kill();
    }, 100);
  });
}

function stop(): void {
  stopping = true;
  worker?.kill();
  for (const h of helpers) h.kill();
  void Promise.all([server.close(), cms?.close(), netlify.stop()]).finally(() => process.exit(0));
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

startWorker();

// The CMS's local backend (src/dev/cms-backend.ts): /admin/ drafts, reviews and publishes as commits of
// this repository, on 127.0.0.1, on a port of this dev server's own.
if (!process.env.PORTAL_NO_CMS) {
  cms = await startDevCms({ contentDir, outDir, devPort: PORT, cmsPort: process.env.CMS_PORT ? Number(process.env.CMS_PORT) : undefined, log: console.error });
}
console.log(`[portal] Servidor de desarrollo en http://localhost:${PORT}/ · administrador en http://localhost:${PORT}/admin/${cms ? ` (sus cambios: ${cms.url})` : ""}`);
if (cms?.problem) console.error(`[portal] ${cms.problem}`);
