/** Each plan's indicators page and its open-data twin. */
import { createElement } from "react";
import type { Portal } from "../content/types.ts";
import { safeJson } from "../feeds/formats.ts";
import { renderDocument } from "../routes/pages.ts";
import type { Route } from "../routes/types.ts";
import { planIndicators } from "./report.ts";
import { IndicatorsPage } from "../../layouts/pages/Indicators.tsx";

export const indicatorsUrl = (planUrl: string) => `${planUrl}indicadores/`;
export const indicatorsJsonUrl = (planUrl: string) => `${planUrl}indicadores.json`;

export function indicatorRoutes(portal: Portal, stylesheet: string): Route[] {
  return portal.entries.planes
    .filter((plan) => (plan.data.indicators ?? []).length > 0)
    .flatMap((plan) => {
      const url = indicatorsUrl(plan.url);
      const jsonUrl = indicatorsJsonUrl(plan.url);
      const report = planIndicators(portal, plan);
      const get = () => report;
      const reads = [report];
      return [
        {
          url,
          source: `${plan.file} (indicadores)`,
          reads,
          sitemap: { title: `Indicadores: ${plan.title}`, section: "Planes" },
          render: () => renderDocument(createElement(IndicatorsPage, { ctx: { portal, url, stylesheet }, report: get(), jsonUrl })),
        },
        {
          url: jsonUrl,
          source: `${plan.file} (indicadores)`,
          reads,
          render: () => {
            const { plan: p, indicators } = get();
            return safeJson({
              plan: { ...p, url: new URL(p.url, `${portal.site.url}/`).toString() },
              indicators: indicators.map((i) => ({
                id: i.id,
                name: i.name,
                wording: i.wording,
                target: i.target,
                periods: i.periods.map(({ period, value, met, groups }) => ({ period, value, met, ...(groups ? { groups } : {}) })),
              })),
            });
          },
        },
      ];
    });
}
