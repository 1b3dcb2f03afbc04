/**
 * Everything the portal knows about administrative acts, in one place: their types, titles, state,
 * relations between them and the addresses of their listings. The build, the pages and the CMS
 * previews all ask here.
 */
import type { DateTime } from "luxon";
import { yearOf } from "../dates/index.ts";
import { ACT_STATUSES, ACT_TYPES, type ActData } from "../schema/collections.ts";
import { agree } from "../text/spanish.ts";
import type { ActEntry } from "./types.ts";

export type ActTypeInfo = (typeof ACT_TYPES)[number];

/** The type an act says it is. The schema admits only these values, so the lookup never fails on valid data. */
export function actType(value: string): ActTypeInfo {
  const type = ACT_TYPES.find((t) => t.value === value);
  if (!type) throw new Error(`tipo de acto desconocido: «${value}»`);
  return type;
}

export function actTypeLabel(type: string): string {
  return actType(type).label;
}

export function isFeminineAct(type: string): boolean {
  return actType(type).feminine;
}

/** The listing of one type: /normativa/tipo/decretos/. */
export function actTypeUrl(type: ActTypeInfo): string {
  return `/normativa/tipo/${type.slug}/`;
}

/** The listing of one year: /normativa/anio/2009/. */
export function actYearUrl(year: number): string {
  return `/normativa/anio/${year}/`;
}

/** «Decreto 045 de 2008». */
export function actTitle(data: Pick<ActData, "type" | "number" | "date">): string {
  return `${actType(data.type).label} ${data.number} de ${yearOf(data.date)}`;
}

/** «Decreto 045 de 2008: Por el cual se crea el comité…», without the subject's closing period before « — Alcaldía». */
export function actPageTitle(entry: ActEntry): string {
  return `${entry.title}: ${entry.summary.replace(/\.+$/, "")}`;
}

/** «Derogado» for a decree, «Derogada» for a resolution: the label agrees with the act's type. */
export function statusLabel(status: string, type: string): string {
  const label = ACT_STATUSES.find((s) => s.value === status)?.label ?? status;
  return agree(label, isFeminineAct(type));
}

export interface ActState {
  value: string;
  label: string;
}

/**
 * The state a citizen reads: the editor's status, except that an act in force whose «Vigente hasta» has
 * passed at `now` reads «Vigencia cumplida». An acta records a meeting and does not rule: no state.
 */
export function actState(act: Pick<ActEntry, "data">, now: DateTime): ActState | undefined {
  const { status, type, valid_until: until } = act.data;
  if (status === "vigente" && actType(type).record) return undefined;
  if (status === "vigente" && until && until.dt.plus({ days: 1 }) <= now) return { value: "cumplido", label: "Vigencia cumplida" };
  return { value: status, label: statusLabel(status, type) };
}

export interface ActRelations {
  modifiedBy: ActEntry[];
  repealedBy: ActEntry | undefined;
  modifies: ActEntry[];
  repeals: ActEntry[];
  attachmentBytes?: number;
}

/** Who modifies or repeals an act and what it modifies or repeals, among the published acts: the site's and the preview's rule. */
export function actRelations(act: ActEntry, published: readonly ActEntry[], attachmentBytes?: number): ActRelations {
  const byId = new Map(published.map((a) => [a.id, a]));
  const d = act.data;
  return {
    modifiedBy: (d.modified_by ?? []).flatMap((id) => byId.get(id) ?? []),
    repealedBy: d.repealed_by ? byId.get(d.repealed_by) : undefined,
    modifies: published.filter((a) => a.id !== act.id && a.data.modified_by?.includes(act.id)),
    repeals: published.filter((a) => a.id !== act.id && a.data.repealed_by === act.id),
    attachmentBytes,
  };
}

/**
 * The rules an act's fields must keep together, beyond each field's own: a status and the act that
 * causes it, a «Vigente hasta» after the act's date. `at(field, message)` records a problem.
 */
export function checkAct(act: Pick<ActEntry, "id" | "data" | "date">, labelOf: (field: string) => string, at: (field: string, message: string) => void): void {
  const d = act.data;
  if ((d.modified_by ?? []).includes(act.id)) at("modified_by", "no puede referirse al mismo acto");
  if (d.repealed_by === act.id) at("repealed_by", "no puede referirse al mismo acto");
  if (d.status === "modificado" && !(d.modified_by ?? []).length) {
    at("modified_by", "es obligatorio cuando el estado es «modificado»: indique el acto que lo modifica");
  }
  if (d.status === "derogado" && !d.repealed_by) {
    at("repealed_by", "es obligatorio cuando el estado es «derogado»: indique el acto que lo deroga");
  }
  if (d.valid_until && act.date && d.valid_until.dt < act.date.dt.startOf("day")) {
    at("valid_until", `es anterior a la «${labelOf("date")}» (date) del acto: corrija una de las dos fechas`);
  }
  if (d.status === "vigente" && d.repealed_by) {
    at("status", `dice «vigente», pero el acto tiene «${labelOf("repealed_by")}» (repealed_by): cambie el estado a «derogado»`);
  }
}
