/**
 * Reads content/, validates every entry against its schema, checks references between entries, and
 * returns the portal's model. Nothing is written and nothing from content runs.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { z } from "zod";
import { now as bogotaNow, type ContentDate } from "../dates/index.ts";
import { checkMarkdown, markdownToText, slugify, type MediaReference } from "../markdown/index.ts";
import {
  COLLECTION_NAMES,
  defineCollections,
  entrySchema,
  fieldSpecs,
  REQUIRED_PAGES,
  type CollectionDef,
  type CollectionName,
  type Collections,
  type DataOf,
} from "../schema/collections.ts";
import { spanishMessage, specsOf, type FieldSpec } from "../schema/fields.ts";
import { checkRule, type IndicatorDef } from "../indicators/engine.ts";
import { siteFields, siteSchema, type SiteData } from "../schema/site.ts";
import { TRANSPARENCY_CATEGORIES, transparencyFields, transparencySchema, type TransparencyData } from "../schema/transparency.ts";
import { ContentValidationError, type ContentIssue } from "./errors.ts";
import { describe, entryUrl, isPublished } from "./entry.ts";

export { isPublished };
import { decodeContent, FrontMatterError, parseFrontMatter, parseYamlData } from "./frontmatter.ts";
import { allowedFields, closestField, renamedField, fieldLabel, specAt } from "./labels.ts";

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
}

export type NewsEntry = Entry<"noticias">;
export type ActEntry = Entry<"normativa">;
export type PlanEntry = Entry<"planes">;
export type PageEntry = Entry<"paginas">;
export type EventEntry = Entry<"eventos">;
export type AgreementEntry = Entry<"convenios">;

export type EntriesByCollection = { [C in CollectionName]: Entry<C>[] };

export interface Portal {
  site: SiteData;
  transparency: TransparencyData;
  collections: Collections;
  /** Published entries (not drafts, not dated in the future), newest first. */
  entries: EntriesByCollection;
  /** Every valid entry, published or not, by collection and id. */
  all: { [C in CollectionName]: Map<string, Entry<C>> };
  buildTime: DateTime;
  contentDir: string;
}

/** Parsed files by path, reused while a file's size and time are unchanged (the dev server reloads often). */
export type LoadCache = Map<string, { stamp: string; entry?: Entry; issues: ContentIssue[] }>;

const SITE_KEY = "\0sitio";
const transparencySpecs = specsOf(transparencyFields);

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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Netlify header rules match by prefix ("/admin/*" covers "/administracion/"): pages stay clear of them. */
const RESERVED_PAGE_PREFIX = /^(?:admin|assets|feeds|media|pagefind)/;

/** An issue about one field, named as the CMS form names it. */
function fieldIssue(file: string, fields: Record<string, FieldSpec>, field: string, message: string, line?: number): ContentIssue {
  return { file, field, label: fieldLabel(fields, field), message, ...(line !== undefined ? { line } : {}) };
}

/** The keys an unknown-field issue names: zod's own issue at the top, our re-worded one inside a group. */
function unknownKeys(issue: z.core.$ZodIssue): string[] | undefined {
  if (issue.code === "unrecognized_keys") return issue.keys;
  if (issue.code === "custom" && /^tiene (?:un campo|campos) que no se admite/.test(issue.message)) {
    return [...issue.message.matchAll(/«([^»]+)»/g)].map((m) => m[1]!);
  }
  return undefined;
}

function issuesFrom(error: z.ZodError, file: string, fields: Record<string, FieldSpec>, line?: number): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || undefined;
    const label = field ? fieldLabel(fields, field) : undefined;
    const keys = unknownKeys(issue);
    if (keys) {
      const group = field ? specAt(fields, field)?.fields : fields;
      const allowed = group ? allowedFields(group) : undefined;
      const renamed = group ? keys.map((k) => [k, renamedField(group, k)] as const).filter(([, g]) => g) : [];
      if (renamed.length === keys.length) {
        const [k, g] = renamed[0]!;
        const spec = group![g!]!;
        return {
          file,
          line,
          field,
          label,
          message: `tiene el campo «${k}», que ahora se llama «${g}» (${spec.label}): cambie «${k}:» por «${g}:» y deje el mismo valor. ${spec.hint ?? ""}`.trim(),
        };
      }
      const guesses = group ? keys.map((k) => [k, renamedField(group, k) ?? closestField(group, k)] as const).filter(([, g]) => g) : [];
      const guess = guesses.map(([k, g]) => `¿Quiso escribir «${g}» (${group![g!]!.label}) en lugar de «${k}»? `).join("");
      return {
        file,
        line,
        field,
        label,
        message:
          `${spanishMessage(issue)}. ${guess}Borre ${keys.length > 1 ? "esos campos" : "ese campo"} o corrija su nombre` +
          (allowed ? `; los campos admitidos aquí son: ${allowed}` : ""),
      };
    }
    return { file, line, field, label, message: issue.message };
  });
}

function readYamlData<T>(file: string, rel: string, schema: z.ZodType<T>, fields: Record<string, FieldSpec>, issues: ContentIssue[]): T | undefined {
  if (!existsSync(file)) {
    issues.push({ file: rel, message: "no existe y es obligatorio" });
    return undefined;
  }
  try {
    // The front-matter reader's YAML rules (no code, dates as text), with lines counted from the file's first.
    const data = parseYamlData(decodeContent(readFileSync(file)));
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      issues.push({ file: rel, message: "el archivo debe ser una lista de campos «clave: valor»" });
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      issues.push(...issuesFrom(result.error, rel, fields));
      return undefined;
    }
    return result.data;
  } catch (e) {
    if (e instanceof FrontMatterError) {
      issues.push(frontMatterIssue(e, rel, fields));
      return undefined;
    }
    throw e;
  }
}

function frontMatterIssue(e: FrontMatterError, file: string, fields: Record<string, FieldSpec>): ContentIssue {
  return { file, line: e.line, message: e.message, ...(e.key ? { field: e.key, label: fieldLabel(fields, e.key) } : {}) };
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort();
}

function loadCollection<C extends CollectionName>(
  def: CollectionDef,
  collection: C,
  opts: Required<Omit<LoadOptions, "cache" | "changed">> & Pick<LoadOptions, "cache" | "changed">,
  issues: ContentIssue[],
): Entry<C>[] {
  const dir = path.join(opts.contentDir, def.folder);
  const schema = entrySchema(def);
  const entries: Entry<C>[] = [];
  const names = listMarkdown(dir);
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
    const before = issues.length;
    const entry = parseEntry<C>(def, collection, schema, name, full, path.relative(opts.root, full), stat.isDirectory(), issues, taken);
    if (entry) entries.push(entry);
    opts.cache?.set(full, { stamp, entry, issues: issues.slice(before) });
  }
  return entries;
}

function parseEntry<C extends CollectionName>(
  def: CollectionDef,
  collection: C,
  schema: z.ZodType<Record<string, unknown>>,
  name: string,
  full: string,
  rel: string,
  isDirectory: boolean,
  issues: ContentIssue[],
  taken: ReadonlySet<string> = new Set(),
): Entry<C> | undefined {
  if (isDirectory) {
    issues.push({ file: rel, message: `no se admiten subcarpetas en «${def.folder}»: mueva los archivos a la carpeta principal` });
    return undefined;
  }
  if (!name.endsWith(".md")) {
    issues.push({ file: rel, message: "no es un archivo Markdown (.md); los documentos y las imágenes van en content/media/" });
    return undefined;
  }
  const id = name.slice(0, -3);
  if (collection === "paginas" && RESERVED_PAGE_PREFIX.test(id)) {
    issues.push({ file: rel, message: `el nombre «${id}» empieza por una dirección reservada del sitio (admin, assets, feeds, media, pagefind): elija otro nombre de archivo` });
    return undefined;
  }
  if (!SLUG.test(id)) {
    issues.push({ file: rel, message: badNameMessage(id, taken) });
    return undefined;
  }
  let parsed;
  let text: string;
  try {
    text = decodeContent(readFileSync(full));
    parsed = parseFrontMatter(text);
  } catch (e) {
    if (e instanceof FrontMatterError) {
      issues.push(frontMatterIssue(e, rel, fieldSpecs(def)));
      return undefined;
    }
    throw e;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    issues.push(...issuesFrom(result.error, rel, fieldSpecs(def)));
    return undefined;
  }
  if (def.body.required && parsed.body.trim() === "") {
    issues.push({ file: rel, message: `falta el ${def.body.label.toLowerCase()}: escríbalo debajo de la segunda línea «---»` });
    return undefined;
  }
  const media: MediaReference[] = [];
  for (const p of checkMarkdown(parsed.body, media)) {
    issues.push({ file: rel, line: p.line !== undefined ? p.line + parsed.bodyLine - 1 : undefined, field: "body", label: def.body.label, message: p.message });
  }
  for (const m of media) if (m.line !== undefined) m.line += parsed.bodyLine - 1;
  const data = result.data as DataOf<C>;
  const hash = createHash("sha1").update(text).digest("hex");
  return {
    collection,
    id,
    file: rel,
    url: entryUrl(collection, id),
    body: parsed.body,
    data,
    hash,
    ...describe(collection, data),
    ...(media.length ? { bodyMedia: media } : {}),
  };
}

// The schemas depend only on the identity; the dev server loads on every edit and rebuilt them each time.
let schemasMemo: { stamp: string; collections: ReturnType<typeof defineCollections> } | undefined;
function collectionsFor(site: SiteData, stamp: string) {
  if (schemasMemo?.stamp !== stamp) schemasMemo = { stamp, collections: defineCollections(site) };
  return schemasMemo.collections;
}

/** What a file name should be: the editor's words without accents, spaces or capitals. */
export const suggestSlug = slugify;

/**
 * A file name that is not a slug. When its slug is already another file's name (a copy saved with
 * capitals or spaces), the suggestion must not be that name: renaming onto it would replace the other entry.
 */
function badNameMessage(id: string, taken: ReadonlySet<string>): string {
  const rule = "el nombre del archivo debe ir en minúsculas, sin tildes ni espacios, con guiones entre palabras";
  const slug = suggestSlug(id) || "entrada";
  if (!taken.has(`${slug}.md`)) return `${rule} (por ejemplo «${slug}.md»)`;
  let n = 2;
  while (taken.has(`${slug}-${n}.md`)) n++;
  return `${rule}. Ya existe «${slug}.md»: si este archivo es una copia de esa entrada, bórrelo; si es otra, nómbrelo por ejemplo «${slug}-${n}.md»`;
}

function mediaExists(contentDir: string, publicPath: string): boolean {
  return existsSync(path.join(contentDir, publicPath));
}

/** The /media/ file a site-local link names, or undefined when it leaves /media/ («/media/../sitio.yaml»). */
function mediaFile(publicPath: string): string | undefined {
  const normal = path.posix.normalize(publicPath);
  return normal.startsWith("/media/") ? normal : undefined;
}

/** Checks that reach across fields and entries. */
function checkReferences(portal: Omit<Portal, "entries">, transparencyFile: string, issues: ContentIssue[]): void {
  const specs = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, fieldSpecs(portal.collections[c] as CollectionDef)])) as Record<CollectionName, Record<string, FieldSpec>>;
  const at = (entry: Entry, field: string, message: string) => issues.push(fieldIssue(entry.file, specs[entry.collection], field, message));
  const missing = (p: string) => `nombra «${p}», que no está en content${p}: súbalo a la carpeta de medios o corrija la ruta`;
  const acts = portal.all.normativa;
  for (const act of acts.values()) {
    const d = act.data;
    for (const ref of [...(d.modified_by ?? []), ...(d.repealed_by ? [d.repealed_by] : [])]) {
      const field = d.repealed_by === ref ? "repealed_by" : "modified_by";
      if (ref === act.id) at(act, field, "no puede referirse al mismo acto");
      else if (!acts.has(ref)) at(act, field, `nombra el acto «${ref}», que no existe en content/normativa/`);
    }
    if (d.status === "modificado" && !(d.modified_by ?? []).length) {
      at(act, "modified_by", "es obligatorio cuando el estado es «modificado»: indique el acto que lo modifica");
    }
    if (d.status === "derogado" && !d.repealed_by) {
      at(act, "repealed_by", "es obligatorio cuando el estado es «derogado»: indique el acto que lo deroga");
    }
    if (d.valid_until && act.date && d.valid_until.dt < act.date.dt.startOf("day")) {
      at(act, "valid_until", `es anterior a la «${specs.normativa.date!.label}» (date) del acto: corrija una de las dos fechas`);
    }
    if (d.status === "vigente" && d.repealed_by) {
      at(act, "status", `dice «vigente», pero el acto tiene «${specs.normativa.repealed_by!.label}» (repealed_by): cambie el estado a «derogado»`);
    }
    if (d.attachment && !mediaExists(portal.contentDir, d.attachment)) at(act, "attachment", missing(d.attachment));
  }
  for (const news of portal.all.noticias.values()) {
    const img = news.data.image;
    if (img && !mediaExists(portal.contentDir, img.src)) at(news, "image.src", missing(img.src));
  }
  for (const agreement of portal.all.convenios.values()) {
    const doc = agreement.data.document;
    if (doc && !mediaExists(portal.contentDir, doc)) at(agreement, "document", missing(doc));
  }
  const logo = portal.site.logo;
  if (logo && !mediaExists(portal.contentDir, logo)) issues.push(fieldIssue(path.join(path.dirname(transparencyFile), "sitio.yaml"), specsOf(siteFields), "logo", missing(logo)));
  // Links and images in the text: a dead /media/ link would be published silently otherwise.
  for (const name of COLLECTION_NAMES) {
    const body = portal.collections[name].body.label;
    for (const entry of portal.all[name].values() as Iterable<Entry>) {
      for (const ref of entry.bodyMedia ?? []) {
        const file = mediaFile(ref.path);
        if (file && mediaExists(portal.contentDir, file)) continue;
        issues.push({
          file: entry.file,
          line: ref.line,
          field: "body",
          label: body,
          message:
            `${ref.image ? "muestra la imagen" : "enlaza el archivo"} «${ref.path}», que no está en content${file ?? ref.path}: ` +
            "súbalo a la carpeta de medios o corrija el enlace",
        });
      }
    }
  }
  for (const plan of portal.all.planes.values()) {
    for (const [i, ind] of (plan.data.indicators ?? []).entries()) {
      for (const message of checkRule(ind as IndicatorDef, specs)) {
        issues.push(fieldIssue(plan.file, specs.planes, `indicators.${i}.rule`, `del indicador «${ind.id}»: ${message}`));
      }
    }
    const ids = new Set<string>();
    for (const [i, ind] of (plan.data.indicators ?? []).entries()) {
      if (ids.has(ind.id)) issues.push(fieldIssue(plan.file, specs.planes, `indicators.${i}.id`, `repite el identificador «${ind.id}»`));
      ids.add(ind.id);
    }
    for (const [i, action] of (plan.data.actions ?? []).entries()) {
      for (const ref of action.indicators ?? []) {
        if (!ids.has(ref)) {
          issues.push(fieldIssue(plan.file, specs.planes, `actions.${i}.indicators`, `nombra el indicador «${ref}», que no está en «${specs.planes.indicators!.label}» (indicators)`));
        }
      }
    }
  }
  for (const page of REQUIRED_PAGES) {
    if (!portal.all.paginas.has(page.id)) {
      issues.push({ file: path.join(path.relative(process.cwd(), portal.contentDir) || ".", "paginas", `${page.id}.md`), message: `falta esta página obligatoria: ${page.why}` });
    }
  }
  checkTwins(portal, specs, issues);
  const numbers = portal.transparency.categories.map((c) => c.number);
  TRANSPARENCY_CATEGORIES.forEach((title, i) => {
    if (!numbers.includes(i + 1)) {
      issues.push(fieldIssue(transparencyFile, transparencySpecs, "categories", `falta la categoría ${i + 1}, «${title}», que la ley exige aunque no aplique`));
    }
  });
  for (const [ci, cat] of portal.transparency.categories.entries()) {
    for (const [ii, item] of cat.items.entries()) {
      if (Boolean(item.link) === Boolean(item.not_applicable)) {
        issues.push(
          fieldIssue(
            transparencyFile,
            transparencySpecs,
            `categories.${ci}.items.${ii}`,
            `«${item.title}» debe tener «${specAt(transparencySpecs, "categories.0.items.0.link")!.label}» (link) o ` +
              `«${specAt(transparencySpecs, "categories.0.items.0.not_applicable")!.label}» (not_applicable), y solo uno de los dos`,
          ),
        );
      }
    }
  }
}

/**
 * Two entries with the same title on the same day are almost always one published twice: the CMS saves
 * the second as «…-1.md» without a word, and both would go live. An act's title is its type, number
 * and year, so two acts with one title are one act twice whatever their dates.
 */
function checkTwins(portal: Omit<Portal, "entries">, specs: Record<CollectionName, Record<string, FieldSpec>>, issues: ContentIssue[]): void {
  for (const name of COLLECTION_NAMES) {
    const seen = new Map<string, Entry>();
    // The shorter name is the original: «jornada.md» before «jornada-1.md».
    const entries = [...portal.all[name].values()].sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id));
    for (const entry of entries) {
      const day = name === "normativa" ? "" : entry.date?.dt.toISODate() ?? "";
      const key = `${entry.title.trim().toLocaleLowerCase("es")}|${day}`;
      const twin = seen.get(key);
      if (!twin) {
        seen.set(key, entry);
        continue;
      }
      const field = name === "normativa" ? "number" : "title";
      const what = name === "normativa" ? `repite el del acto ${twin.file} («${entry.title}»)` : `es igual, con la misma fecha, al de ${twin.file} («${entry.title}»)`;
      issues.push(fieldIssue(entry.file, specs[name], field, `${what}: si este archivo es una copia, bórrelo; si es otra publicación, cambie ${name === "normativa" ? "el número" : "el título"}`));
    }
  }
}

function newestFirst(a: Entry, b: Entry): number {
  const ta = a.date?.dt.toMillis() ?? 0;
  const tb = b.date?.dt.toMillis() ?? 0;
  return tb - ta || a.id.localeCompare(b.id);
}

export function loadPortal(options: LoadOptions): Portal {
  const opts = { contentDir: options.contentDir, root: options.root ?? process.cwd(), now: options.now ?? bogotaNow(), cache: options.cache, changed: options.changed };
  const issues: ContentIssue[] = [];
  const rel = (p: string) => path.relative(opts.root, path.join(opts.contentDir, p));
  const site = readYamlData(path.join(opts.contentDir, "sitio.yaml"), rel("sitio.yaml"), siteSchema, specsOf(siteFields), issues);
  const transparency = readYamlData(
    path.join(opts.contentDir, "transparencia.yaml"),
    rel("transparencia.yaml"),
    transparencySchema,
    transparencySpecs,
    issues,
  );
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
  checkReferences(partial, rel("transparencia.yaml"), issues);
  if (issues.length) throw new ContentValidationError(issues);

  const entries = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, [...all[name].values()].filter((e) => isPublished(e, opts.now, collections[name].scheduled)).sort(newestFirst)]),
  ) as EntriesByCollection;
  return { ...partial, entries };
}

export { markdownToText };
