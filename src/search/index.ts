/**
 * Indexes the site with Pagefind, in Spanish, main content only (data-pagefind-body). Pages are handed
 * to Pagefind as they are rendered: its indexer is a separate process, so it works on the second core
 * while Eleventy renders and writes on the first.
 */
import path from "node:path";
import * as pagefind from "pagefind";

export interface CustomRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

export interface IndexResult {
  pages: number;
  records: number;
  ms: number;
}

function fail(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind no pudo ${what}: ${errors.join("; ")}`);
}

const BODY = '<div data-pagefind-body="">';

/**
 * What Pagefind needs of a page: its language and the indexed part. Pagefind reads nothing outside
 * data-pagefind-body but the language, and every page travels to its process as base64 JSON: the header,
 * menus and footer were two thirds of each message, and the indexer fell seconds behind the render.
 * Layout puts the indexed part last in <main>, so it ends where <main> does (content cannot close
 * <main>: Markdown's HTML is escaped). Undefined for a page search does not index.
 */
export function searchDocument(html: string): string | undefined {
  const start = html.indexOf(BODY);
  if (start < 0) return undefined;
  const end = html.lastIndexOf("</main>");
  if (end < start) return html;
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? "es";
  return `<!DOCTYPE html><html lang="${lang}"><body>${html.slice(start, end)}</body></html>`;
}

export class SearchIndexer {
  #index: Promise<pagefind.PagefindIndex>;
  #pending: Promise<unknown>[] = [];
  #pages = 0;
  #started = performance.now();

  constructor() {
    this.#index = pagefind.createIndex({ forceLanguage: "es" }).then(({ index, errors }) => {
      fail("crear el índice", errors);
      return index!;
    });
  }

  /** Queues a rendered HTML page; pages without data-pagefind-body are ignored by Pagefind itself. */
  addPage(url: string, html: string): void {
    const content = searchDocument(html);
    if (!content) return;
    this.#pages++;
    this.#pending.push(this.#index.then((index) => index.addHTMLFile({ url, content })).then((r) => fail(`indexar ${url}`, r.errors)));
  }

  /** Queues every page already written in a folder (the dev server re-indexes this way). */
  addDirectory(dir: string): void {
    this.#pending.push(
      this.#index.then((index) => index.addDirectory({ path: dir })).then((r) => {
        fail("indexar el sitio", r.errors);
        this.#pages += r.page_count;
      }),
    );
  }

  /** Adds the records and writes the index; `progress` hears of each phase as it ends (build timings). */
  async finish(outDir: string, records: CustomRecord[] = [], progress: (phase: string) => void = () => undefined): Promise<IndexResult> {
    try {
      const index = await this.#index;
      await Promise.all(this.#pending);
      progress("páginas indexadas por Pagefind");
      for (const r of records) fail(`indexar ${r.url}`, (await index.addCustomRecord({ ...r, language: "es" })).errors);
      progress("registros de PDF añadidos; Pagefind escribe");
      fail("escribir el índice", (await index.writeFiles({ outputPath: path.join(outDir, "pagefind") })).errors);
      return { pages: this.#pages, records: records.length, ms: performance.now() - this.#started };
    } finally {
      await pagefind.close();
    }
  }
}
