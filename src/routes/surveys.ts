/**
 * The surveys of «Participa»: their listing, each survey's page (src/routes/entries.ts computes its props,
 * as for the CMS preview), and each survey's definition as JSON for the Netlify Function (public facts:
 * questions and window, the same the page shows).
 */
import { surveyDefinition } from "../content/surveys.ts";
import type { Portal, SurveyEntry } from "../content/types.ts";
import { surveyPhase, type SurveyDefinition } from "../forms/survey.ts";
import type { SurveysData } from "../surveys/results.ts";
import { safeJson } from "../text/json.ts";
import { SURVEYS_URL } from "../../layouts/pages/SurveyPage.tsx";
import { SurveysIndex } from "../../layouts/pages/SurveysIndex.tsx";
import { ENTRY_PAGES } from "./entries.ts";
import { pageRoute } from "./render.ts";
import type { Route } from "./types.ts";

export { SURVEYS_URL };
export const surveyJsonUrl = (id: string) => `${SURVEYS_URL}${id}/encuesta.json`;

export function surveyRoutes(portal: Portal, data: SurveysData, script: string): Route[] {
  const now = portal.buildTime;
  const surveys = portal.entries.encuestas;
  const phase = (s: SurveyEntry) => surveyPhase(surveyDefinition(s), now.toMillis());
  const byClose = (a: SurveyEntry, b: SurveyEntry) => a.data.closes.dt.toMillis() - b.data.closes.dt.toMillis();
  const open = surveys.filter((s) => phase(s) === "abierta").sort(byClose);
  const upcoming = surveys.filter((s) => phase(s) === "proxima").sort((a, b) => a.data.opens.dt.toMillis() - b.data.opens.dt.toMillis());
  const closed = surveys.filter((s) => phase(s) === "cerrada").sort((a, b) => byClose(b, a));
  const page = ENTRY_PAGES.encuestas;
  const routes: Route[] = [pageRoute(SURVEYS_URL, "listado de encuestas", SurveysIndex, { open, upcoming, closed }, { title: "Encuestas", section: "Participa" })];
  for (const entry of surveys) {
    routes.push(
      pageRoute(entry.url, entry.file, page.component, page.props(entry, { now, acts: [], surveys: { data, script } }), {
        title: entry.title,
        section: page.sitemap.section,
        lastmod: (entry.updated ?? entry.date)?.dt.toISODate() ?? undefined,
        entry: true,
      }),
      { url: surveyJsonUrl(entry.id), source: `${entry.file} (definición para el servidor)`, props: surveyDefinition(entry), render: (d: SurveyDefinition) => safeJson(d) },
    );
  }
  return routes;
}
