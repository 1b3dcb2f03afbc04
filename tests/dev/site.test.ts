import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DevSite } from "../../src/dev/site.ts";
import { entryFiles } from "../../src/dev/fingerprint.ts";
import { writeSyntheticNews } from "../../src/bench/synthetic.ts";
import { COLLECTION_NAMES } from "../../src/schema/collections.ts";
import { ROOT, tempDir } from "../helpers/build.ts";

// The dev server's builder on Palmar plus 60 synthetic news: enough for listing pages and a feed that
// does not show every entry. The moment is fixed so that a fresh build can be compared byte for byte.
let content: string;
let site: DevSite;
let synthetic: string[];
const previousNow = process.env.PORTAL_NOW;
/** Says when it was generated, so every build writes it again. */
const GENERATED = "feeds/frecuencia-publicacion.json";

beforeAll(async () => {
  process.env.PORTAL_NOW = "2026-12-02T10:00";
  const dir = tempDir("portal-dev-");
  content = path.join(dir, "content");
  cpSync(path.join(ROOT, "content"), content, { recursive: true });
  synthetic = writeSyntheticNews(content, 60).sort();
  site = new DevSite(content, path.join(dir, "_site"));
  const first = await site.build();
  expect(first.full).toBe(true);
}, 120_000);

afterAll(() => {
  if (previousNow === undefined) delete process.env.PORTAL_NOW;
  else process.env.PORTAL_NOW = previousNow;
});

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name), base) : [path.relative(base, path.join(dir, d.name))]));
}

/** The output files of every route whose props hold the entry of `file`. */
function filesShowing(file: string): Set<string> {
  const rel = path.relative(ROOT, file);
  return new Set([...site.state.routes.values()].filter((r) => entryFiles(r.props).has(rel)).map((r) => path.relative(site.outDir, site.fileFor(r.url))));
}

describe("the dev server's incremental build", () => {
  it("writes nothing when nothing changed but the data that say when they were generated", async () => {
    const r = await site.build(new Set());
    // At a fixed moment nothing at all; in real time, the frequency data's «generatedAt» moves on.
    expect(r.written.filter((f) => f !== GENERATED)).toEqual([]);
    expect(r.removed).toEqual([]);
  });

  it("rewrites the pages whose props hold an edited entry, of every collection, and no other", async () => {
    const edited = COLLECTION_NAMES.map((c) => {
      const entries = site.state.portal!.entries[c];
      // Of news, one listed on a later page and in no feed; of the rest, the most shown one (the newest).
      const entry = c === "noticias" ? entries.find((e) => e.file.endsWith(path.basename(synthetic[0]!)))! : entries[0]!;
      return { collection: c, file: path.join(ROOT, entry.file) };
    });
    // And an act that another act's page names: Decreto 012 de 2010 modifies Decreto 045 de 2008.
    edited.push({ collection: "normativa", file: path.join(content, "normativa/decreto-012-2010.md") });
    for (const { collection, file } of edited) {
      const before = filesShowing(file);
      appendFileSync(file, `\nCorrección del ${collection}: texto agregado en la prueba.\n`);
      const r = await site.build(new Set([file]));
      const after = filesShowing(file);
      expect(new Set([...before, ...after]), collection).toEqual(after);
      expect(new Set(r.written.filter((f) => f !== GENERATED)), collection).toEqual(after);
      expect(after.size, collection).toBeGreaterThan(0);
      if (file.endsWith("decreto-012-2010.md")) expect(after).toContain("normativa/decreto-045-2008/index.html");
      expect([...after].some((f) => readFileSync(path.join(site.outDir, f), "utf8").includes(`Corrección del ${collection}`)), collection).toBe(true);
    }
  }, 60_000);

  it("leaves the site as a full build of the same content would write it", async () => {
    const fresh = new DevSite(content, path.join(tempDir("portal-dev-fresh-"), "_site"));
    await fresh.build();
    const compared = files(fresh.outDir).filter((f) => !f.startsWith("pagefind/") && !f.startsWith("admin/") && f !== GENERATED);
    expect(compared.length).toBeGreaterThan(150);
    // /buscar/ names the search index's files, written in by the search step once its index is (re)written.
    const read = (dir: string, f: string) => readFileSync(path.join(dir, f), "utf8").replace(/<!--pagefind-preload-->.*?<!--\/pagefind-preload-->/, "");
    const stale = compared.filter((f) => !existsSync(path.join(site.outDir, f)) || read(site.outDir, f) !== read(fresh.outDir, f));
    expect(stale).toEqual([]);
  }, 120_000);

  it("writes the page being edited before it checks the thousands of others", async () => {
    const newest = synthetic.at(-1)!;
    appendFileSync(newest, "\nActualización de la tarde.\n");
    const r = await site.build(new Set([newest]));
    expect(r.written).toEqual(expect.arrayContaining(["feeds/noticias.xml", "feeds/noticias.json", `noticias/${path.basename(newest, ".md")}/index.html`]));
    expect(r.written.slice(0, 3)).toContain(`noticias/${path.basename(newest, ".md")}/index.html`);
  });

  it("re-indexes one edit after another without two Pagefind indexes at once", async () => {
    // Closing Pagefind's service ends every index in it; overlapping re-indexes once crashed the server.
    const first = new Promise<number | Error>((resolve) => site.scheduleReindex(0, resolve));
    await new Promise((r) => setTimeout(r, 100));
    const second = new Promise<number | Error>((resolve) => site.scheduleReindex(0, resolve));
    const results = await Promise.all([first, second]);
    expect(results.map((r) => (r instanceof Error ? r.message : "ok"))).toEqual(["ok", "ok"]);
    expect(existsSync(path.join(site.outDir, "pagefind/pagefind-entry.json"))).toBe(true);
  }, 60_000);
});
