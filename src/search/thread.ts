/**
 * Pagefind's client, on a thread of its own. Pagefind's Node API talks to its indexing process through
 * pipes, read and written by the event loop of the thread that calls it. On the build's main thread that
 * loop is busy for seconds at a time (rendering, then Eleventy's synchronous writes): Pagefind answered
 * the first few hundred pages, then waited until every page was written for its answers to be read, and
 * only then went on. Here nothing else runs, so pages reach Pagefind as they are rendered and its index
 * is written while Eleventy still writes pages. index.ts is the other end.
 *
 * The thread outlives each index: it is the one that reaps Pagefind's process when that is closed (a
 * thread that ended first left a zombie process per re-index behind the dev server).
 */
import { constants, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { PdfTextResult } from "./pdf-thread.ts";
import { startWorker } from "./workers.ts";

/** A search record whose content is the text of a PDF, read here. */
export interface PdfRecord {
  url: string;
  file: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** What the thread is started with. */
export interface ThreadOptions {
  /** Re-indexing behind the dev server: the pages an editor waits for come first. */
  background?: boolean;
}

/** `id` names one index: a thread may build several, one after another or at once. */
export type ToThread =
  | { op: "start"; id: number }
  | { op: "page"; id: number; url: string; content: string }
  | { op: "directory"; id: number; path: string }
  | { op: "pdfs"; id: number; records: PdfRecord[] }
  | { op: "finish"; id: number; outputPath: string };

export type FromThread =
  /** `at`: milliseconds since the epoch (performance.now() counts from each thread's own start). */
  | { op: "phase"; id: number; name: string; at: number }
  | { op: "done"; id: number; pages: number; records: number }
  | { op: "failed"; id: number; message: string };

// Linux keeps a priority per thread, and a process started from a thread inherits that thread's: this
// lowers Pagefind's indexer too, and nothing else of the build.
if ((workerData as ThreadOptions | undefined)?.background) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);

const port = parentPort!;
const send = (message: FromThread) => port.postMessage(message);

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind no pudo ${what}: ${errors.join("; ")}`);
}

interface Session {
  index: Promise<pagefind.PagefindIndex>;
  pending: Promise<unknown>[];
  pages: number;
  /** PDFs whose text is being read; they join the index at finish(), in the order given. */
  pdfs: { record: Omit<PdfRecord, "file">; text: Promise<string> }[];
}
const sessions = new Map<number, Session>();

function start(id: number): void {
  const index = pagefind.createIndex({ forceLanguage: "es" }).then(({ index, errors }) => {
    check("crear el índice", errors);
    return index!;
  });
  index.catch(() => undefined);
  sessions.set(id, { index, pending: [], pages: 0, pdfs: [] });
}

/**
 * A PDF's text is read as soon as its record arrives, while pages render, rather than between the last
 * page and the writing of the index (0.35–0.6 s there), and on a thread of its own (pdf-thread.ts says
 * why). The records join the index in finish(), in the order given, so the index does not depend on
 * which PDF was read first.
 */
function readPdfs(session: Session, records: PdfRecord[]): void {
  if (!records.length) return;
  const waiting = records.map(({ file, ...record }) => {
    let settle!: (result: PdfTextResult) => void;
    const text = new Promise<PdfTextResult>((resolve) => (settle = resolve)).then((result) => {
      if ("text" in result) return result.text;
      throw new Error(`No se pudo leer el texto del PDF ${record.url} para la búsqueda (${result.error}). Revise que el archivo exista y sea un PDF válido.`);
    });
    text.catch(() => undefined);
    session.pdfs.push({ record, text });
    return settle;
  });
  let next = 0;
  const reader = startWorker("pdf-thread", { files: records.map((r) => r.file) });
  reader.on("message", (result: PdfTextResult) => waiting[next++]?.(result));
  const stopped = (why: string) => {
    while (next < waiting.length) waiting[next++]!({ error: why });
  };
  reader.on("error", (e) => stopped(e.message));
  reader.on("exit", (code) => stopped(`el lector de PDF se detuvo (código ${code})`));
}

/** Kept for finish(), which reports the first failure; until then a rejection is not an unhandled one. */
function track(session: Session, work: Promise<unknown>): void {
  work.catch(() => undefined);
  session.pending.push(work);
}

async function finish(id: number, session: Session, outputPath: string): Promise<void> {
  let result: FromThread;
  try {
    const index = await session.index;
    await Promise.all(session.pending);
    send({ op: "phase", id, name: "páginas indexadas por Pagefind", at: Date.now() });
    let records = 0;
    for (const { record, text } of session.pdfs) {
      const content = await text;
      if (!content) continue;
      check(`indexar ${record.url}`, (await index.addCustomRecord({ ...record, content, language: "es" })).errors);
      records++;
    }
    send({ op: "phase", id, name: "registros de PDF añadidos; Pagefind escribe", at: Date.now() });
    check("escribir el índice", (await index.writeFiles({ outputPath })).errors);
    result = { op: "done", id, pages: session.pages, records };
  } catch (e) {
    result = { op: "failed", id, message: e instanceof Error ? e.message : String(e) };
  }
  sessions.delete(id);
  // Pagefind's process holds every index in memory: it goes when no index is being built.
  if (!sessions.size) await pagefind.close().catch(() => undefined);
  else await session.index.then((i) => i.deleteIndex()).catch(() => undefined);
  send(result);
}

port.on("message", (message: ToThread) => {
  if (message.op === "start") return start(message.id);
  const session = sessions.get(message.id);
  if (!session) return;
  switch (message.op) {
    case "page":
      session.pages++;
      track(session, session.index.then((i) => i.addHTMLFile({ url: message.url, content: message.content })).then((r) => check(`indexar ${message.url}`, r.errors)));
      break;
    case "directory":
      track(
        session,
        session.index.then((i) => i.addDirectory({ path: message.path })).then((r) => {
          check("indexar el sitio", r.errors);
          session.pages += r.page_count;
        }),
      );
      break;
    case "pdfs":
      readPdfs(session, message.records);
      break;
    case "finish":
      void finish(message.id, session, message.outputPath);
      break;
  }
});
