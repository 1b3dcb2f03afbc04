/** Where things live on the site: an entry's own page, and any address on the public site. */
import type { CollectionName } from "../schema/collections.ts";

/** Where a collection's entries live, when not under `/<collection>/`: pages at the root, drafts under Participa. */
const BASES: Partial<Record<CollectionName, string>> = { paginas: "/", proyectos: "/participa/proyectos/" };

export function collectionBase(collection: CollectionName): string {
  return BASES[collection] ?? `/${collection}/`;
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `${collectionBase(collection)}${id}/`;
}

/** Absolute URL on the public site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: { url: string }, url: string): string {
  return new URL(url, `${site.url}/`).toString();
}
