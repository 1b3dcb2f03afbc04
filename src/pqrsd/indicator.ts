/**
 * The filings as a source of the plan's indicators: rule `collections: [pqrsd]` counts the filings made
 * on the site (the follow-up action «Número de consultas reportadas en la página web»). Each filing is a
 * row with its month and type only.
 */
import { parseContentDate } from "../dates/index.ts";
import { REQUEST_TYPES } from "../forms/pqrsd.ts";
import type { FieldSpec } from "../schema/fields.ts";
import type { PqrsdData } from "./counts.ts";

export const PQRSD_COLLECTION = "pqrsd";

/** What a rule over the filings may name, for the plan's check (src/content/checks.ts). */
export const PQRSD_ROW_FIELDS: Record<string, FieldSpec> = {
  tipo: { kind: "select", label: "Tipo de solicitud", required: true, options: REQUEST_TYPES },
};

export interface PqrsdRow {
  collection: string;
  date: NonNullable<ReturnType<typeof parseContentDate> & { ok: true }>["value"];
  fields: Record<string, unknown>;
}

/** One row per filing, dated the first day of its month (the marker knows the month, not the day). */
export function pqrsdRows(data: PqrsdData | undefined): PqrsdRow[] {
  if (!data?.available) return [];
  return data.filings.flatMap((f) => {
    const parsed = parseContentDate(`${f.month}-01`);
    return parsed.ok ? [{ collection: PQRSD_COLLECTION, date: parsed.value, fields: { tipo: f.type } }] : [];
  });
}
