import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const FIXTURE_SITE = path.join(ROOT, "tests/fixtures/site");

/** Runs the production build exactly as `npm run build` does, in a child process. */
export function runBuild(contentDir: string, outDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/build.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_CONTENT: contentDir, PORTAL_OUTPUT: outDir, ...env },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A private copy of a content folder that a test may break. */
export function copyContent(from = FIXTURE_SITE): string {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-contenido-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function tempDir(prefix = "portal-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
