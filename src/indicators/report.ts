/** A plan's indicators, computed over the plan's own span from the published content. */
import type { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import type { Portal, PlanEntry } from "../content/types.ts";
import { COLLECTION_NAMES, type CollectionDef } from "../schema/collections.ts";
import { computeIndicator } from "./engine.ts";
import type { PlanIndicators } from "../../layouts/pages/IndicatorsPage.tsx";
import type { IndicatorDef } from "../schema/indicator-rules.ts";
import { contentRows } from "./rows.ts";
import type { Row } from "./engine.ts";
import { formatMonthKey, monthKey } from "../dates/index.ts";
import type { PqrsdData } from "../pqrsd/counts.ts";
import { PQRSD_COLLECTION, pqrsdRows } from "../pqrsd/indicator.ts";
import type { SurveysData } from "../surveys/results.ts";
import { SURVEY_ANSWERS_COLLECTION, surveyRows } from "../surveys/indicator.ts";


/** From approval to the end of tracking (or of the plan's last year), or to the build if that comes first. */
export function planSpan(plan: PlanEntry, now: DateTime): { from: DateTime; to: DateTime } {
  const lastYear = Number(plan.data.period.split("-").at(-1));
  const end = plan.data.tracked_until?.dt.endOf("day") ?? plan.date!.dt.setZone(ZONE).set({ year: lastYear }).endOf("year");
  return { from: plan.date!.dt, to: end < now ? end : now };
}

/** Values a grouping field can take, from its schema: every level shows, even with no agreement. */
function groupValues(portal: Portal, def: IndicatorDef): string[] | undefined {
  const by = def.rule.group_by;
  if (!by) return undefined;
  for (const c of def.rule.collections) {
    const name = COLLECTION_NAMES.find((n) => n === c);
    const spec = name ? (portal.collections[name] as CollectionDef).fields[by]?.spec : undefined;
    if (spec?.options) return spec.options.map((o) => o.value);
  }
  return undefined;
}

/**
 * An indicator over the site's PQRSD filings counts from the first month the form received one to the
 * build, even past the plan's tracking: the channel is newer than the plan, and its figures say so.
 */
function pqrsdIndicator(def: IndicatorDef, rows: readonly Row[], data: PqrsdData | undefined, now: DateTime, planEnd: DateTime) {
  const empty = computeIndicator(def, [], { now });
  if (!data?.available) return { ...empty, note: `No hay datos en esta publicación del portal: ${data?.reason ?? "no se leyeron las solicitudes"}.` };
  const first = rows.filter((r) => r.collection === PQRSD_COLLECTION).reduce<DateTime | undefined>((min, r) => (!min || r.date.dt < min ? r.date.dt : min), undefined);
  if (!first) return { ...empty, note: "El formulario de PQRSD del portal todavía no ha recibido solicitudes." };
  const result = computeIndicator(def, rows, { now, from: first });
  const since = `Se cuenta desde ${formatMonthKey(monthKey(first))}, cuando el portal empezó a recibir solicitudes por su formulario de PQRSD`;
  return { ...result, note: first > planEnd ? `${since}, después del periodo de seguimiento del plan (hasta ${formatMonthKey(monthKey(planEnd))}).` : `${since}.` };
}

/** Like the PQRSD's: survey answers count from the first one, even past the plan's tracking. */
function surveyIndicator(def: IndicatorDef, rows: readonly Row[], data: SurveysData | undefined, now: DateTime, planEnd: DateTime) {
  const empty = computeIndicator(def, [], { now });
  if (!data?.available) return { ...empty, note: `No hay datos en esta publicación del portal: ${data?.reason ?? "no se leyeron las respuestas de las encuestas"}.` };
  const first = rows.filter((r) => r.collection === SURVEY_ANSWERS_COLLECTION).reduce<DateTime | undefined>((min, r) => (!min || r.date.dt < min ? r.date.dt : min), undefined);
  if (!first) return { ...empty, note: "Las encuestas del portal todavía no han recibido respuestas." };
  const result = computeIndicator(def, rows, { now, from: first });
  const since = `Se cuenta desde ${formatMonthKey(monthKey(first))}, cuando el portal recibió la primera respuesta a una encuesta`;
  return { ...result, note: first > planEnd ? `${since}, después del periodo de seguimiento del plan (hasta ${formatMonthKey(monthKey(planEnd))}).` : `${since}.` };
}

export function planIndicators(portal: Portal, plan: PlanEntry, pqrsd?: PqrsdData, surveys?: SurveysData): PlanIndicators {
  const rows = [...contentRows(portal), ...pqrsdRows(pqrsd), ...surveyRows(surveys)];
  const { from, to } = planSpan(plan, portal.buildTime);
  const indicators = ((plan.data.indicators ?? []) as IndicatorDef[]).map((def) =>
    def.rule.collections.includes(PQRSD_COLLECTION)
      ? pqrsdIndicator(def, rows, pqrsd, portal.buildTime, to)
      : def.rule.collections.includes(SURVEY_ANSWERS_COLLECTION)
        ? surveyIndicator(def, rows, surveys, portal.buildTime, to)
        : computeIndicator(def, rows, { now: to, from, groupValues: groupValues(portal, def) }),
  );
  return { plan: { id: plan.id, title: plan.title, url: plan.url, period: plan.data.period }, indicators };
}
