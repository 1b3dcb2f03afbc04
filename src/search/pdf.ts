/**
 * The text of attached PDFs, as extra search records. pdfjs-dist (Mozilla's PDF.js, the reader inside
 * Firefox) extracts text in plain JavaScript: no binary to download, the same result on every machine.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatLongDate, yearOf } from "../dates/index.ts";
import type { Portal } from "../content/load.ts";
import { ACT_TYPES } from "../schema/collections.ts";
import type { CustomRecord } from "./index.ts";

export async function pdfText(file: string): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const data = new Uint8Array(readFileSync(file));
  // No eval, no fonts, no worker: text extraction only, in this process.
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

/** One record per act's PDF, filtered like the act itself, so "decreto 045" finds the signed original too. */
export async function pdfRecords(portal: Portal): Promise<CustomRecord[]> {
  const records: CustomRecord[] = [];
  for (const act of portal.entries.normativa) {
    const attachment = act.data.attachment;
    if (!attachment) continue;
    const text = await pdfText(path.join(portal.contentDir, attachment));
    if (!text) continue;
    const type = ACT_TYPES.find((t) => t.value === act.data.type)!.label;
    records.push({
      url: attachment,
      content: text,
      meta: { title: `${act.title} (documento PDF)`, tipo: type, fecha: formatLongDate(act.data.date) },
      filters: { tipo: [type], anio: [String(yearOf(act.data.date))], organo: [act.data.issuer] },
      sort: { fecha: act.data.date.dt.toISODate()! },
    });
  }
  return records;
}
