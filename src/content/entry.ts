/** What an entry's pages call it, and whether it is published: shared by the build and the CMS previews. */
import type { DateTime } from "luxon";
import type { ContentDate } from "../dates/index.ts";
import type { CollectionName, DataOf } from "../schema/collections.ts";
import { actTitle } from "./acts.ts";
import type { Entry } from "./types.ts";

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

/** Whether the site shows an entry at `at`: never a draft, and a dated one only once its date has come. */
export function isPublished(entry: Pick<Entry, "data" | "date">, at: DateTime, scheduled = true): boolean {
  const data = entry.data as { draft?: boolean };
  if (data.draft) return false;
  return !scheduled || !entry.date || entry.date.dt <= at;
}

/** Newest first, then by id: the order of every listing and feed. */
export function newestFirst(a: Entry, b: Entry): number {
  const ta = a.date?.dt.toMillis() ?? 0;
  const tb = b.date?.dt.toMillis() ?? 0;
  return tb - ta || a.id.localeCompare(b.id);
}
