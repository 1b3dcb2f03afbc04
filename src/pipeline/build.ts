/**
 * A production build that never leaves a half-written site: Eleventy writes into a fresh folder beside
 * the output, and only a build that succeeds replaces the output, in one rename.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { EditorFacingError } from "../content/errors.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  quiet?: boolean;
  /** The Eleventy configuration: .eleventy.ts, or its compiled copy (scripts/build.mjs). */
  configPath?: string;
}

export interface BuildResult {
  outDir: string;
  files: number;
  ms: number;
}

/** The error an editor should read, dug out of Eleventy's wrapping. */
export function editorFacingError(error: unknown): Error | undefined {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    if (e instanceof EditorFacingError) return e;
    const next = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    e = next;
  }
  return undefined;
}

/**
 * Folders for the pages are still being made on libuv's threads when a build fails early (a dead link
 * found once the pages are drawn): removing the folder may meet one just made (ENOTEMPTY), so it retries,
 * and looks again once the last ones have settled.
 */
async function removeStaging(staging: string): Promise<void> {
  const pause = () => new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 20; i++) {
    try {
      rmSync(staging, { recursive: true, force: true });
    } catch {
      await pause();
      continue;
    }
    await pause();
    if (!existsSync(staging)) return;
  }
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = path.resolve(options.contentDir ?? path.join(ROOT, "content"));
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, "_site"));
  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  process.env.PORTAL_CONTENT = contentDir;
  process.env.PORTAL_OUTPUT = staging;
  mkdirSync(path.dirname(outDir), { recursive: true });
  let files = 0;
  try {
    const eleventy = new Eleventy(path.join(ROOT, "src/pipeline/eleventy-input"), staging, {
      configPath: options.configPath ?? path.join(ROOT, ".eleventy.ts"),
      quietMode: options.quiet ?? true,
    });
    // Our own message names the file and field; Eleventy's log would bury it under a stack trace.
    if (options.quiet ?? true) eleventy.disableLogger();
    const results = (await eleventy.write()) as unknown[];
    files = Array.isArray(results) ? results.flat(2).length : 0;
  } catch (error) {
    await removeStaging(staging);
    throw editorFacingError(error) ?? error;
  }
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  // The swap is done; deleting thousands of old files is left to a background process, since nothing
  // waits for it (it took longer than rendering them).
  if (existsSync(old)) spawn("rm", ["-rf", old], { detached: true, stdio: "ignore" }).unref();
  return { outDir, files, ms: performance.now() - started };
}
