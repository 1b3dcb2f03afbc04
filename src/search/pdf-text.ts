/**
 * The text of a PDF. pdfjs-dist (Mozilla's PDF.js, the reader inside Firefox) extracts text in plain
 * JavaScript: no binary to download, the same result on every machine. Its own module, with nothing
 * else imported, because the search indexer's thread (thread.ts) loads it.
 */
import { readFileSync } from "node:fs";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;

/**
 * Starts loading pdfjs (about 0.1 s of compiling). The search thread calls it when an index starts:
 * the build is then validating content on the other core, and this one has nothing else to do.
 */
export function loadPdfjs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs;
}

export async function pdfText(file: string): Promise<string> {
  const { getDocument } = await loadPdfjs();
  const data = new Uint8Array(readFileSync(file));
  // No eval, no fonts, no worker: text extraction only, in this thread.
  const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      parts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return parts.join("\n").replace(/\s+/g, " ").trim();
}
