/**
 * What an indicator's counting rule is, and the check that it names real collections and fields. It sits
 * with the schemas because it is part of what a valid plan is: the loader refuses a plan whose rule
 * cannot be computed, and src/indicators/ computes the rules the loader accepted.
 */
import type { FieldSpec } from "./fields.ts";

export type Period = "month" | "semester" | "year" | "once";

export interface Condition {
  field: string;
  equals?: string;
  at_least?: number;
  of?: string;
}

export interface Rule {
  collections: string[];
  where?: Condition[];
  measure: "count" | "sum" | "share" | "manual";
  field?: string;
  total_field?: string;
  group_by?: string;
}

export interface IndicatorDef {
  id: string;
  name: string;
  wording: string;
  target: { value: number; unit: string; period: Period; wording: string };
  rule: Rule;
  measurements?: { period: string; value: number }[];
}

/** What computing an indicator gives: its value and verdict in each period. */
export interface PeriodResult {
  period: string;
  value: number;
  met: boolean;
  /** Per group when the rule groups (e.g. by level); each group must meet the target. */
  groups?: Record<string, number>;
  /** Per collection, for counts over several collections. */
  byCollection?: Record<string, number>;
}

export interface IndicatorResult {
  id: string;
  name: string;
  wording: string;
  target: IndicatorDef["target"];
  periods: PeriodResult[];
  /** What the reader must know to read the figures (where they come from, why there are none). */
  note?: string;
}

/** Every collection's fields, to check that a rule names real things before it counts anything. */
export type SchemaIndex = Record<string, Record<string, FieldSpec>>;

/** Refuses rules that name an unknown collection or field, in words an editor can act on. */
export function checkRule(def: IndicatorDef, schemas: SchemaIndex): string[] {
  const problems: string[] = [];
  const { rule } = def;
  const known = Object.keys(schemas);
  for (const c of rule.collections) {
    if (!schemas[c]) problems.push(`la regla nombra la colección «${c}», que no existe (hay: ${known.join(", ")})`);
  }
  const fieldsUsed = [
    ...(rule.where ?? []).flatMap((w) => [w.field, ...(w.of ? [w.of] : [])]),
    ...(rule.field ? [rule.field] : []),
    ...(rule.total_field ? [rule.total_field] : []),
    ...(rule.group_by ? [rule.group_by] : []),
  ];
  for (const c of rule.collections) {
    const fields = schemas[c];
    if (!fields) continue;
    for (const f of fieldsUsed) {
      if (!fields[f]) problems.push(`la regla usa el campo «${f}», que no existe en «${c}» (campos: ${Object.keys(fields).join(", ")})`);
    }
  }
  if ((rule.measure === "sum" || rule.measure === "share") && !rule.field) problems.push(`la medida «${rule.measure}» necesita «field»`);
  if (rule.measure === "share" && !rule.total_field) problems.push("la medida «share» necesita «total_field»");
  if (rule.measure === "manual" && !(def.measurements ?? []).length) problems.push("la medida «manual» necesita al menos una medición en «measurements»");
  for (const w of rule.where ?? []) {
    if (w.equals === undefined && w.at_least === undefined) problems.push(`la condición sobre «${w.field}» necesita «equals» o «at_least»`);
  }
  return problems;
}

