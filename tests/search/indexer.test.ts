import { existsSync, readFileSync, readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SearchIndexer, searchDocument } from "../../src/search/index.ts";
import { ROOT, tempDir } from "../helpers/build.ts";

const PDF = path.join(ROOT, "content/media/normativa/decreto-045-2008.pdf");

function page(n: number): string {
  return `<!DOCTYPE html><html lang="es-CO"><body><header>Menú</header><main><h1>Aviso ${n}</h1><div data-pagefind-body=""><h1>Aviso ${n}</h1><p>El acueducto veredal ${n} recibe mantenimiento esta semana.</p></div></main></body></html>`;
}

function pageCount(outDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(outDir, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((s, l) => s + l.page_count, 0);
}

describe("the search indexer", () => {
  it("sends Pagefind only the language and the indexed part of a page", () => {
    const doc = searchDocument(page(1))!;
    expect(doc).toBe('<!DOCTYPE html><html lang="es-CO"><body><div data-pagefind-body=""><h1>Aviso 1</h1><p>El acueducto veredal 1 recibe mantenimiento esta semana.</p></div></body></html>');
    expect(searchDocument("<html><body><main>sin índice</main></body></html>")).toBeUndefined();
  });

  it("indexes pages and the text of PDFs, and writes the index", async () => {
    const out = tempDir("portal-search-");
    const indexer = new SearchIndexer();
    for (let n = 1; n <= 3; n++) indexer.addPage(`/avisos/${n}/`, page(n));
    indexer.addPage("/sin-indice/", "<html><body><main>nada</main></body></html>");
    indexer.addPdfs([{ url: "/media/normativa/decreto-045-2008.pdf", file: PDF, meta: { title: "Decreto 045 (documento PDF)" }, filters: { tipo: ["Decreto"] } }]);
    const result = await indexer.finish(out);
    expect(result).toMatchObject({ pages: 3, records: 1 });
    expect(pageCount(out)).toBe(4);
    expect(readdirSync(path.join(out, "pagefind/fragment"))).toHaveLength(4);
  }, 60_000);

  // The reason it has a thread of its own: the build's main thread renders and then writes thousands of
  // pages without yielding, and Pagefind's client used to wait for it.
  it("indexes and writes while the main thread is busy", async () => {
    const out = tempDir("portal-search-");
    const indexer = new SearchIndexer();
    for (let n = 1; n <= 200; n++) indexer.addPage(`/avisos/${n}/`, page(n));
    const phases: { name: string; at: number }[] = [];
    const finished = indexer.finish(out, (name, at) => phases.push({ name, at }));
    const busyUntil = Date.now() + 6000;
    while (Date.now() < busyUntil && !existsSync(path.join(out, "pagefind/pagefind-entry.json"))) {
      // Synchronous work, like Eleventy writing pages with writeFileSync.
    }
    const idle = Date.now();
    expect(await finished).toMatchObject({ pages: 200, records: 0 });
    expect(idle).toBeLessThan(busyUntil);
    expect(phases.map((p) => p.name)).toEqual(["páginas indexadas por Pagefind", "registros de PDF añadidos; Pagefind escribe"]);
    for (const p of phases) expect(p.at).toBeLessThanOrEqual(idle);
  }, 60_000);

  it("names the PDF it could not read", async () => {
    const out = tempDir("portal-search-");
    const indexer = new SearchIndexer();
    indexer.addPage("/avisos/1/", page(1));
    const missing = { url: "/media/normativa/no-existe.pdf", file: path.join(ROOT, "content/media/normativa/no-existe.pdf"), meta: {}, filters: {} };
    indexer.addPdfs([missing]);
    await expect(indexer.finish(out)).rejects.toThrow(/No se pudo leer el texto del PDF \/media\/normativa\/no-existe\.pdf.*Revise que el archivo exista/);
  }, 60_000);

  it("runs Pagefind at a lower priority when it re-indexes behind the dev server", async () => {
    /** Nice values of this process's running Pagefind children, from /proc (Linux). */
    const pagefindNice = () =>
      readdirSync("/proc")
        .filter((d) => /^\d+$/.test(d))
        .flatMap((pid) => {
          try {
            const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
            const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
            return Number(fields[1]) === process.pid && stat.includes("(pagefind") ? [Number(fields[16])] : [];
          } catch {
            return [];
          }
        });
    const out = tempDir("portal-search-");
    const indexer = new SearchIndexer({ background: true });
    indexer.addPage("/avisos/1/", page(1));
    let nice: number[] = [];
    for (let i = 0; i < 100 && !nice.length; i++) {
      await sleep(50);
      nice = pagefindNice();
    }
    expect(nice).toEqual([10]);
    await indexer.finish(out);
    // Gone once its thread ends, not left as a zombie process.
    for (let i = 0; i < 100 && pagefindNice().length; i++) await sleep(50);
    expect(pagefindNice()).toEqual([]);
  }, 60_000);
});
