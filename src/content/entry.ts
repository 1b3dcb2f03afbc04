/** What an entry's pages call it, and where they live: shared by the build and the CMS previews. */
import type { DateTime } from "luxon";
import { yearOf, type ContentDate } from "../dates/index.ts";
import type { Entry } from "./load.ts";
import { ACT_TYPES, type CollectionName, type DataOf } from "../schema/collections.ts";

export function entryUrl(collection: CollectionName, id: string): string {
  return collection === "paginas" ? `/${id}/` : `/${collection}/${id}/`;
}

export function actTitle(data: DataOf<"normativa">): string {
  const type = ACT_TYPES.find((t) => t.value === data.type)!;
  return `${type.label} ${data.number} de ${yearOf(data.date)}`;
}

export function describe<C extends CollectionName>(collection: C, data: DataOf<C>): { title: string; summary: string; date: ContentDate | undefined; updated: ContentDate | undefined } {
  switch (collection) {
    case "normativa": {
      const d = data as DataOf<"normativa">;
      return { title: actTitle(d), summary: d.subject, date: d.date, updated: d.updated };
    }
    case "planes": {
      const d = data as DataOf<"planes">;
      return { title: d.title, summary: d.summary, date: d.approved, updated: d.updated };
    }
    case "noticias": {
      const d = data as DataOf<"noticias">;
      return { title: d.title, summary: d.summary, date: d.date, updated: d.updated };
    }
    case "eventos": {
      const d = data as DataOf<"eventos">;
      return { title: d.title, summary: d.summary, date: d.date, updated: d.updated };
    }
    case "convenios": {
      const d = data as DataOf<"convenios">;
      return { title: d.title, summary: d.purpose, date: d.date, updated: d.updated };
    }
    default: {
      const d = data as DataOf<"paginas">;
      return { title: d.title, summary: d.summary, date: undefined, updated: d.updated };
    }
  }
}

/** Whether the site shows an entry at `at`: never a hidden one, and a dated one only once its date has come. Shared with the CMS previews. */
export function isPublished(entry: Entry, at: DateTime, scheduled = true): boolean {
  const data = entry.data as { hidden?: boolean };
  if (data.hidden) return false;
  return !scheduled || !entry.date || entry.date.dt <= at;
}
