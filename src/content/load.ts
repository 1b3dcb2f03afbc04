/**
 * Reads content/: walks the folders, keeps parsed files while they are unchanged (the dev server reloads
 * on every edit), and assembles the portal's model. Parsing is src/content/parse.ts and the checks that
 * reach across entries src/content/checks.ts; nothing is written and nothing from content runs.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { z } from "zod";
import { now as bogotaNow } from "../dates/index.ts";
import { COLLECTION_NAMES, defineCollections, type CollectionDef, type CollectionName } from "../schema/collections.ts";
import { specsOf, type FieldSpec } from "../schema/fields.ts";
import { siteFields, siteSchema, type SiteData } from "../schema/site.ts";
import { transparencyFields, transparencySchema } from "../schema/transparency.ts";
import { checkEntry, checkSite, checkSiteMedia, type ContentLookup } from "./checks.ts";
import { isPublished, newestFirst } from "./entry.ts";
import { ContentValidationError, type ContentIssue } from "./errors.ts";
import { decodeContent, FrontMatterError } from "./frontmatter.ts";
import { frontMatterIssue } from "./issues.ts";
import { entryId, parseDataText, parseEntryText } from "./parse.ts";
import type { EntriesByCollection, Entry, Portal } from "./types.ts";

/** Parsed files by path, reused while a file's size and time are unchanged (the dev server reloads often). */
export type LoadCache = Map<string, { stamp: string; entry?: Entry; issues: ContentIssue[] }>;

const SITE_KEY = "\0sitio";

export interface LoadOptions {
  contentDir: string;
  cache?: LoadCache;
  /**
   * Files known to have changed since the cache was filled (the dev server's watcher says which).
   * When given, other cached files are reused without asking the disk.
   */
  changed?: ReadonlySet<string>;
  /** The moment of the build; entries dated after it are scheduled, not published. */
  now?: DateTime;
  /** Paths in messages are shown relative to this folder. */
  root?: string;
}

type Options = Required<Omit<LoadOptions, "cache" | "changed">> & Pick<LoadOptions, "cache" | "changed">;

/** A YAML data file of content/ read and checked against its schema; its problems go to `issues`. */
export function readDataFile<T>(file: string, rel: string, schema: z.ZodType<T>, fields: Record<string, FieldSpec>, issues: ContentIssue[]): T | undefined {
  if (!existsSync(file)) {
    issues.push({ file: rel, message: "no existe y es obligatorio" });
    return undefined;
  }
  let text: string;
  try {
    text = decodeContent(readFileSync(file));
  } catch (e) {
    if (!(e instanceof FrontMatterError)) throw e;
    issues.push(frontMatterIssue(e, rel, fields));
    return undefined;
  }
  const parsed = parseDataText(text, rel, schema, fields);
  issues.push(...parsed.issues);
  return parsed.value;
}

function listFolder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort();
}

function readEntryFile<C extends CollectionName>(def: CollectionDef, collection: C, name: string, full: string, rel: string, isDirectory: boolean, taken: ReadonlySet<string>): { entry?: Entry<C>; issues: ContentIssue[] } {
  const id = entryId(def, name, rel, isDirectory, taken);
  if (id.value === undefined) return { issues: id.issues };
  let text: string;
  try {
    text = decodeContent(readFileSync(full));
  } catch (e) {
    if (!(e instanceof FrontMatterError)) throw e;
    return { issues: [{ file: rel, line: e.line, message: e.message }] };
  }
  const parsed = parseEntryText(def, collection, id.value, text, rel);
  if (parsed.value) parsed.value.hash = createHash("sha1").update(text).digest("hex");
  return { entry: parsed.value, issues: parsed.issues };
}

function loadCollection<C extends CollectionName>(def: CollectionDef, collection: C, opts: Options, issues: ContentIssue[]): Entry<C>[] {
  const dir = path.join(opts.contentDir, def.folder);
  const entries: Entry<C>[] = [];
  const names = listFolder(dir);
  const taken = new Set(names);
  for (const name of names) {
    // Plain concatenation: path.join and path.relative on every file were a tenth of an edit's rebuild.
    const full = `${dir}${path.sep}${name}`;
    const cached = opts.cache?.get(full);
    if (cached && opts.changed && !opts.changed.has(full)) {
      issues.push(...cached.issues);
      if (cached.entry) entries.push(cached.entry as Entry<C>);
      continue;
    }
    const stat = statSync(full);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    if (cached && cached.stamp === stamp) {
      issues.push(...cached.issues);
      if (cached.entry) entries.push(cached.entry as Entry<C>);
      continue;
    }
    const read = readEntryFile<C>(def, collection, name, full, path.relative(opts.root, full), stat.isDirectory(), taken);
    issues.push(...read.issues);
    if (read.entry) entries.push(read.entry);
    opts.cache?.set(full, { stamp, entry: read.entry, issues: read.issues });
  }
  return entries;
}

// The schemas depend only on the identity; the dev server loads on every edit and rebuilt them each time.
let schemasMemo: { stamp: string; collections: ReturnType<typeof defineCollections> } | undefined;
function collectionsFor(site: SiteData, stamp: string) {
  if (schemasMemo?.stamp !== stamp) schemasMemo = { stamp, collections: defineCollections(site) };
  return schemasMemo.collections;
}

export function loadPortal(options: LoadOptions): Portal {
  const opts: Options = { contentDir: options.contentDir, root: options.root ?? process.cwd(), now: options.now ?? bogotaNow(), cache: options.cache, changed: options.changed };
  const issues: ContentIssue[] = [];
  const rel = (p: string) => path.relative(opts.root, path.join(opts.contentDir, p));
  const site = readDataFile(path.join(opts.contentDir, "sitio.yaml"), rel("sitio.yaml"), siteSchema, specsOf(siteFields), issues);
  const transparency = readDataFile(path.join(opts.contentDir, "transparencia.yaml"), rel("transparencia.yaml"), transparencySchema, specsOf(transparencyFields), issues);
  if (!site || !transparency) throw new ContentValidationError(issues);

  // Entries were validated against the previous identity (its offices, its issuers): start afresh.
  const siteStamp = JSON.stringify(site);
  const collections = collectionsFor(site, siteStamp);
  if (opts.cache && opts.cache.get(SITE_KEY)?.stamp !== siteStamp) {
    opts.cache.clear();
    opts.cache.set(SITE_KEY, { stamp: siteStamp, issues: [] });
  }
  const all = Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const list = loadCollection(collections[name] as CollectionDef, name, opts, issues);
      return [name, new Map(list.map((e) => [e.id, e]))];
    }),
  ) as Portal["all"];

  const partial = { site, transparency, collections, all, buildTime: opts.now, contentDir: opts.contentDir };
  const lookup: ContentLookup = {
    hasEntry: (collection, id) => all[collection].has(id),
    hasMedia: (publicPath) => existsSync(path.join(opts.contentDir, publicPath)),
  };
  for (const name of COLLECTION_NAMES) for (const entry of all[name].values() as Iterable<Entry>) issues.push(...checkEntry(entry, collections, lookup));
  issues.push(...checkSiteMedia(site, rel("sitio.yaml"), lookup));
  issues.push(
    ...checkSite(partial, {
      transparency: rel("transparencia.yaml"),
      page: (id) => path.join(path.relative(process.cwd(), opts.contentDir) || ".", "paginas", `${id}.md`),
    }),
  );
  if (issues.length) throw new ContentValidationError(issues);

  const entries = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, [...all[name].values()].filter((e) => isPublished(e, opts.now, collections[name].scheduled)).sort(newestFirst)]),
  ) as EntriesByCollection;
  return { ...partial, entries };
}
