/**
 * Starts one of the build's threads. The compiled build (scripts/build.mjs) bundles each as
 * `<name>.mjs` in one folder and names that folder in PORTAL_THREADS; from the sources (dev server,
 * tests) tsx compiles the thread as it does the rest of the project.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";

export type ThreadName = "search-thread" | "pdf-thread";

const SOURCES: Record<ThreadName, URL> = {
  "search-thread": new URL("./thread.ts", import.meta.url),
  "pdf-thread": new URL("./pdf-thread.ts", import.meta.url),
};

export function startWorker(name: ThreadName, workerData: unknown): Worker {
  const compiled = process.env.PORTAL_THREADS;
  if (compiled) return new Worker(path.join(compiled, `${name}.mjs`), { workerData });
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(SOURCES[name].href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
