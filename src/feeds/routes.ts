/** The feeds at their fixed URLs, the frequency report, and the pages that present them. */
import { DateTime } from "luxon";
import { actTypeLabel } from "../content/acts.ts";
import { newestFirst } from "../content/entry.ts";
import type { Entry, Portal } from "../content/types.ts";
import { absoluteUrl } from "../content/urls.ts";
import { formatMonthKey, isoInstant, ZONE } from "../dates/index.ts";
import { renderMarkdown } from "../markdown/index.ts";
import { NEWS_CATEGORIES } from "../schema/collections.ts";
import type { SiteData } from "../schema/site.ts";
import { pageRoute } from "../routes/render.ts";
import type { Route } from "../routes/types.ts";
import { FEEDS, type FeedInfo } from "../../layouts/navigation.ts";
import { FeedsPage } from "../../layouts/pages/FeedsPage.tsx";
import { FrequencyPage } from "../../layouts/pages/FrequencyPage.tsx";
import { safeJson } from "../text/json.ts";
import { atom, jsonFeed, type Feed, type FeedItem } from "./formats.ts";
import { publicationFrequency, type FrequencyReport } from "./frequency.ts";

export const FEED_SIZE = 50;
export const FREQUENCY_PAGE = "/frecuencia-de-actualizacion/";

function categoriesOf(entry: Entry): string[] {
  const d = entry.data as Record<string, unknown>;
  switch (entry.collection) {
    case "noticias":
      return [NEWS_CATEGORIES.find((c) => c.value === d.category)?.label ?? String(d.category)];
    case "normativa":
      return [actTypeLabel(String(d.type))];
    default:
      return ["Plan"];
  }
}

function authorOf(entry: Entry): string | undefined {
  const d = entry.data as Record<string, unknown>;
  return typeof d.office === "string" ? d.office : typeof d.issuer === "string" ? d.issuer : undefined;
}

function item(site: SiteData, entry: Entry): FeedItem {
  const published = isoInstant(entry.date!);
  return {
    url: absoluteUrl(site, entry.url),
    title: entry.collection === "normativa" ? `${entry.title}: ${entry.summary}` : entry.title,
    summary: entry.summary,
    published,
    updated: entry.updated && entry.updated.dt > entry.date!.dt ? isoInstant(entry.updated) : published,
    contentHtml: renderMarkdown(entry.body),
    categories: categoriesOf(entry),
    author: authorOf(entry),
  };
}

/** Which published entries each feed follows. */
const FEED_ENTRIES: Record<string, (p: Portal) => Entry[]> = {
  novedades: (p) => [...p.entries.noticias, ...p.entries.normativa, ...p.entries.planes],
  noticias: (p) => p.entries.noticias,
  normativa: (p) => p.entries.normativa,
};

function feedEntries(portal: Portal, def: FeedInfo): Entry[] {
  return FEED_ENTRIES[def.slug]!(portal).filter((e) => e.date).sort(newestFirst).slice(0, FEED_SIZE);
}

interface FeedProps {
  def: FeedInfo;
  entries: Entry[];
  /** When the feed has no entries yet, its «updated» is the build's moment. */
  builtAt: string | undefined;
}

function feedOf(site: SiteData, { def, entries, builtAt }: FeedProps, format: "xml" | "json"): Feed {
  const items = entries.map((e) => item(site, e));
  return {
    title: `${def.title} — ${site.entity}`,
    subtitle: def.description,
    selfUrl: absoluteUrl(site, `/feeds/${def.slug}.${format}`),
    homeUrl: absoluteUrl(site, def.home),
    language: "es-CO",
    author: site.entity,
    updated: items.reduce((max, i) => (i.updated > max ? i.updated : max), items[0]?.updated ?? builtAt!),
    icon: absoluteUrl(site, "/favicon.svg"),
    items,
  };
}

/** One Atom entry per closed month: what a supervisor subscribed to the plan's measure reads. */
/** The report as its feed needs it: the moment of generation only while no month has closed. */
type FrequencyFeedProps = Omit<FrequencyReport, "generatedAt"> & { builtAt?: string };

export function frequencyAtom(site: SiteData, report: FrequencyFeedProps): string {
  const closed = report.months.filter((m) => m.closed).reverse();
  const pageUrl = absoluteUrl(site, FREQUENCY_PAGE);
  const items: FeedItem[] = closed.map((m) => {
    const [y, mo] = m.month.split("-").map(Number);
    // An entry appears when its month closes: the first instant of the next month in Bogota.
    const closedAt = isoInstant(DateTime.fromObject({ year: y!, month: mo!, day: 1 }, { zone: ZONE }).plus({ months: 1 }));
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
    title: `Frecuencia de actualización del sitio web — ${site.entity}`,
    subtitle: `${report.source.wording}. Meta: ${report.source.targetWording} (${report.source.plan}).`,
    selfUrl: absoluteUrl(site, "/feeds/frecuencia-publicacion.xml"),
    homeUrl: pageUrl,
    language: "es-CO",
    author: site.entity,
    updated: items[0]?.updated ?? report.builtAt!,
    icon: absoluteUrl(site, "/favicon.svg"),
    items,
  });
}

export function feedRoutes(portal: Portal): Route[] {
  const routes: Route[] = [];
  for (const def of FEEDS) {
    const entries = feedEntries(portal, def);
    const props: FeedProps = { def, entries, builtAt: entries.length ? undefined : isoInstant(portal.buildTime) };
    routes.push({ url: `/feeds/${def.slug}.xml`, source: `feed ${def.slug}`, props, render: (p: FeedProps, ctx) => atom(feedOf(ctx.site, p, "xml")) });
    routes.push({ url: `/feeds/${def.slug}.json`, source: `feed ${def.slug}`, props, render: (p: FeedProps, ctx) => jsonFeed(feedOf(ctx.site, p, "json")) });
  }
  const report = publicationFrequency(portal);
  if (report) {
    // The data say when they were generated, so they are written again by every build; the feed and the
    // page change only with what the report says.
    const { generatedAt, ...said } = report;
    const feed: FrequencyFeedProps = { ...said, ...(report.months.some((m) => m.closed) ? {} : { builtAt: generatedAt }) };
    routes.push({ url: "/feeds/frecuencia-publicacion.json", source: "frecuencia de publicación", props: report, render: (p: FrequencyReport) => safeJson(p) });
    routes.push({ url: "/feeds/frecuencia-publicacion.xml", source: "frecuencia de publicación", props: feed, render: (p: FrequencyFeedProps, ctx) => frequencyAtom(ctx.site, p) });
    const { target, source, months, currentStreak, last12MonthsMet } = report;
    routes.push(
      pageRoute(FREQUENCY_PAGE, "frecuencia de publicación", FrequencyPage, { report: { target, source, months, currentStreak, last12MonthsMet } }, {
        title: "Frecuencia de actualización del sitio web",
        section: "Planes",
      }),
    );
  }
  routes.push(pageRoute("/feeds/", "página de suscripciones", FeedsPage, { feeds: FEEDS, hasFrequency: Boolean(report) }, { title: "Suscripciones (feeds)", section: "Portal" }));
  return routes;
}
