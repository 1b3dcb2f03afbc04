/**
 * Attached PDFs as extra search records: one per act's PDF, filtered like the act itself, so "decreto
 * 045" finds the signed original too. The text is read by the indexer's thread (pdf-text.ts), off the
 * build's main thread.
 */
import path from "node:path";
import { formatLongDate, yearOf } from "../dates/index.ts";
import type { Portal } from "../content/types.ts";
import { actType } from "../content/acts.ts";
import type { PdfRecord } from "./thread.ts";

export function pdfRecords(portal: Portal): PdfRecord[] {
  const records: PdfRecord[] = [];
  for (const act of portal.entries.normativa) {
    const attachment = act.data.attachment;
    if (!attachment) continue;
    const type = actType(act.data.type).label;
    records.push({
      url: attachment,
      file: path.join(portal.contentDir, attachment),
      meta: { title: `${act.title} (documento PDF)`, tipo: type, fecha: formatLongDate(act.data.date) },
      filters: { tipo: [type], anio: [String(yearOf(act.data.date))], organo: [act.data.issuer] },
      sort: { fecha: act.data.date.dt.toISODate()! },
    });
  }
  return records;
}
