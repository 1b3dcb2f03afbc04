/** Where things live on the site: an entry's own page, and any address on the public site. */
import type { CollectionName } from "../schema/collections.ts";

export function entryUrl(collection: CollectionName, id: string): string {
  if (collection === "paginas") return `/${id}/`;
  // Surveys are part of «Participa» (Resolución 1519 de 2020: consulta ciudadana).
  if (collection === "encuestas") return `/participa/encuestas/${id}/`;
  return `/${collection}/${id}/`;
}

/** Where a collection's entries are listed (pages have no listing: the site map lists them). */
export function listingUrl(collection: Exclude<CollectionName, "paginas">): string {
  return collection === "encuestas" ? "/participa/encuestas/" : `/${collection}/`;
}

/** Absolute URL on the public site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: { url: string }, url: string): string {
  return new URL(url, `${site.url}/`).toString();
}
