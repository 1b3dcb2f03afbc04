/**
 * The CMS at /admin/: an esbuild bundle of admin/index.tsx (Decap CMS plus our schemas and page
 * components), rebuilt only when its own sources change and otherwise copied from .cache/admin/.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { SiteData } from "../schema/site.ts";
import { timing, type BuildState, type EleventyConfig } from "./index.ts";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();
}

/** Everything the bundle is made of: its code, the schemas and layouts it renders, the site's identity. */
export function adminSourceHash(root: string, site: SiteData): string {
  const hash = createHash("sha256");
  for (const file of [...filesUnder(path.join(root, "admin")), ...filesUnder(path.join(root, "layouts")), ...filesUnder(path.join(root, "src")), path.join(root, "package-lock.json")]) {
    hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.update(JSON.stringify(site)).digest("hex").slice(0, 16);
}

export interface AdminBundle {
  dir: string;
  cached: boolean;
  ms: number;
}

/** `cacheRoot` is where bundles are kept (a test builds another site's bundle away from the build's). */
export async function bundleAdmin(root: string, site: SiteData, cacheRoot = path.join(root, ".cache/admin")): Promise<AdminBundle> {
  const started = performance.now();
  const dir = path.join(cacheRoot, adminSourceHash(root, site));
  if (existsSync(path.join(dir, "cms.js"))) return { dir, cached: true, ms: performance.now() - started };
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: [path.join(root, "admin/index.tsx")],
    outfile: path.join(tmp, "cms.js"),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    jsx: "automatic",
    legalComments: "none",
    logLevel: "silent",
    define: { __PORTAL_SITE__: JSON.stringify(site), "process.env.NODE_ENV": '"production"', global: "window" },
  });
  writeFileSync(path.join(tmp, "index.html"), readFileSync(path.join(root, "admin/index.html")));
  writeFileSync(path.join(tmp, "site.css"), readFileSync(path.join(root, "layouts/styles/site.css")));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  // Older bundles are of no use once sources changed.
  for (const old of readdirSync(path.dirname(dir))) if (path.join(path.dirname(dir), old) !== dir) rmSync(path.join(path.dirname(dir), old), { recursive: true, force: true });
  return { dir, cached: false, ms: performance.now() - started };
}

/** Step: the CMS, copied into the output once the pages are written. */
export function buildAdmin(eleventyConfig: EleventyConfig, state: BuildState): void {
  eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    if (!state.portal) return;
    const bundle = await bundleAdmin(state.options.root, state.portal.site);
    cpSync(bundle.dir, path.join(dir.output, "admin"), { recursive: true });
    state.lastAdmin = bundle;
    timing(`administrador de contenidos ${bundle.cached ? "copiado de la caché" : "empaquetado"}`);
  });
}
