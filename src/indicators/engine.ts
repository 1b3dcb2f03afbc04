/**
 * Computes a plan's indicators from published content. An indicator is data (src/schema/collections.ts,
 * `indicators` of a plan): a target and a counting rule over collections. Nothing here knows any
 * indicator by its id.
 */
import type { DateTime } from "luxon";
import { monthKey, monthKeyOf, ZONE, type ContentDate } from "../dates/index.ts";
import type { Condition, IndicatorDef, IndicatorResult, Period, PeriodResult, Rule } from "../schema/indicator-rules.ts";

/** One dated row of content: an entry's fields plus its collection and publication date. */
export interface Row {
  collection: string;
  date: ContentDate;
  fields: Record<string, unknown>;
}

export class IndicatorRuleError extends Error {}

export function periodKey(dt: DateTime, period: Period): string {
  const d = dt.setZone(ZONE);
  switch (period) {
    case "month":
      return monthKey(d);
    case "semester":
      return `${d.year}-S${d.month <= 6 ? 1 : 2}`;
    case "year":
      return String(d.year);
    case "once":
      return "total";
  }
}

/** Every period from the first to the last, inclusive, so that empty periods show as zero. */
export function periodRange(from: DateTime, to: DateTime, period: Period): string[] {
  if (period === "once") return ["total"];
  const keys: string[] = [];
  // Counted on the calendar in Bogota with plain numbers: luxon's plus() per step showed in every build.
  const start = from.setZone(ZONE);
  const stepMonths = period === "month" ? 1 : period === "semester" ? 6 : 12;
  let index = start.year * 12 + (period === "month" ? start.month - 1 : period === "semester" && start.month > 6 ? 6 : 0);
  const last = periodKey(to, period);
  for (let guard = 0; guard < 5000; guard++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const key = period === "month" ? monthKeyOf(year, month) : period === "semester" ? `${year}-S${month <= 6 ? 1 : 2}` : String(year);
    keys.push(key);
    if (key === last) break;
    index += stepMonths;
  }
  return keys;
}

function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

function matches(row: Row, where: Condition[]): boolean {
  return where.every((w) => {
    const v = row.fields[w.field];
    if (w.equals !== undefined && String(v) !== w.equals) return false;
    if (w.at_least !== undefined) {
      let value = num(v);
      if (w.of) {
        const total = num(row.fields[w.of]);
        if (total <= 0) return false;
        value /= total;
      }
      if (value < w.at_least) return false;
    }
    return true;
  });
}

function measure(rows: Row[], rule: Rule): number {
  switch (rule.measure) {
    case "count":
      return rows.length;
    case "sum":
      return rows.reduce((s, r) => s + num(r.fields[rule.field!]), 0);
    case "share": {
      const total = rows.reduce((s, r) => s + num(r.fields[rule.total_field!]), 0);
      const part = rows.reduce((s, r) => s + num(r.fields[rule.field!]), 0);
      return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
    }
    case "manual":
      return 0;
  }
}

export interface ComputeOptions {
  /** The build's moment: the last period shown is the one it falls in. */
  now: DateTime;
  /** First moment to show; defaults to the earliest matching row. */
  from?: DateTime;
  /** Values a group may take, so that a group with nothing shows as zero (e.g. the four levels). */
  groupValues?: string[];
}

export function computeIndicator(def: IndicatorDef, rows: readonly Row[], options: ComputeOptions): IndicatorResult {
  const { rule, target } = def;
  const head = { id: def.id, name: def.name, wording: def.wording, target };
  if (rule.measure === "manual") {
    const periods = (def.measurements ?? []).map((m) => ({ period: m.period, value: m.value, met: m.value >= target.value }));
    return { ...head, periods };
  }
  const selected = rows.filter((r) => rule.collections.includes(r.collection) && r.date.dt <= options.now && matches(r, rule.where ?? []));
  const first = options.from ?? selected.reduce<DateTime | undefined>((min, r) => (!min || r.date.dt < min ? r.date.dt : min), undefined);
  if (!first) return { ...head, periods: [] };
  const buckets = new Map<string, Row[]>(periodRange(first, options.now, target.period).map((k) => [k, []]));
  for (const r of selected) buckets.get(periodKey(r.date.dt, target.period))?.push(r);

  const periods = [...buckets].map(([period, inPeriod]): PeriodResult => {
    const value = measure(inPeriod, rule);
    const result: PeriodResult = { period, value, met: value >= target.value };
    if (rule.collections.length > 1) {
      result.byCollection = Object.fromEntries(rule.collections.map((c) => [c, inPeriod.filter((r) => r.collection === c).length]));
    }
    if (rule.group_by) {
      const names = new Set([...(options.groupValues ?? []), ...inPeriod.map((r) => String(r.fields[rule.group_by!]))]);
      result.groups = Object.fromEntries([...names].map((g) => [g, measure(inPeriod.filter((r) => String(r.fields[rule.group_by!]) === g), rule)]));
      result.met = [...names].length > 0 && Object.values(result.groups).every((v) => v >= target.value);
    }
    return result;
  });
  return { ...head, periods };
}
