/** The /buscar/ page and its script. */
import { actTypeUrl, actYearUrl } from "../content/acts.ts";
import type { Portal } from "../content/types.ts";
import { yearOf } from "../dates/index.ts";
import { ACT_TYPES } from "../schema/collections.ts";
import { pageRoute } from "../routes/render.ts";
import type { Route } from "../routes/types.ts";
import { SearchPage, type SearchFacets } from "../../layouts/pages/SearchPage.tsx";

/** The values the filters can take, known at build time so the form works before any script runs. */
export function searchFacets(portal: Portal): SearchFacets {
  const { noticias, normativa, planes, eventos, convenios, paginas, proyectos } = portal.entries;
  const types = [
    ...(noticias.length ? ["Noticia"] : []),
    ...ACT_TYPES.filter((t) => normativa.some((a) => a.data.type === t.value)).map((t) => t.label),
    ...(planes.length ? ["Plan"] : []),
    ...(eventos.length ? ["Evento"] : []),
    ...(convenios.length ? ["Convenio"] : []),
    ...(proyectos.length ? ["Proyecto de norma"] : []),
    ...(paginas.length ? ["Página"] : []),
  ];
  const dated = [...noticias, ...normativa, ...planes, ...eventos, ...convenios, ...proyectos].filter((e) => e.date && e.date.dt <= portal.buildTime);
  const years = [...new Set(dated.map((e) => yearOf(e.date!)))].sort((a, b) => b - a);
  const issuers = [...new Set([...normativa.map((a) => a.data.issuer), ...noticias.map((n) => n.data.office), ...planes.map((p) => p.data.approved_by), ...proyectos.map((d) => d.data.office)])].sort((a, b) =>
    a.localeCompare(b, "es"),
  );
  const actYears = [...new Set(normativa.map((a) => yearOf(a.data.date)))].sort((a, b) => b - a);
  return {
    types,
    years,
    issuers,
    typeListings: ACT_TYPES.map((t) => ({ label: t.plural, url: actTypeUrl(t) })),
    yearListings: actYears.map((y) => ({ label: String(y), url: actYearUrl(y) })),
  };
}

export function searchRoutes(portal: Portal, script: string): Route[] {
  return [pageRoute("/buscar/", "página de búsqueda", SearchPage, { facets: searchFacets(portal), script }, { title: "Buscar", section: "Portal" })];
}
