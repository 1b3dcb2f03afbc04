/**
 * Pagefind's client, on a thread of its own. Pagefind's Node API talks to its indexing process through
 * pipes, read and written by the event loop of the thread that calls it. On the build's main thread that
 * loop is busy for seconds at a time (rendering, then Eleventy's synchronous writes): Pagefind answered
 * the first few hundred pages, then waited until every page was written for its answers to be read, and
 * only then went on. Here nothing else runs, so pages reach Pagefind as they are rendered and its index
 * is written while Eleventy still writes pages. index.ts is the other end.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { pdfText } from "./pdf-text.ts";

/** A search record whose content is the text of a PDF, read here. */
export interface PdfRecord {
  url: string;
  file: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

export type ToThread =
  | { op: "page"; url: string; content: string }
  | { op: "directory"; path: string }
  | { op: "finish"; outputPath: string; records: PdfRecord[] };

export type FromThread =
  /** `at`: milliseconds since the epoch (performance.now() counts from each thread's own start). */
  | { op: "phase"; name: string; at: number }
  | { op: "done"; pages: number; records: number }
  | { op: "failed"; message: string };

const port = parentPort!;
const send = (message: FromThread) => port.postMessage(message);

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind no pudo ${what}: ${errors.join("; ")}`);
}

const index = pagefind.createIndex({ forceLanguage: "es" }).then(({ index, errors }) => {
  check("crear el índice", errors);
  return index!;
});
index.catch(() => undefined);
const pending: Promise<unknown>[] = [];
let pages = 0;

/** Kept for finish(), which reports the first failure; until then a rejection is not an unhandled one. */
function track(work: Promise<unknown>): void {
  work.catch(() => undefined);
  pending.push(work);
}

async function finish(outputPath: string, pdfs: PdfRecord[]): Promise<void> {
  let result: FromThread;
  try {
    const ready = await index;
    await Promise.all(pending);
    send({ op: "phase", name: "páginas indexadas por Pagefind", at: Date.now() });
    let records = 0;
    for (const { file, ...record } of pdfs) {
      const content = await pdfText(file).catch((e: unknown) => {
        throw new Error(`No se pudo leer el texto del PDF ${record.url} para la búsqueda (${e instanceof Error ? e.message : e}). Revise que el archivo exista y sea un PDF válido.`);
      });
      if (!content) continue;
      check(`indexar ${record.url}`, (await ready.addCustomRecord({ ...record, content, language: "es" })).errors);
      records++;
    }
    send({ op: "phase", name: "registros de PDF añadidos; Pagefind escribe", at: Date.now() });
    check("escribir el índice", (await ready.writeFiles({ outputPath })).errors);
    result = { op: "done", pages, records };
  } catch (e) {
    result = { op: "failed", message: e instanceof Error ? e.message : String(e) };
  }
  await pagefind.close().catch(() => undefined);
  send(result);
}

port.on("message", (message: ToThread) => {
  switch (message.op) {
    case "page":
      pages++;
      track(index.then((i) => i.addHTMLFile({ url: message.url, content: message.content })).then((r) => check(`indexar ${message.url}`, r.errors)));
      break;
    case "directory":
      track(
        index.then((i) => i.addDirectory({ path: message.path })).then((r) => {
          check("indexar el sitio", r.errors);
          pages += r.page_count;
        }),
      );
      break;
    case "finish":
      void finish(message.outputPath, message.records);
      break;
  }
});
