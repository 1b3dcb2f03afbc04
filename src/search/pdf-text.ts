/**
 * The text of a PDF. pdfjs-dist (Mozilla's PDF.js, the reader inside Firefox) extracts text in plain
 * JavaScript: no binary to download, the same result on every machine. Only pdf-thread.ts loads it:
 * pdfjs changes built-ins of the thread it runs on (see there).
 */
import { readFileSync } from "node:fs";

export async function pdfText(file: string): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
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
