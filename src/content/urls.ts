/** Where things live on the site: an entry's own page, and any address on the public site. */
import type { CollectionName } from "../schema/collections.ts";

export function entryUrl(collection: CollectionName, id: string): string {
  return collection === "paginas" ? `/${id}/` : `/${collection}/${id}/`;
}

/** Absolute URL on the public site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: { url: string }, url: string): string {
  return new URL(url, `${site.url}/`).toString();
}
