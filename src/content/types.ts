/**
 * The content model every later layer receives: entries and the portal they make up. Types only, so the
 * page components, the CMS previews and the browser's bundles can import them without the file system.
 */
import type { DateTime } from "luxon";
import type { ContentDate } from "../dates/index.ts";
import type { LinkReference, MediaReference } from "../markdown/index.ts";
import type { CollectionName, Collections, DataOf } from "../schema/collections.ts";
import type { SiteData } from "../schema/site.ts";
import type { TransparencyData } from "../schema/transparency.ts";

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  /** File name without .md: the entry's identifier and the last part of its URL. */
  id: string;
  /** Path relative to the project, as editors see it in error messages. */
  file: string;
  url: string;
  title: string;
  summary: string;
  date: ContentDate | undefined;
  updated: ContentDate | undefined;
  body: string;
  data: DataOf<C>;
  /** Hash of the file's text: what changed, for the dev server. */
  hash: string;
  /** Site-local /media/ files the body links to or shows, checked to exist with the other references. */
  bodyMedia?: MediaReference[];
  /** Its other links, checked against the pages the site makes once they are planned. */
  bodyLinks?: LinkReference[];
}

export type NewsEntry = Entry<"noticias">;
export type ActEntry = Entry<"normativa">;
export type PlanEntry = Entry<"planes">;
export type PageEntry = Entry<"paginas">;
export type EventEntry = Entry<"eventos">;
export type AgreementEntry = Entry<"convenios">;
export type DraftEntry = Entry<"proyectos">;

export type EntriesByCollection = { [C in CollectionName]: Entry<C>[] };

export interface Portal {
  site: SiteData;
  transparency: TransparencyData;
  collections: Collections;
  /** Published entries (not hidden, not dated in the future), newest first. */
  entries: EntriesByCollection;
  /** Every valid entry, published or not, by collection and id. */
  all: { [C in CollectionName]: Map<string, Entry<C>> };
  buildTime: DateTime;
  contentDir: string;
}
