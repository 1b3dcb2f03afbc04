/** What an entry's pages call it, and where they live: shared by the build and the CMS previews. */
import { yearOf, type ContentDate } from "../dates/index.ts";
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

