/**
 * `npm run build`, as plain Node. The build is TypeScript (scripts/build.ts and .eleventy.ts, with what
 * they import from src/ and layouts/); compiling it on the fly with tsx cost about 0.8 s of every build.
 * esbuild compiles it once per change of those sources into .cache/build/<hash>/, and Node runs that.
 * The development server and the tests still run the sources through tsx.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();
}

function sourceHash() {
  const hash = createHash("sha256");
  const files = [...filesUnder(path.join(root, "src")), ...filesUnder(path.join(root, "layouts"))];
  files.push(...["scripts/build.ts", "scripts/build.mjs", ".eleventy.ts", "tsconfig.json", "package-lock.json"].map((f) => path.join(root, f)));
  for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

async function compile(dir) {
  const { build } = await import("esbuild");
  const tmp = `${dir}.tmp-${process.pid}`;
  await build({
    entryPoints: {
      build: path.join(root, "scripts/build.ts"),
      "eleventy.config": path.join(root, ".eleventy.ts"),
      // Pagefind's client runs on its own thread (src/search/thread.ts), and PDFs are read on another
      // (src/search/pdf-thread.ts); src/search/workers.ts starts them from this folder.
      "search-thread": path.join(root, "src/search/thread.ts"),
      "pdf-thread": path.join(root, "src/search/pdf-thread.ts"),
    },
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // One copy of each module for both entry points: the build recognises the loader's errors by class.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    logLevel: "warning",
    plugins: [
      {
        // A module finds the project from its own location; in the bundle it keeps its source's.
        name: "source-import-meta-url",
        setup(b) {
          b.onLoad({ filter: /\.tsx?$/ }, (args) => ({
            contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
            loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
          }));
        },
      },
    ],
  });
  // The folder appears whole, in one rename, and is never replaced: builds running at the same moment
  // (the tests start several) may be importing from it. If another build got there first, its copy of
  // the same sources is as good.
  try {
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(path.join(dir, "build.mjs"))) throw e;
  }
  for (const old of readdirSync(path.dirname(dir))) {
    const other = path.join(path.dirname(dir), old);
    if (other !== dir && !old.includes(".tmp-")) rmSync(other, { recursive: true, force: true });
  }
}

const dir = path.join(root, ".cache/build", sourceHash());
if (!existsSync(path.join(dir, "build.mjs"))) {
  mkdirSync(path.dirname(dir), { recursive: true });
  await compile(dir);
}
process.env.PORTAL_ELEVENTY_CONFIG = path.join(dir, "eleventy.config.mjs");
process.env.PORTAL_THREADS = dir;
await import(pathToFileURL(path.join(dir, "build.mjs")).href);
