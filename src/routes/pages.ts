/**
 * The HTML pages of the portal, as routes: each computes its page's props from the content. Nothing
 * else reaches a page component; the dev server rewrites a page when its props change.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { actState, actTypeUrl, actYearUrl } from "../content/acts.ts";
import { windowState } from "../content/drafts.ts";
import { whyUnpublished } from "../content/entry.ts";
import type { ActEntry, Entry, Portal } from "../content/types.ts";
import { yearOf } from "../dates/index.ts";
import { ACT_TYPES, type CollectionName } from "../schema/collections.ts";
import { agree } from "../text/spanish.ts";
import type { Crumb } from "../../layouts/context.ts";
import type { ActListItem } from "../../layouts/components/ActList.tsx";
import { ActIndex, type Facet } from "../../layouts/pages/ActIndex.tsx";
import { AgreementsIndex } from "../../layouts/pages/AgreementsIndex.tsx";
import { EventsIndex } from "../../layouts/pages/EventsIndex.tsx";
import { Home } from "../../layouts/pages/Home.tsx";
import { NewsIndex } from "../../layouts/pages/NewsIndex.tsx";
import { NotFound } from "../../layouts/pages/NotFound.tsx";
import { PlanIndex } from "../../layouts/pages/PlanIndex.tsx";
import type { PlanLinks } from "../../layouts/pages/PlanPage.tsx";
import { ENTRY_PAGES, type EntryPage, type EntryPageInput } from "./entries.ts";
import { pageRoute, unpublishedRoute } from "./render.ts";
import { paginate, type Route } from "./types.ts";

export const PAGE_SIZE = 20;

export interface PageOptions {
  /** Extra links on a plan's page, contributed by later pipeline steps (indicators, frequency). */
  planLinks?: (planId: string) => PlanLinks;
  /**
   * A preview build (a deploy preview, the dev server): the entries the public site does not show
   * (scheduled, hidden) get their page too, saying so, outside every listing, feed, map and search.
   */
  unpublished?: boolean;
}

function lastmod(entry: Entry): string | undefined {
  return (entry.updated ?? entry.date)?.dt.toISODate() ?? undefined;
}

/** An act in a listing, with its state on the day of the build. */
export function actItems(acts: readonly ActEntry[], now: Portal["buildTime"]): ActListItem[] {
  return acts.map((entry) => ({ entry, state: actState(entry, now) }));
}

function facets(acts: readonly ActEntry[]): { byType: Facet[]; byYear: Facet[] } {
  const byType = ACT_TYPES.map((t) => ({ label: t.plural, url: actTypeUrl(t), count: acts.filter((a) => a.data.type === t.value).length }));
  const years = [...new Set(acts.map((a) => yearOf(a.data.date)))].sort((a, b) => b - a);
  const byYear = years.map((y) => ({ label: String(y), url: actYearUrl(y), count: acts.filter((a) => yearOf(a.data.date) === y).length }));
  return { byType, byYear };
}

/** Every act listing: all of them, one per type, one per year; each paginated. */
function actListings(portal: Portal): Route[] {
  const acts = portal.entries.normativa;
  const { byType, byYear } = facets(acts);
  const routes: Route[] = [];
  const listing = (base: string, heading: string, intro: string, items: ActEntry[], crumbs: Crumb[]) => {
    const pages = paginate(actItems(items, portal.buildTime), PAGE_SIZE, base);
    const links = pages.map(({ number, url }) => ({ number, url }));
    for (const p of pages) {
      const breadcrumbs = p.number === 1 ? crumbs : [...crumbs.slice(0, -1), { ...crumbs[crumbs.length - 1]!, url: base }, { label: `Página ${p.number}` }];
      routes.push(
        pageRoute(p.url, `listado «${heading}»`, ActIndex, { heading, intro, breadcrumbs, items: p.items, page: p.number, pages: links, byType, byYear },
          p.number === 1 ? { title: heading, section: "Normativa" } : undefined),
      );
    }
  };
  listing("/normativa/", "Normativa", "Decretos, acuerdos, resoluciones, circulares y actas, del más reciente al más antiguo.", acts, [{ label: "Normativa" }]);
  for (const t of ACT_TYPES) {
    const order = t.feminine ? "de la más reciente a la más antigua" : "del más reciente al más antiguo";
    listing(actTypeUrl(t), t.plural, `${t.plural} ${agree("expedidos", t.feminine)} por la administración y sus órganos, ${order}.`,
      acts.filter((a) => a.data.type === t.value), [{ label: "Normativa", url: "/normativa/" }, { label: t.plural }]);
  }
  for (const y of byYear) {
    listing(y.url, `Normativa de ${y.label}`, `Actos administrativos y actas expedidos en ${y.label}.`,
      acts.filter((a) => String(yearOf(a.data.date)) === y.label), [{ label: "Normativa", url: "/normativa/" }, { label: y.label }]);
  }
  return routes;
}

/** The page of every published entry of a collection; in a preview, of the unpublished ones too. */
export function entryRoutes<C extends CollectionName>(portal: Portal, collection: C, input: (entry: Entry<C>) => EntryPageInput, unpublished = false): Route[] {
  const page = ENTRY_PAGES[collection] as unknown as EntryPage<C, object>;
  const routes: Route[] = portal.entries[collection].map((entry) =>
    pageRoute(entry.url, entry.file, page.component, page.props(entry, input(entry)), {
      title: page.sitemap.title(entry),
      section: page.sitemap.section,
      lastmod: lastmod(entry),
      ...(page.sitemap.listed ? { entry: true } : {}),
    }),
  );
  if (!unpublished) return routes;
  for (const entry of portal.all[collection].values() as Iterable<Entry<C>>) {
    const why = whyUnpublished(entry, portal.buildTime, portal.collections[collection].scheduled);
    if (why) routes.push(unpublishedRoute(entry.url, entry.file, page.component, page.props(entry, input(entry)), why));
  }
  return routes;
}

export function pageRoutes(portal: Portal, options: PageOptions = {}): Route[] {
  const { noticias, normativa, planes, eventos, convenios } = portal.entries;
  const now = portal.buildTime;
  const input = (more: Partial<EntryPageInput> = {}): EntryPageInput => ({ now, acts: normativa, ...more });
  const routes: Route[] = [
    pageRoute("/", "portada", Home, {
      news: noticias.slice(0, 4),
      acts: actItems(normativa.slice(0, 5), now),
      plan: planes[0],
      consultations: portal.entries.proyectos.filter((d) => windowState(d.data, now) === "abierta"),
    }, { title: "Inicio", section: "Portal" }),
    pageRoute("/404.html", "página de error 404", NotFound, {}),
    // /transparencia/ and its instruments come from src/transparency (src/pipeline/transparency.ts).
  ];

  const newsPages = paginate(noticias, PAGE_SIZE, "/noticias/");
  const newsLinks = newsPages.map(({ number, url }) => ({ number, url }));
  for (const p of newsPages) {
    routes.push(pageRoute(p.url, "listado de noticias", NewsIndex, { items: p.items, page: p.number, pages: newsLinks }, p.number === 1 ? { title: "Noticias", section: "Noticias" } : undefined));
  }
  routes.push(...entryRoutes(portal, "noticias", () => input(), options.unpublished));

  routes.push(...actListings(portal));
  routes.push(
    ...entryRoutes(portal, "normativa", (act) => {
      // The PDF's size, read from content/media/ (the CMS preview asks the server instead).
      const bytes = act.data.attachment ? statSync(path.join(portal.contentDir, act.data.attachment)).size : undefined;
      return input({ attachmentBytes: bytes });
    }, options.unpublished),
  );

  routes.push(pageRoute("/planes/", "listado de planes", PlanIndex, { plans: planes }, { title: "Planes", section: "Planes" }));
  routes.push(...entryRoutes(portal, "planes", (plan) => input({ planLinks: options.planLinks?.(plan.id) }), options.unpublished));

  // The calendar: which events are upcoming depends on the moment of the build.
  routes.push(
    pageRoute("/eventos/", "calendario de eventos", EventsIndex, {
      upcoming: eventos.filter((e) => e.date && e.date.dt > now).reverse(),
      past: eventos.filter((e) => e.date && e.date.dt <= now),
    }, { title: "Calendario de eventos", section: "Información institucional" }),
  );
  routes.push(...entryRoutes(portal, "eventos", () => input(), options.unpublished));
  routes.push(pageRoute("/convenios/", "listado de convenios", AgreementsIndex, { items: convenios }, { title: "Convenios y alianzas", section: "Información institucional" }));
  routes.push(...entryRoutes(portal, "convenios", () => input(), options.unpublished));
  routes.push(...entryRoutes(portal, "paginas", () => input(), options.unpublished));
  return routes;
}

