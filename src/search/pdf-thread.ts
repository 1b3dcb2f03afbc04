/**
 * Reads the text of PDFs on a thread of its own, then ends. pdfjs's legacy build, the one that runs on
 * Node 20, brings core-js, which replaces JSON.parse, JSON.stringify and Array.prototype.push of the
 * realm that loads it with slower versions. Pagefind's client encodes every page with JSON on the
 * search thread, and it needed twice the CPU there once pdfjs was loaded beside it. Each thread is a
 * realm of its own.
 */
import { parentPort, workerData } from "node:worker_threads";
import { pdfText } from "./pdf-text.ts";

/** What the thread answers, once per file, in the order given. */
export type PdfTextResult = { text: string } | { error: string };

for (const file of (workerData as { files: string[] }).files) {
  let result: PdfTextResult;
  try {
    result = { text: await pdfText(file) };
  } catch (e) {
    result = { error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(result);
}
