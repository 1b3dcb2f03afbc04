/**
 * Page feedback for the committee, inside the PQRSD staff area (src/functions/pqrsd-staff.ts calls this
 * after checking the credentials): a monthly summary per page and the comments, as CSV. Never public,
 * never in _site/: the build does not read these votes.
 *
 * - `utilidad-resumen.csv[?mes=AAAA-MM]`: mes, pagina, si, no, porcentaje_util, comentarios.
 * - `utilidad-comentarios.csv[?mes=AAAA-MM]`: mes, fecha, pagina, respuesta, comentario.
 */
import { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import { listVotes, summarize } from "../pqrsd/feedback.ts";
import { toCsv } from "../pqrsd/csv.ts";
import type { Deps } from "./pqrsd.ts";

export const FEEDBACK_SUMMARY_CSV = "utilidad-resumen.csv";
export const FEEDBACK_COMMENTS_CSV = "utilidad-comentarios.csv";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function csvResponse(body: string, name: string, headers: Record<string, string>): Response {
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, ...headers } });
}

/** Answers the feedback exports, or undefined when `rest` is not one of them. */
export async function feedbackExport(rest: string, url: URL, deps: Deps, headers: Record<string, string>): Promise<Response | undefined> {
  if (rest !== FEEDBACK_SUMMARY_CSV && rest !== FEEDBACK_COMMENTS_CSV) return undefined;
  const month = url.searchParams.get("mes") ?? "";
  if (month && !MONTH.test(month)) {
    return new Response("Escriba el mes como AAAA-MM, por ejemplo 2026-12.", { status: 422, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
  }
  const votes = await listVotes(deps.store, month || undefined);
  const suffix = month ? `-${month}` : "";
  if (rest === FEEDBACK_SUMMARY_CSV) {
    const rows = summarize(votes).map((r) => [r.month, r.page, r.yes, r.no, r.usefulPercent.toFixed(1).replace(".", ","), r.comments]);
    return csvResponse(toCsv(["mes", "pagina", "si", "no", "porcentaje_util", "comentarios"], rows), `utilidad-resumen${suffix}.csv`, headers);
  }
  const rows = votes
    .filter((v) => v.comment)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((v) => [v.month, DateTime.fromISO(v.at, { zone: ZONE }).toFormat("yyyy-LL-dd HH:mm"), v.page, v.vote === "si" ? "Sí" : "No", v.comment]);
  return csvResponse(toCsv(["mes", "fecha", "pagina", "respuesta", "comentario"], rows), `utilidad-comentarios${suffix}.csv`, headers);
}
