/** Each plan's indicators page and its open-data twin. */
import type { Portal } from "../content/types.ts";
import { absoluteUrl } from "../content/urls.ts";
import { safeJson } from "../text/json.ts";
import { pageRoute } from "../routes/render.ts";
import type { Route } from "../routes/types.ts";
import { IndicatorsPage, type PlanIndicators } from "../../layouts/pages/IndicatorsPage.tsx";
import { planIndicators } from "./report.ts";
import type { PqrsdData } from "../pqrsd/counts.ts";
import type { SurveysData } from "../surveys/results.ts";

export const indicatorsUrl = (planUrl: string) => `${planUrl}indicadores/`;
export const indicatorsJsonUrl = (planUrl: string) => `${planUrl}indicadores.json`;

function indicatorsJson(report: PlanIndicators, site: Portal["site"]): string {
  const { plan, indicators } = report;
  return safeJson({
    plan: { ...plan, url: absoluteUrl(site, plan.url) },
    indicators: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      wording: i.wording,
      target: i.target,
      periods: i.periods.map(({ period, value, met, groups }) => ({ period, value, met, ...(groups ? { groups } : {}) })),
      ...(i.note ? { note: i.note } : {}),
    })),
  });
}

export function indicatorRoutes(portal: Portal, pqrsd?: PqrsdData, surveys?: SurveysData): Route[] {
  return portal.entries.planes
    .filter((plan) => (plan.data.indicators ?? []).length > 0)
    .flatMap((plan) => {
      const url = indicatorsUrl(plan.url);
      const jsonUrl = indicatorsJsonUrl(plan.url);
      const report = planIndicators(portal, plan, pqrsd, surveys);
      return [
        pageRoute(url, `${plan.file} (indicadores)`, IndicatorsPage, { report, jsonUrl }, { title: `Indicadores: ${plan.title}`, section: "Planes" }),
        { url: jsonUrl, source: `${plan.file} (indicadores)`, props: report, render: (r: PlanIndicators, ctx) => indicatorsJson(r, ctx.site) },
      ];
    });
}
