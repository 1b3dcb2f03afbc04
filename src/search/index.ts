/**
 * Indexes the site with Pagefind, in Spanish, main content only (data-pagefind-body). Pages are handed
 * to Pagefind as they are rendered. Its indexer is a separate process and its client runs on a thread of
 * its own (thread.ts): both work on the second core while Eleventy renders and writes on the first.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FromThread, PdfRecord, ToThread } from "./thread.ts";

export type { PdfRecord } from "./thread.ts";

export interface IndexResult {
  pages: number;
  records: number;
  ms: number;
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

/**
 * The compiled build (scripts/build.mjs) names its compiled copy of thread.ts. From the sources (dev
 * server, tests) tsx compiles the thread as it does the rest of the project.
 */
function startThread(): Worker {
  const compiled = process.env.PORTAL_SEARCH_THREAD;
  if (compiled) return new Worker(compiled);
  const source = new URL("./thread.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

export class SearchIndexer {
  #thread = startThread();
  #started = performance.now();
  #progress: (phase: string, at: number) => void = () => undefined;
  #result: Promise<{ pages: number; records: number }>;

  constructor() {
    // Until finish() is called, a build that stops (a content error, say) does not wait for the indexer.
    this.#thread.unref();
    this.#result = new Promise((resolve, reject) => {
      this.#thread.on("message", (message: FromThread) => {
        if (message.op === "phase") this.#progress(message.name, message.at);
        else if (message.op === "done") resolve(message);
        else reject(new Error(message.message));
      });
      this.#thread.on("error", reject);
      this.#thread.on("exit", (code) => reject(new Error(`El indexador de búsqueda se detuvo antes de terminar (código ${code}).`)));
    });
    this.#result.catch(() => undefined);
  }

  #send(message: ToThread): void {
    this.#thread.postMessage(message);
  }

  /** Queues a rendered HTML page; pages without data-pagefind-body are not indexed. */
  addPage(url: string, html: string): void {
    const content = searchDocument(html);
    if (content) this.#send({ op: "page", url, content });
  }

  /** Queues every page already written in a folder (the dev server re-indexes this way). */
  addDirectory(dir: string): void {
    this.#send({ op: "directory", path: dir });
  }

  /**
   * Adds the PDFs' records and writes the index into outDir/pagefind. `progress` hears of each phase
   * when it ends, with the time it ended (build timings).
   */
  async finish(outDir: string, records: PdfRecord[] = [], progress: (phase: string, at: number) => void = () => undefined): Promise<IndexResult> {
    this.#progress = progress;
    this.#thread.ref();
    this.#send({ op: "finish", outputPath: path.join(outDir, "pagefind"), records });
    try {
      const { pages, records: added } = await this.#result;
      return { pages, records: added, ms: performance.now() - this.#started };
    } finally {
      await this.#thread.terminate();
    }
  }
}
