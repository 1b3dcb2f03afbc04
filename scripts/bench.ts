/**
 * `npm run bench [N]`: our full production build against the bare peer pipeline (Eleventy 3 with one
 * Nunjucks layout over the same Markdown, then the Pagefind CLI), alternately, on N synthetic news.
 * Prints medians, their ratio, ms per page, peak memory, pages written, page weights, the cost of a
 * cold search and of an incremental edit in the dev server.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { writeSyntheticNews } from "../src/bench/synthetic.ts";
import { pageWeights } from "../src/bench/weights.ts";
import { measureSearch, MOBILE_PROFILE, PAGEFIND_DEFAULT_UI, timeToFirstResult } from "../src/bench/search.ts";
import { serveStatic } from "../src/bench/serve.ts";
import { measureIncrementalEdit } from "../src/bench/incremental.ts";
import { measureLighthouse } from "../src/bench/lighthouse.ts";
import { sampleCost } from "../src/bench/memory.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 4000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Run {
  ms: number;
  rssMiB?: number;
  /** User and system time of the command and every process it started. */
  cpuS: number;
}

/** Wall time of a command, its CPU time, and the peak memory of it and every process it starts, summed. */
async function timed(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const stop = sampleCost(child.pid!);
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const ms = performance.now() - started;
  const { peakMiB: rssMiB, cpuS } = stop();
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} falló:\n${output}`);
  return { ms, rssMiB, cpuS };
}

/**
 * Each timed run starts with the disk at rest: the files the previous run wrote (and deleted) are
 * flushed first, so that no run pays for another's writes.
 */
async function settle(): Promise<void> {
  spawnSync("sync");
  await new Promise((r) => setTimeout(r, 1000));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function countFiles(dir: string, filter: (f: string) => boolean = () => true): number {
  let n = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory()) n += countFiles(path.join(dir, d.name), filter);
    else if (filter(d.name)) n++;
  }
  return n;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** The peer: the same Markdown files, one Nunjucks layout, Eleventy's defaults, then the Pagefind CLI. */
function preparePeer(work: string, newsFiles: string[]): string {
  const peer = path.join(work, "peer");
  mkdirSync(path.join(peer, "src/_includes"), { recursive: true });
  mkdirSync(path.join(peer, "src/noticias"), { recursive: true });
  for (const f of newsFiles) cpSync(f, path.join(peer, "src/noticias", path.basename(f)));
  writeFileSync(
    path.join(peer, "src/_includes/layout.njk"),
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main data-pagefind-body><h1>{{ title }}</h1><p>{{ summary }}</p>{{ content | safe }}</main></body></html>\n`,
  );
  writeFileSync(path.join(peer, "src/noticias/noticias.json"), JSON.stringify({ layout: "layout.njk" }));
  writeFileSync(path.join(peer, "eleventy.config.mjs"), `export default function () { return { dir: { input: "src", output: "_site" } }; }\n`);
  return peer;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "portal-bench-"));
  const content = path.join(work, "content");
  cpSync(process.env.BENCH_BASE ?? path.join(ROOT, "content"), content, { recursive: true });
  const synthetic = writeSyntheticNews(content, N);
  const peer = preparePeer(work, synthetic);
  const eleventyCli = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
  const pagefindCli = path.join(ROOT, "node_modules/.bin/pagefind");
  const out = path.join(work, "_site");

  console.log(`Portal Municipal — bench con ${N.toLocaleString("es-CO")} noticias sintéticas (más el contenido de Palmar), ${RUNS} corridas alternadas, ${cpus().length} núcleos.`);
  // Warm the caches of both (module compilation, disk) before timing.
  await timed(process.execPath, ["scripts/build.mjs"], { PORTAL_CONTENT: content, PORTAL_OUTPUT: out });
  await timed(process.execPath, [eleventyCli, "--quiet"], {}, peer);

  const ours: Run[] = [];
  const peers: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { recursive: true, force: true });
    await settle();
    ours.push(await timed(process.execPath, ["scripts/build.mjs"], { PORTAL_CONTENT: content, PORTAL_OUTPUT: out }));
    rmSync(path.join(peer, "_site"), { recursive: true, force: true });
    await settle();
    const e = await timed(process.execPath, [eleventyCli, "--quiet"], {}, peer);
    const p = await timed(pagefindCli, ["--site", "_site", "--force-language", "es"], {}, peer);
    peers.push({ ms: e.ms + p.ms, rssMiB: Math.max(e.rssMiB ?? 0, p.rssMiB ?? 0) || undefined, cpuS: e.cpuS + p.cpuS });
  }
  const oursMs = median(ours.map((r) => r.ms));
  const peerMs = median(peers.map((r) => r.ms));
  const pages = countFiles(out, (f) => f.endsWith(".html"));
  const peerPages = countFiles(path.join(peer, "_site"), (f) => f.endsWith(".html"));
  const rss = Math.max(...ours.map((r) => r.rssMiB ?? 0));

  console.log("\nConstrucción completa (mediana)");
  console.log(`  nuestra: ${(oursMs / 1000).toFixed(2)} s · ${(oursMs / pages).toFixed(2)} ms por página · ${pages} páginas HTML · memoria máxima ${rss.toFixed(0)} MiB (todos sus procesos sumados)`);
  console.log(`  par (Eleventy + Nunjucks, luego Pagefind CLI): ${(peerMs / 1000).toFixed(2)} s · ${peerPages} páginas HTML · memoria máxima ${Math.max(...peers.map((r) => r.rssMiB ?? 0)).toFixed(0)} MiB`);
  console.log(`  razón: ${(oursMs / peerMs).toFixed(2)}× (meta ≤ 1,0×; ideal 0,8×)`);
  console.log(`  corridas nuestras: ${ours.map((r) => (r.ms / 1000).toFixed(2)).join(", ")} s · del par: ${peers.map((r) => (r.ms / 1000).toFixed(2)).join(", ")} s`);
  // Wall time over CPU time: how much of the machine's cores each kept busy, on average.
  const cpu = (runs: Run[]) => {
    const s = median(runs.map((r) => r.cpuS));
    const cores = median(runs.map((r) => r.cpuS / (r.ms / 1000)));
    return `${s.toFixed(2)} s (${cores.toFixed(2)} núcleos en promedio)`;
  };
  console.log(`  tiempo de CPU, mediana: nuestra ${cpu(ours)} · del par ${cpu(peers)}`);

  // Page weights
  const html = allFiles(out).filter((f) => f.endsWith(".html") && !f.includes(`${path.sep}admin${path.sep}`));
  const { weights, heaviestHtml, heaviest, buscar, withJs, total } = pageWeights(out, html);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("\nPeso de las páginas (gzip)");
  console.log(`  HTML más pesado: ${kb(heaviestHtml.html)} (${path.relative(out, heaviestHtml.file)}) · meta ≤ 14 KB`);
  console.log(`  página más pesada con su CSS y sus scripts: ${kb(total(heaviest))} (${path.relative(out, heaviest.file)}: HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(heaviest.js)}); /buscar/ con CSS y su script: ${kb(total(buscar))} · meta ≤ 50 KB`);
  console.log(`  CSS: ${kb(heaviest.css)} · páginas con JavaScript, además de /buscar/: ${withJs.length} de ${weights.length} (${[...new Set(withJs.map((w) => kb(w.js)))].join(", ") || "ninguna"}) · fuentes externas: ninguna`);

  const search = await measureSearch(out);
  console.log("\nBúsqueda en frío (Chromium, /buscar/?q=…)");
  console.log(`  antes de buscar: ${search.beforeBytes} bytes de Pagefind en otras páginas`);
  console.log(`  consulta en frío: ${(search.bytes / 1024).toFixed(1)} KB en ${search.requests} solicitudes a /pagefind/ (${search.results} resultados mostrados) · meta ≤ 100 KB en ≤ 5`);
  console.log(`  con la compresión HTTP que aplica Netlify al JavaScript y al JSON: ${(search.gzipBytes / 1024).toFixed(1)} KB`);
  for (const f of search.files) console.log(`    ${(f.bytes / 1024).toFixed(1).padStart(6)} KB  ${f.url}`);

  // What a citizen waits for on a phone: ours against Pagefind's default UI over the peer's pages.
  writeFileSync(path.join(peer, "_site/buscar.html"), PAGEFIND_DEFAULT_UI);
  const term = "acueducto";
  const [oursServed, peerServed] = await Promise.all([serveStatic(out, undefined, { compress: true }), serveStatic(path.join(peer, "_site"), undefined, { compress: true })]);
  const oursTimes: number[] = [];
  const peerTimes: number[] = [];
  for (let i = 0; i < Number(process.env.BENCH_SEARCH_RUNS ?? 5); i++) {
    oursTimes.push(...(await timeToFirstResult(`${oursServed.url}/buscar/?q=${term}`, "#resultados li", 1)));
    peerTimes.push(...(await timeToFirstResult(`${peerServed.url}/buscar.html?q=${term}`, ".pagefind-ui__result", 1)));
  }
  await Promise.all([oursServed.close(), peerServed.close()]);
  const p = MOBILE_PROFILE;
  console.log(`\nBúsqueda en frío en un teléfono (${p.latencyMs} ms por ida y vuelta, ${(p.downKbps / 1024).toFixed(1)} Mbps de bajada, ${p.upKbps} kbps de subida, CPU ${p.cpuSlowdown}× más lenta; HTML, CSS, JS y JSON comprimidos)`);
  console.log(`  desde la navegación hasta el primer resultado visible, «${term}»: /buscar/ ${(median(oursTimes) / 1000).toFixed(2)} s · interfaz de Pagefind sobre las páginas del par ${(median(peerTimes) / 1000).toFixed(2)} s · razón ${(median(oursTimes) / median(peerTimes)).toFixed(2)}× (meta ≤ 0,6×)`);
  console.log(`  corridas nuestras: ${oursTimes.map((t) => (t / 1000).toFixed(2)).join(", ")} s · del par: ${peerTimes.map((t) => (t / 1000).toFixed(2)).join(", ")} s`);

  const newsUrl = new URL(JSON.parse(readFileSync(path.join(out, "feeds/noticias.json"), "utf8")).items[0].url).pathname;
  const actUrl = new URL(JSON.parse(readFileSync(path.join(out, "feeds/normativa.json"), "utf8")).items[0].url).pathname;
  const lighthouse = await measureLighthouse(out, ["/", newsUrl, actUrl, "/buscar/"]);
  console.log("\nLighthouse (móvil, Chromium de Debian; servidor local sin compresión)");
  for (const l of lighthouse) console.log(`  ${l.url}: ${Object.entries(l.scores).map(([k, v]) => `${k} ${v}`).join(" · ")}`);
  console.log("  meta: 100 en las cuatro categorías");

  const edit = await measureIncrementalEdit(content);
  console.log("\nServidor de desarrollo: edición de una noticia con todo el contenido presente");
  console.log(`  servida en ${edit.ms.toFixed(0)} ms (mediana de ${edit.runs.map((r) => r.toFixed(0)).join(", ")} ms) · archivos reescritos: ${edit.rewritten} de ${edit.total} (${edit.files.join(", ")}) · meta ≤ 300 ms y solo las páginas que la muestran`);
  console.log(`  con el servidor en reposo; una edición hecha mientras se rehace el índice de búsqueda de la anterior: ${edit.duringReindexMs.toFixed(0)} ms`);
  console.log(`  primera construcción del servidor de desarrollo: ${(edit.initialMs / 1000).toFixed(2)} s`);

  if (process.env.BENCH_KEEP) console.log(`\nDirectorio de trabajo: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
