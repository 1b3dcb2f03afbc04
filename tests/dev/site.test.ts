import { appendFileSync, cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DevSite } from "../../src/dev/site.ts";
import { writeSyntheticNews } from "../../src/bench/synthetic.ts";
import { ROOT, tempDir } from "../helpers/build.ts";

// The dev server's builder on Palmar plus 60 synthetic news: enough for listing pages and a feed that
// does not show every entry.
let content: string;
let site: DevSite;
let synthetic: string[];

beforeAll(async () => {
  const dir = tempDir("portal-dev-");
  content = path.join(dir, "content");
  cpSync(path.join(ROOT, "content"), content, { recursive: true });
  synthetic = writeSyntheticNews(content, 60).sort();
  site = new DevSite(content, path.join(dir, "_site"));
  const first = await site.build();
  expect(first.full).toBe(true);
}, 120_000);

describe("the dev server's incremental build", () => {
  it("writes nothing when nothing changed", async () => {
    const r = await site.build(new Set());
    expect(r.written).toEqual([]);
    expect(r.removed).toEqual([]);
  });

  it("rewrites only the pages that show an edited entry: its own and its listing page", async () => {
    const oldest = synthetic[0]!;
    const id = path.basename(oldest, ".md");
    appendFileSync(oldest, "\nCorrección: la obra terminó en marzo.\n");
    const r = await site.build(new Set([oldest]));
    expect(r.written).toHaveLength(2);
    expect(r.written).toContain(`noticias/${id}/index.html`);
    expect(r.written.find((f) => f.startsWith("noticias/pagina/"))).toBeDefined();
    const page = readFileSync(site.fileFor(`/noticias/${id}/`), "utf8");
    expect(page).toContain("Corrección: la obra terminó en marzo.");
  });

  it("rewrites the home page and the feeds too when the entry is among the newest", async () => {
    const newest = synthetic.at(-1)!;
    appendFileSync(newest, "\nActualización de la tarde.\n");
    const r = await site.build(new Set([newest]));
    expect(r.written).toEqual(expect.arrayContaining(["feeds/noticias.xml", "feeds/noticias.json", `noticias/${path.basename(newest, ".md")}/index.html`]));
    expect(r.written.length).toBeLessThan(20);
    // The pages that show the entry are written before the rest are even checked.
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
