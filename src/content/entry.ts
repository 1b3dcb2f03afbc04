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
    case "proyectos": {
      const d = data as DataOf<"proyectos">;
      return { title: d.title, summary: d.summary, date: d.date, updated: d.updated };
    }
    default: {
      const d = data as DataOf<"paginas">;
      return { title: d.title, summary: d.summary, date: undefined, updated: d.updated };
    }
  }
}

/** Why the public site does not show an entry (yet): kept off it, or dated after the build. */
export interface Unpublished {
  hidden: boolean;
  /** When a scheduled entry will appear. */
  scheduledFor?: ContentDate;
}

/** Why `entry` is not on the site at `at`, or undefined when it is. */
export function whyUnpublished(entry: Pick<Entry, "data" | "date">, at: DateTime, scheduled = true): Unpublished | undefined {
  const hidden = Boolean((entry.data as { hidden?: boolean }).hidden);
  const future = scheduled && entry.date && entry.date.dt > at ? entry.date : undefined;
  if (!hidden && !future) return undefined;
  return { hidden, ...(future ? { scheduledFor: future } : {}) };
}

/** Whether the site shows an entry at `at`: never a hidden one, and a dated one only once its date has come. */
export function isPublished(entry: Pick<Entry, "data" | "date">, at: DateTime, scheduled = true): boolean {
  const data = entry.data as { hidden?: boolean };
  if (data.hidden) return false;
  return !scheduled || !entry.date || entry.date.dt <= at;
}

/** Newest first, then by id: the order of every listing and feed. */
export function newestFirst(a: Entry, b: Entry): number {
  const ta = a.date?.dt.toMillis() ?? 0;
  const tb = b.date?.dt.toMillis() ?? 0;
  return tb - ta || a.id.localeCompare(b.id);
}
