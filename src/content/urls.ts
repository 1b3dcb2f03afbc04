/** Where things live on the site: an entry's own page, and any address on the public site. */
import type { CollectionName } from "../schema/collections.ts";

/**
 * Where a collection's entries live, when not under `/<collection>/`: pages at the root; drafts for
 * comment and surveys under «Participa» (Resolución 1519 de 2020: consulta ciudadana).
 */
const BASES: Partial<Record<CollectionName, string>> = { paginas: "/", proyectos: "/participa/proyectos/", encuestas: "/participa/encuestas/" };

export function collectionBase(collection: CollectionName): string {
  return BASES[collection] ?? `/${collection}/`;
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `${collectionBase(collection)}${id}/`;
}

/** Where a collection's entries are listed (pages have no listing: the site map lists them). */
export function listingUrl(collection: Exclude<CollectionName, "paginas">): string {
  return collectionBase(collection);
}

/** Absolute URL on the public site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: { url: string }, url: string): string {
  return new URL(url, `${site.url}/`).toString();
}
