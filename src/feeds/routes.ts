/** The feeds at their fixed URLs, the frequency report, and the pages that present them. */
import { createElement } from "react";
import { formatMonthKey, isoInstant } from "../dates/index.ts";
import type { Entry, Portal } from "../content/types.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { ACT_TYPES, NEWS_CATEGORIES } from "../schema/collections.ts";
import { absoluteUrl } from "../routes/context.ts";
import { renderDocument } from "../routes/pages.ts";
import type { Route } from "../routes/types.ts";
import { atom, jsonFeed, safeJson, type Feed, type FeedItem } from "./formats.ts";
import { publicationFrequency, type FrequencyReport } from "./frequency.ts";
import { FeedsPage, FrequencyPage } from "../../layouts/pages/Feeds.tsx";

export const FEED_SIZE = 50;
export const FREQUENCY_PAGE = "/frecuencia-de-actualizacion/";

function categoriesOf(entry: Entry): string[] {
  const d = entry.data as Record<string, unknown>;
  switch (entry.collection) {
    case "noticias":
      return [NEWS_CATEGORIES.find((c) => c.value === d.category)?.label ?? String(d.category)];
    case "normativa":
      return [ACT_TYPES.find((t) => t.value === d.type)?.label ?? String(d.type)];
    default:
      return ["Plan"];
  }
}

function authorOf(entry: Entry): string | undefined {
  const d = entry.data as Record<string, unknown>;
  return typeof d.office === "string" ? d.office : typeof d.issuer === "string" ? d.issuer : undefined;
}

function item(portal: Portal, entry: Entry): FeedItem {
  const published = isoInstant(entry.date!);
  return {
    url: absoluteUrl(portal, entry.url),
    title: entry.collection === "normativa" ? `${entry.title}: ${entry.summary}` : entry.title,
    summary: entry.summary,
    published,
    updated: entry.updated && entry.updated.dt > entry.date!.dt ? isoInstant(entry.updated) : published,
    contentHtml: renderMarkdown(entry.body),
    categories: categoriesOf(entry),
    author: authorOf(entry),
  };
}

function newestFirst(a: Entry, b: Entry): number {
  return b.date!.dt.toMillis() - a.date!.dt.toMillis() || a.id.localeCompare(b.id);
}

export interface FeedDef {
  slug: string;
  title: string;
  description: string;
  home: string;
  entries: (portal: Portal) => Entry[];
}

export const FEED_DEFS: FeedDef[] = [
  { slug: "novedades", title: "Novedades", description: "Todo lo publicado: noticias, normativa y planes.", home: "/", entries: (p) => [...p.entries.noticias, ...p.entries.normativa, ...p.entries.planes] },
  { slug: "noticias", title: "Noticias", description: "Las noticias de la administración municipal.", home: "/noticias/", entries: (p) => p.entries.noticias },
  { slug: "normativa", title: "Normativa", description: "Decretos, acuerdos, resoluciones, circulares y actas.", home: "/normativa/", entries: (p) => p.entries.normativa },
];

function feedEntries(portal: Portal, def: FeedDef): Entry[] {
  return def.entries(portal).filter((e) => e.date).sort(newestFirst).slice(0, FEED_SIZE);
}

function feedOf(portal: Portal, def: FeedDef, format: "xml" | "json"): Feed {
  const entries = feedEntries(portal, def);
  const items = entries.map((e) => item(portal, e));
  return {
    title: `${def.title} — ${portal.site.entity}`,
    subtitle: def.description,
    selfUrl: absoluteUrl(portal, `/feeds/${def.slug}.${format}`),
    homeUrl: absoluteUrl(portal, def.home),
    language: "es-CO",
    author: portal.site.entity,
    updated: items.reduce((max, i) => (i.updated > max ? i.updated : max), items[0]?.updated ?? isoInstant(portal.buildTime)),
    icon: absoluteUrl(portal, "/favicon.svg"),
    items,
  };
}

/** One Atom entry per closed month: what a supervisor subscribed to the plan's measure reads. */
export function frequencyAtom(portal: Portal, report: FrequencyReport): string {
  const closed = report.months.filter((m) => m.closed).reverse();
  const pageUrl = absoluteUrl(portal, FREQUENCY_PAGE);
  const items: FeedItem[] = closed.map((m) => {
    const [y, mo] = m.month.split("-").map(Number);
    // An entry appears when its month closes: the first instant of the next month in Bogota.
    const closedAt = isoInstant(portal.buildTime.set({ year: y!, month: mo!, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }).plus({ months: 1 }));
    const n = m.count;
    const verdict = m.met ? "meta cumplida" : `meta no cumplida (la meta es ${report.target.count})`;
    return {
      url: `${pageUrl}#mes-${m.month}`,
      title: `${formatMonthKey(m.month, true)}: ${n} ${n === 1 ? "publicación" : "publicaciones"}, ${verdict}`,
      summary: `${formatMonthKey(m.month, true)}: ${m.byCollection.noticias} noticias, ${m.byCollection.normativa} actos de normativa y ${m.byCollection.planes} planes. Meta del plan: «${report.source.targetWording}».`,
      published: closedAt,
      updated: closedAt,
      categories: [m.met ? "Meta cumplida" : "Meta no cumplida"],
    };
  });
  return atom({
    title: `Frecuencia de actualización del sitio web — ${portal.site.entity}`,
    subtitle: `${report.source.wording}. Meta: ${report.source.targetWording} (${report.source.plan}).`,
    selfUrl: absoluteUrl(portal, "/feeds/frecuencia-publicacion.xml"),
    homeUrl: pageUrl,
    language: "es-CO",
    author: portal.site.entity,
    updated: items[0]?.updated ?? isoInstant(portal.buildTime),
    icon: absoluteUrl(portal, "/favicon.svg"),
    items,
  });
}

export function feedRoutes(portal: Portal, stylesheet: string): Route[] {
  const routes: Route[] = [];
  for (const def of FEED_DEFS) {
    const reads = [feedEntries(portal, def)];
    routes.push({ url: `/feeds/${def.slug}.xml`, source: `feed ${def.slug}`, reads, render: () => atom(feedOf(portal, def, "xml")) });
    routes.push({ url: `/feeds/${def.slug}.json`, source: `feed ${def.slug}`, reads, render: () => jsonFeed(feedOf(portal, def, "json")) });
  }
  const report = publicationFrequency(portal);
  if (report) {
    // The moment of generation changes on every build; what the report says does not.
    const reads = [report.months, report.target, report.source, report.lastUpdate];
    routes.push({ url: "/feeds/frecuencia-publicacion.json", source: "frecuencia de publicación", reads, render: () => safeJson(report) });
    routes.push({ url: "/feeds/frecuencia-publicacion.xml", source: "frecuencia de publicación", reads, render: () => frequencyAtom(portal, report) });
    routes.push({
      url: FREQUENCY_PAGE,
      source: "frecuencia de publicación",
      reads,
      sitemap: { title: "Frecuencia de actualización del sitio web", section: "Planes" },
      render: () => renderDocument(createElement(FrequencyPage, { ctx: { portal, url: FREQUENCY_PAGE, stylesheet }, report })),
    });
  }
  routes.push({
    url: "/feeds/",
    source: "página de suscripciones",
    reads: [Boolean(report)],
    sitemap: { title: "Suscripciones (feeds)", section: "Portal" },
    render: () => renderDocument(createElement(FeedsPage, { ctx: { portal, url: "/feeds/", stylesheet }, feeds: FEED_DEFS, hasFrequency: Boolean(report) })),
  });
  return routes;
}
