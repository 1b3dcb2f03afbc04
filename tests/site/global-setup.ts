/** Builds the Palmar site once for the site checks and the browser tests. */
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, runBuild } from "../helpers/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject): void {
  const out = path.join(ROOT, "tests/.artifacts/site");
  const r = runBuild(process.env.PORTAL_TEST_CONTENT ?? path.join(ROOT, "content"), out);
  if (r.status !== 0) throw new Error(`No se pudo construir el sitio de Palmar para las pruebas:\n${r.stderr}`);
  project.provide("siteDir", out);
}
