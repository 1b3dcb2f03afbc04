/**
 * How old is what a link shows: an entry by its date or its last change, a listing by its newest
 * entry, an uploaded document by the entry it belongs to. Pages say it only with «Última actualización».
 */
import type { DateTime } from "luxon";
import { yearOf, type ContentDate } from "../dates/index.ts";
import type { Entry, Portal } from "../content/types.ts";
import { ACT_TYPES, COLLECTION_NAMES, type CollectionName } from "../schema/collections.ts";
import { collectionBase } from "../content/urls.ts";

export interface DatedContent {
  /** What the link shows, as a sentence names it: «el Acuerdo 012 de 2024», «el listado de noticias». */
  what: string;
  /** When it was last renewed; undefined when the site does not know. */
  date?: ContentDate | DateTime;
  /** What the editor can do so that the site knows the date. */
  hint?: string;
  /** A listing with nothing published in it. */
  empty?: boolean;
}

/** The later of an entry's date and its last change. */
export function renewedAt(entry: Entry): ContentDate | undefined {
  const { date, updated } = entry;
  if (date && updated) return updated.dt > date.dt ? updated : date;
  return updated ?? date;
}

function newest(entries: readonly Entry[]): { entry: Entry; at: ContentDate } | undefined {
  let best: { entry: Entry; at: ContentDate } | undefined;
  for (const entry of entries) {
    const at = renewedAt(entry);
    if (at && (!best || at.dt > best.at.dt)) best = { entry, at };
  }
  return best;
}

const LISTING_NAMES: Partial<Record<CollectionName, string>> = {
  noticias: "el listado de noticias",
  normativa: "el listado de normativa",
  planes: "el listado de planes",
  eventos: "el calendario de eventos",
  convenios: "el listado de convenios",
  proyectos: "el listado de proyectos de normas para comentarios",
};

/** The published entries a listing page shows, by its address (any of its numbered pages). */
export function listingEntries(portal: Portal, path: string): { entries: Entry[]; name: string } | undefined {
  const base = path.replace(/pagina\/\d+\/$/, "");
  for (const name of COLLECTION_NAMES) {
    if (name === "paginas") continue;
    if (base === collectionBase(name)) return { entries: portal.entries[name], name: LISTING_NAMES[name]! };
  }
  const type = /^\/normativa\/tipo\/([a-z-]+)\/$/.exec(base);
  if (type) {
    const t = ACT_TYPES.find((x) => x.slug === type[1]);
    if (t) return { entries: portal.entries.normativa.filter((a) => a.data.type === t.value), name: `el listado de ${t.plural.toLowerCase()}` };
  }
  const year = /^\/normativa\/anio\/(\d{4})\/$/.exec(base);
  if (year) return { entries: portal.entries.normativa.filter((a) => String(yearOf(a.data.date)) === year[1]), name: `la normativa de ${year[1]}` };
  return undefined;
}

function entryName(entry: Entry): string {
  return entry.collection === "paginas" ? `la página «${entry.title}»` : `«${entry.title}»`;
}

/** The dated content behind a site path (its #fragment ignored), or undefined when the site cannot say. */
export function datedContent(portal: Portal, link: string): DatedContent | undefined {
  const path = link.split("#")[0]!.split("?")[0]!;
  for (const name of COLLECTION_NAMES) {
    const entry = (portal.entries[name] as Entry[]).find((e) => e.url === path);
    if (!entry) continue;
    const at = renewedAt(entry);
    if (at) return { what: entryName(entry), date: at };
    return {
      what: entryName(entry),
      hint: `Escriba en ${entry.file} su «Última actualización» (updated), la fecha de su último cambio de fondo`,
    };
  }
  const listing = listingEntries(portal, path);
  if (listing) {
    const last = newest(listing.entries);
    return last ? { what: `${listing.name} (lo más reciente: ${entryName(last.entry)})`, date: last.at } : { what: `${listing.name}, que está vacío`, empty: true };
  }
  if (path.startsWith("/media/")) {
    for (const name of ["normativa", "convenios"] as const) {
      for (const e of portal.entries[name] as Entry[]) {
        const d = e.data as { attachment?: string; document?: string };
        if (d.attachment === path || d.document === path) return { what: `el documento de ${entryName(e)}`, date: renewedAt(e) };
      }
    }
    return { what: `el documento «${path}»`, hint: "Enlace mejor la entrada que lo publica (el acto o el convenio), que tiene fecha" };
  }
  return undefined;
}
