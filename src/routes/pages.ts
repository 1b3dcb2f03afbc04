/**
 * The HTML pages of the portal, as routes. Each route renders a layout component to static HTML when
 * Eleventy writes it; nothing of React reaches the browser.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { yearOf } from "../dates/index.ts";
import type { ActEntry, Portal } from "../content/types.ts";
import { ACT_TYPES } from "../schema/collections.ts";
import { agree } from "../text/spanish.ts";
import type { PageContext } from "./context.ts";
import { paginate, type Route } from "./types.ts";
import { Home } from "../../layouts/pages/Home.tsx";
import { NewsIndex } from "../../layouts/pages/NewsIndex.tsx";
import { NewsArticle } from "../../layouts/pages/NewsArticle.tsx";
import { ActIndex, type Facet } from "../../layouts/pages/ActIndex.tsx";
import { ActPage, actPageTitle, actRelations, type ActRelations } from "../../layouts/pages/ActPage.tsx";
import { PlanIndex, PlanPage } from "../../layouts/pages/PlanPages.tsx";
import { NotFound, StaticPage, Transparency } from "../../layouts/pages/Misc.tsx";
import { AgreementPage, AgreementsIndex, EventPage, EventsIndex } from "../../layouts/pages/Events.tsx";

export const PAGE_SIZE = 20;

/** Closing tags of blocks get a line break: text extraction (search excerpts, feeds) keeps words apart. */
const BLOCK_END = /<\/(?:p|li|dt|dd|h[1-6]|div|tr|td|th|section|article|header|footer|nav|ul|ol|dl|table|figure|figcaption|caption|main|form|fieldset|label)>/g;

/** React keeps the DOM property's camelCase for these attributes; HTML spells them in lower case. */
const CAMEL_ATTRIBUTES = / (charSet|dateTime|autoComplete|enterKeyHint|crossOrigin|httpEquiv|acceptCharset)=/g;

export function renderDocument(element: ReactElement): string {
  const html = renderToStaticMarkup(element)
    .replace(BLOCK_END, "$&\n")
    .replace(CAMEL_ATTRIBUTES, (_, name: string) => ` ${name.toLowerCase()}=`)
    .replace(/ hidden=""/g, " hidden");
  return `<!DOCTYPE html>\n${html}`;
}

export interface PageOptions {
  stylesheet: string;
  /** Extra links on a plan's page, contributed by later pipeline steps (indicators, frequency). */
  planLinks?: (planId: string) => { indicators?: string; frequency?: string };
}

function lastmod(entry: { date?: { dt: { toISODate(): string | null } }; updated?: { dt: { toISODate(): string | null } } }): string | undefined {
  return (entry.updated ?? entry.date)?.dt.toISODate() ?? undefined;
}

/** An act's relations, with its PDF's size read from content/media/. */
function relationsOf(portal: Portal, act: ActEntry): ActRelations {
  const bytes = act.data.attachment ? statSync(path.join(portal.contentDir, act.data.attachment)).size : undefined;
  return actRelations(act, portal.entries.normativa, bytes);
}

function facets(portal: Portal): { byType: Facet[]; byYear: Facet[] } {
  const acts = portal.entries.normativa;
  const byType = ACT_TYPES.map((t) => ({
    label: t.plural,
    url: `/normativa/tipo/${t.slug}/`,
    count: acts.filter((a) => a.data.type === t.value).length,
  }));
  const years = [...new Set(acts.map((a) => yearOf(a.data.date)))].sort((a, b) => b - a);
  const byYear = years.map((y) => ({ label: String(y), url: `/normativa/anio/${y}/`, count: acts.filter((a) => yearOf(a.data.date) === y).length }));
  return { byType, byYear };
}

export function pageRoutes(portal: Portal, options: PageOptions): Route[] {
  const ctx = (url: string): PageContext => ({ portal, url, stylesheet: options.stylesheet });
  const page = (url: string, source: string, element: (c: PageContext) => ReactElement, sitemap: Route["sitemap"] | undefined, reads: unknown[]): Route => ({
    url,
    source,
    sitemap,
    reads,
    render: () => renderDocument(element(ctx(url))),
  });
  const routes: Route[] = [];

  const { noticias, normativa, planes } = portal.entries;
  routes.push(page("/", "portada", (c) => createElement(Home, { ctx: c }), { title: "Inicio", section: "Portal" }, [noticias.slice(0, 4), normativa.slice(0, 5), planes[0]]));
  routes.push(page("/404.html", "página de error 404", (c) => createElement(NotFound, { ctx: c }), undefined, []));
  routes.push(
    page("/transparencia/", "content/transparencia.yaml", (c) => createElement(Transparency, { ctx: c }), {
      title: "Transparencia y acceso a la información pública",
      section: "Portal",
    }, [portal.transparency]),
  );

  // Noticias
  const newsPages = paginate(portal.entries.noticias, PAGE_SIZE, "/noticias/");
  const newsLinks = newsPages.map(({ number, url }) => ({ number, url }));
  for (const p of newsPages) {
    routes.push(
      page(p.url, "listado de noticias", (c) => createElement(NewsIndex, { ctx: c, items: p.items, page: p.number, pages: newsLinks }),
        p.number === 1 ? { title: "Noticias", section: "Noticias" } : undefined, [p.items, newsLinks.length]),
    );
  }
  for (const entry of portal.entries.noticias) {
    routes.push(page(entry.url, entry.file, (c) => createElement(NewsArticle, { ctx: c, entry }), { title: entry.title, section: "Noticias", lastmod: lastmod(entry), entry: true }, [entry]));
  }

  // Normativa: all acts, by type, by year
  const { byType, byYear } = facets(portal);
  const listing = (base: string, heading: string, intro: string, items: ActEntry[], crumbs: { label: string; url?: string }[]) => {
    const pages = paginate(items, PAGE_SIZE, base);
    const links = pages.map(({ number, url }) => ({ number, url }));
    for (const p of pages) {
      routes.push(
        page(p.url, `listado «${heading}»`, (c) =>
          createElement(ActIndex, {
            ctx: c,
            heading,
            intro,
            breadcrumbs: p.number === 1 ? crumbs : [...crumbs.slice(0, -1), { ...crumbs[crumbs.length - 1]!, url: base }, { label: `Página ${p.number}` }],
            items: p.items,
            page: p.number,
            pages: links,
            byType,
            byYear,
          }),
          p.number === 1 ? { title: heading, section: "Normativa" } : undefined,
          [p.items, links.length, byType, byYear],
        ),
      );
    }
  };
  const acts = portal.entries.normativa;
  listing("/normativa/", "Normativa", "Decretos, acuerdos, resoluciones, circulares y actas, del más reciente al más antiguo.", acts, [{ label: "Normativa" }]);
  for (const t of ACT_TYPES) {
    listing(`/normativa/tipo/${t.slug}/`, t.plural, `${t.plural} ${agree("expedidos", t.feminine)} por la administración y sus órganos, ${t.feminine ? "de la más reciente a la más antigua" : "del más reciente al más antiguo"}.`,
      acts.filter((a) => a.data.type === t.value), [{ label: "Normativa", url: "/normativa/" }, { label: t.plural }]);
  }
  for (const y of byYear) {
    listing(y.url, `Normativa de ${y.label}`, `Actos administrativos y actas expedidos en ${y.label}.`,
      acts.filter((a) => String(yearOf(a.data.date)) === y.label), [{ label: "Normativa", url: "/normativa/" }, { label: y.label }]);
  }
  for (const entry of acts) {
    const relations = relationsOf(portal, entry);
    routes.push(
      page(entry.url, entry.file, (c) => createElement(ActPage, { ctx: c, entry, relations }), {
        title: actPageTitle(entry),
        section: "Normativa",
        lastmod: lastmod(entry),
        entry: true,
      }, [entry, relations]),
    );
  }

  // Planes
  routes.push(page("/planes/", "listado de planes", (c) => createElement(PlanIndex, { ctx: c }), { title: "Planes", section: "Planes" }, [planes]));
  for (const entry of portal.entries.planes) {
    routes.push(
      page(entry.url, entry.file, (c) => createElement(PlanPage, { ctx: c, entry, links: options.planLinks?.(entry.id) }), {
        title: entry.title,
        section: "Planes",
        lastmod: lastmod(entry),
      }, [entry, options.planLinks?.(entry.id)]),
    );
  }

  // Eventos (the calendar) and convenios
  // Which events are upcoming depends on the moment of the build.
  const happened = portal.entries.eventos.map((e) => Boolean(e.date && e.date.dt <= portal.buildTime));
  routes.push(page("/eventos/", "calendario de eventos", (c) => createElement(EventsIndex, { ctx: c }), { title: "Calendario de eventos", section: "Información institucional" }, [portal.entries.eventos, happened]));
  portal.entries.eventos.forEach((entry, i) => {
    routes.push(page(entry.url, entry.file, (c) => createElement(EventPage, { ctx: c, entry }), { title: entry.title, section: "Eventos", lastmod: lastmod(entry), entry: true }, [entry, happened[i]]));
  });
  routes.push(page("/convenios/", "listado de convenios", (c) => createElement(AgreementsIndex, { ctx: c }), { title: "Convenios y alianzas", section: "Información institucional" }, [portal.entries.convenios]));
  for (const entry of portal.entries.convenios) {
    routes.push(page(entry.url, entry.file, (c) => createElement(AgreementPage, { ctx: c, entry }), { title: entry.title, section: "Convenios", lastmod: lastmod(entry), entry: true }, [entry]));
  }

  // Páginas
  for (const entry of portal.entries.paginas) {
    routes.push(page(entry.url, entry.file, (c) => createElement(StaticPage, { ctx: c, entry }), { title: entry.title, section: "Información institucional", lastmod: lastmod(entry) }, [entry]));
  }
  return routes;
}
