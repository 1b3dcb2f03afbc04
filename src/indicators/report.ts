/** A plan's indicators, computed over the plan's own span from the published content. */
import type { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import type { Portal, PlanEntry } from "../content/types.ts";
import { COLLECTION_NAMES, type CollectionDef } from "../schema/collections.ts";
import { computeIndicator } from "./engine.ts";
import type { PlanIndicators } from "../../layouts/pages/IndicatorsPage.tsx";
import type { IndicatorDef } from "../schema/indicator-rules.ts";
import { contentRows } from "./rows.ts";


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

export function planIndicators(portal: Portal, plan: PlanEntry): PlanIndicators {
  const rows = contentRows(portal);
  const { from, to } = planSpan(plan, portal.buildTime);
  const indicators = ((plan.data.indicators ?? []) as IndicatorDef[]).map((def) =>
    computeIndicator(def, rows, { now: to, from, groupValues: groupValues(portal, def) }),
  );
  return { plan: { id: plan.id, title: plan.title, url: plan.url, period: plan.data.period }, indicators };
}
