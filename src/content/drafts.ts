/**
 * Draft rules published for comment: when their comment window is open, whether the entity has answered,
 * and the checks an editor's entry must pass. The build, the pages, the CMS previews, `npm run validate`
 * and the comments function all ask here, so the page and the server agree on the window to the second.
 */
import type { DateTime } from "luxon";
import type { ContentDate } from "../dates/index.ts";
import { DRAFT_ACT_TYPES, type DraftData } from "../schema/collections.ts";
import type { DraftEntry } from "./types.ts";

export type WindowState = "proxima" | "abierta" | "cerrada";

/** The instants a window opens and closes. A date without an hour closes at the end of that day, as a citizen reads it. */
export function windowBounds(data: Pick<DraftData, "opens" | "closes">): { opens: DateTime; closes: DateTime } {
  return { opens: data.opens.dt, closes: closingInstant(data.closes) };
}

function closingInstant(date: ContentDate): DateTime {
  return date.dateOnly ? date.dt.endOf("day") : date.dt;
}

export function windowState(data: Pick<DraftData, "opens" | "closes">, at: DateTime): WindowState {
  const { opens, closes } = windowBounds(data);
  if (at < opens) return "proxima";
  return at <= closes ? "abierta" : "cerrada";
}

/** Whether the entity still owes the matrix of comments and answers: the window closed and none is published. */
export function owesMatrix(data: Pick<DraftData, "opens" | "closes" | "matrix_date">, at: DateTime): boolean {
  return windowState(data, at) === "cerrada" && !data.matrix_date;
}

export function draftTypeLabel(type: string): string {
  return DRAFT_ACT_TYPES.find((t) => t.value === type)?.label ?? type;
}

/** What the function needs to know of a draft to accept a comment: public facts only. */
export interface DraftWindow {
  id: string;
  title: string;
  url: string;
  opens: string;
  closes: string;
  office: string;
}

export function draftWindow(entry: DraftEntry): DraftWindow {
  const { opens, closes } = windowBounds(entry.data);
  return { id: entry.id, title: entry.title, url: entry.url, opens: opens.toISO()!, closes: closes.toISO()!, office: entry.data.office };
}

/** Checks across fields of one draft, in the terms of the CMS form. */
export function checkDraft(draft: Pick<DraftEntry, "data" | "body">, labelOf: (field: string) => string, at: (field: string, message: string) => void): void {
  const d = draft.data;
  const { opens, closes } = windowBounds(d);
  if (closes <= opens) at("closes", `es anterior a «${labelOf("opens")}» (opens): el plazo para comentar debe cerrar después de abrir`);
  if (d.opens.dt < d.date.dt) at("opens", `es anterior a la «${labelOf("date")}» (date): nadie puede comentar un proyecto antes de que se publique`);
  if (!draft.body.trim() && !d.document) at("document", "es obligatorio cuando el proyecto no tiene su texto escrito: suba el PDF o escriba el texto del proyecto");
  if (d.matrix_date && d.matrix_date.dt.endOf("day") < closes) {
    at("matrix_date", `es anterior al cierre del plazo (${labelOf("closes")}): la matriz se publica cuando ya no se reciben comentarios`);
  }
  if ((d.matrix ?? []).length && !d.matrix_date) {
    at("matrix_date", `es obligatoria cuando la «${labelOf("matrix")}» tiene renglones: indique el día en que se publica`);
  }
}

/** What `npm run validate` reports: drafts whose window closed and whose matrix the entity still owes. */
export function draftsOwingMatrix(drafts: readonly DraftEntry[], at: DateTime): string[] {
  return drafts
    .filter((d) => owesMatrix(d.data, at))
    .map((d) => `${d.file}: el plazo para comentar cerró y falta publicar la respuesta a los comentarios. Llene «Fecha de publicación de la matriz» (matrix_date) y un renglón de la «Matriz de comentarios y respuestas» (matrix) por comentario recibido; si no llegó ninguno, basta la fecha`);
}
