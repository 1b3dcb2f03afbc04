/**
 * Indexes the site with Pagefind, in Spanish, main content only (data-pagefind-body). Pages are handed
 * to Pagefind as they are rendered. Its indexer is a separate process and its client runs on a thread of
 * its own (thread.ts): both work on the second core while Eleventy renders and writes on the first.
 */
import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { FromThread, PdfRecord, ThreadOptions, ToThread } from "./thread.ts";
import { startWorker } from "./workers.ts";
import { EditorFacingError } from "../content/errors.ts";

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

/** The search index could not be written; the message says which page or PDF, and what to check. */
export class SearchIndexError extends EditorFacingError {
  override name = "SearchIndexError";
}

/** Tells of each phase of writing an index when it ends, with the time it ended (build timings). */
type Progress = (phase: string, at: number) => void;
type Indexed = Omit<IndexResult, "ms">;

/** One thread per priority, for the life of the process; indexes are told apart by id. */
class IndexerThread {
  #worker: Worker;
  /** Indexes being finished; while there are any, the thread keeps the process alive. */
  #waiting = new Map<number, { progress: Progress; resolve: (r: Indexed) => void; reject: (e: Error) => void }>();

  constructor(options: ThreadOptions, onEnd: () => void) {
    this.#worker = startWorker("search-thread", options);
    this.#worker.unref();
    this.#worker.on("message", (message: FromThread) => {
      const waiting = this.#waiting.get(message.id);
      if (!waiting) return;
      if (message.op === "phase") return waiting.progress(message.name, message.at);
      this.#waiting.delete(message.id);
      if (!this.#waiting.size) this.#worker.unref();
      if (message.op === "done") waiting.resolve(message);
      // The thread's messages name the page or PDF and what to check (an unreadable PDF, for one).
      else waiting.reject(new SearchIndexError(message.message));
    });
    const fail = (e: Error) => {
      onEnd();
      for (const w of this.#waiting.values()) w.reject(e);
      this.#waiting.clear();
    };
    this.#worker.on("error", fail);
    this.#worker.on("exit", (code) => fail(new Error(`El indexador de búsqueda se detuvo antes de terminar (código ${code}).`)));
  }

  send(message: ToThread): void {
    this.#worker.postMessage(message);
  }

  finish(id: number, outputPath: string, progress: Progress): Promise<Indexed> {
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { progress, resolve, reject });
      this.#worker.ref();
      this.send({ op: "finish", id, outputPath });
    });
  }
}

const threads = new Map<boolean, IndexerThread>();
let nextId = 1;

function threadFor(options: ThreadOptions): IndexerThread {
  const key = Boolean(options.background);
  const existing = threads.get(key);
  if (existing) return existing;
  const thread: IndexerThread = new IndexerThread(options, () => {
    if (threads.get(key) === thread) threads.delete(key);
  });
  threads.set(key, thread);
  return thread;
}

export class SearchIndexer {
  #thread: IndexerThread;
  #id = nextId++;
  #started = performance.now();

  constructor(options: ThreadOptions = {}) {
    this.#thread = threadFor(options);
    this.#thread.send({ op: "start", id: this.#id });
  }

  /** Queues a rendered HTML page; pages without data-pagefind-body are not indexed. */
  addPage(url: string, html: string): void {
    const content = searchDocument(html);
    if (content) this.#thread.send({ op: "page", id: this.#id, url, content });
  }

  /** Queues every page already written in a folder (the dev server re-indexes this way). */
  addDirectory(dir: string): void {
    this.#thread.send({ op: "directory", id: this.#id, path: dir });
  }

  /** Queues PDFs as records of their own; the thread starts reading their text now. */
  addPdfs(records: PdfRecord[]): void {
    if (records.length) this.#thread.send({ op: "pdfs", id: this.#id, records });
  }

  /** Writes the index into outDir/pagefind, with every page and PDF queued before. */
  async finish(outDir: string, progress: Progress = () => undefined): Promise<IndexResult> {
    const { pages, records: added } = await this.#thread.finish(this.#id, path.join(outDir, "pagefind"), progress);
    return { pages, records: added, ms: performance.now() - this.#started };
  }
}
