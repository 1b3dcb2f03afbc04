/**
 * "Frecuencia de actualización del sitio Web", target "4 veces en el mes": the plan's first indicator,
 * published as data. The target is read from the plan; this module only knows which rule describes
 * publishing: a monthly count over every collection that publishes, with no other condition.
 */
import type { DateTime } from "luxon";
import { isoInstant, monthKey } from "../dates/index.ts";
import type { Portal, PlanEntry } from "../content/types.ts";
import { computeIndicator } from "../indicators/engine.ts";
import type { IndicatorDef, PeriodResult } from "../schema/indicator-rules.ts";
import { contentRows } from "../indicators/rows.ts";

export const PUBLISHING_COLLECTIONS = ["noticias", "normativa", "planes"] as const;

export interface FrequencyMonth {
  month: string;
  count: number;
  met: boolean;
  /** False for the month the build runs in: it has not ended, so it may still meet the target. */
  closed: boolean;
  byCollection: Record<(typeof PUBLISHING_COLLECTIONS)[number], number>;
}

export interface FrequencyReport {
  target: { count: number; period: "month" };
  source: { plan: string; planUrl: string; indicator: string; wording: string; targetWording: string };
  months: FrequencyMonth[];
  /** Closed months in a row, up to the last closed one, that met the target. */
  currentStreak: number;
  /** Share (0–1) of the last 12 closed months that met the target. */
  last12MonthsMetShare: number;
  last12MonthsMet: number;
  lastUpdate: string | null;
  generatedAt: string;
}

/** Whether an indicator counts, month by month, everything the site publishes, and nothing else. */
export function measuresPublishing(def: IndicatorDef): boolean {
  const r = def.rule;
  const coversAll = PUBLISHING_COLLECTIONS.every((c) => r.collections.includes(c)) && r.collections.length === PUBLISHING_COLLECTIONS.length;
  return def.target.period === "month" && r.measure === "count" && coversAll && !(r.where ?? []).length && !r.group_by;
}

/** The plan indicator that measures publishing, if a published plan declares one. */
export function findFrequencyIndicator(portal: Portal): { plan: PlanEntry; def: IndicatorDef } | undefined {
  for (const plan of portal.entries.planes) {
    const def = ((plan.data.indicators ?? []) as IndicatorDef[]).find(measuresPublishing);
    if (def) return { plan, def };
  }
  return undefined;
}

function lastUpdate(portal: Portal): DateTime | undefined {
  let latest: DateTime | undefined;
  for (const name of PUBLISHING_COLLECTIONS) {
    for (const e of portal.entries[name]) {
      for (const d of [e.date, e.updated]) if (d && d.dt <= portal.buildTime && (!latest || d.dt > latest)) latest = d.dt;
    }
  }
  return latest;
}

export function publicationFrequency(portal: Portal): FrequencyReport | undefined {
  const found = findFrequencyIndicator(portal);
  if (!found) return undefined;
  const { plan, def } = found;
  const rows = contentRows(portal);
  const result = computeIndicator(def, rows, { now: portal.buildTime });
  const current = monthKey(portal.buildTime);
  const months = result.periods.map((p: PeriodResult) => ({
    month: p.period,
    count: p.value,
    met: p.met,
    closed: p.period !== current,
    byCollection: {
      noticias: p.byCollection?.noticias ?? 0,
      normativa: p.byCollection?.normativa ?? 0,
      planes: p.byCollection?.planes ?? 0,
    },
  }));
  const closed = months.filter((m) => m.closed);
  let streak = 0;
  for (let i = closed.length - 1; i >= 0 && closed[i]!.met; i--) streak++;
  const last12 = closed.slice(-12);
  const met12 = last12.filter((m) => m.met).length;
  const updated = lastUpdate(portal);
  return {
    target: { count: def.target.value, period: "month" },
    source: { plan: plan.title, planUrl: plan.url, indicator: def.id, wording: def.wording, targetWording: def.target.wording },
    months,
    currentStreak: streak,
    last12MonthsMet: met12,
    last12MonthsMetShare: last12.length ? Math.round((met12 / last12.length) * 1000) / 1000 : 0,
    lastUpdate: updated ? isoInstant(updated) : null,
    generatedAt: isoInstant(portal.buildTime),
  };
}
