/**
 * From a file's text to an entry, or to the problems that stop it, with no file access: the build reads
 * files and hands their text here, and the CMS preview hands the form's values to `validateEntry`, so
 * both report the same problems in the same words.
 */
import type { z } from "zod";
import { checkMarkdown, slugify, type MediaReference } from "../markdown/index.ts";
import { entrySchema, fieldSpecs, type CollectionDef, type CollectionName, type DataOf } from "../schema/collections.ts";
import type { FieldSpec } from "../schema/fields.ts";
import { describe } from "./entry.ts";
import type { ContentIssue } from "./errors.ts";
import { FrontMatterError, parseFrontMatter, parseYamlData } from "./frontmatter.ts";
import { frontMatterIssue, issuesFrom } from "./issues.ts";
import type { Entry } from "./types.ts";
import { entryUrl } from "./urls.ts";

export interface Parsed<T> {
  value?: T;
  issues: ContentIssue[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Netlify header rules match by prefix ("/admin/*" covers "/administracion/"): pages stay clear of them. */
const RESERVED_PAGE_PREFIX = /^(?:admin|assets|feeds|media|pagefind)/;

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

/** The entry id a file name gives, or the problem with the name. `taken`: the folder's other names. */
export function entryId(def: CollectionDef, name: string, rel: string, isDirectory: boolean, taken: ReadonlySet<string> = new Set()): Parsed<string> {
  if (isDirectory) return { issues: [{ file: rel, message: `no se admiten subcarpetas en «${def.folder}»: mueva los archivos a la carpeta principal` }] };
  if (!name.endsWith(".md")) {
    return { issues: [{ file: rel, message: "no es un archivo Markdown (.md); los documentos y las imágenes van en content/media/" }] };
  }
  const id = name.slice(0, -3);
  if (def.name === "paginas" && RESERVED_PAGE_PREFIX.test(id)) {
    return {
      issues: [{ file: rel, message: `el nombre «${id}» empieza por una dirección reservada del sitio (admin, assets, feeds, media, pagefind): elija otro nombre de archivo` }],
    };
  }
  if (!SLUG.test(id)) return { issues: [{ file: rel, message: badNameMessage(id, taken) }] };
  return { value: id, issues: [] };
}

/**
 * An entry from its front matter's values and its body: the schema, the body's presence, its Markdown.
 * `bodyLine` is the file line the body starts on, so that problems in it point at the right line.
 */
export function validateEntry<C extends CollectionName>(
  def: CollectionDef,
  collection: C,
  id: string,
  values: Record<string, unknown>,
  body: string,
  rel: string,
  bodyLine = 1,
): Parsed<Entry<C>> {
  const result = entrySchema(def).safeParse(values);
  if (!result.success) return { issues: issuesFrom(result.error, rel, fieldSpecs(def)) };
  if (def.body.required && body.trim() === "") {
    return { issues: [{ file: rel, message: `falta el ${def.body.label.toLowerCase()}: escríbalo debajo de la segunda línea «---»` }] };
  }
  const issues: ContentIssue[] = [];
  const media: MediaReference[] = [];
  for (const p of checkMarkdown(body, media)) {
    issues.push({ file: rel, line: p.line !== undefined ? p.line + bodyLine - 1 : undefined, field: "body", label: def.body.label, message: p.message });
  }
  if (issues.length) return { issues };
  for (const m of media) if (m.line !== undefined) m.line += bodyLine - 1;
  const data = result.data as DataOf<C>;
  const entry: Entry<C> = {
    collection,
    id,
    file: rel,
    url: entryUrl(collection, id),
    body,
    data,
    hash: "",
    ...describe(collection, data),
    ...(media.length ? { bodyMedia: media } : {}),
  };
  return { value: entry, issues: [] };
}

/** An entry from the whole text of its file. */
export function parseEntryText<C extends CollectionName>(def: CollectionDef, collection: C, id: string, text: string, rel: string): Parsed<Entry<C>> {
  let parsed;
  try {
    parsed = parseFrontMatter(text);
  } catch (e) {
    if (e instanceof FrontMatterError) return { issues: [frontMatterIssue(e, rel, fieldSpecs(def))] };
    throw e;
  }
  return validateEntry(def, collection, id, parsed.data, parsed.body, rel, parsed.bodyLine);
}

/** A YAML data file (sitio.yaml, transparencia.yaml) checked against its schema. */
export function parseDataText<T>(text: string, rel: string, schema: z.ZodType<T>, fields: Record<string, FieldSpec>): Parsed<T> {
  try {
    // The front-matter reader's YAML rules (no code, dates as text), with lines counted from the file's first.
    const data = parseYamlData(text);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return { issues: [{ file: rel, message: "el archivo debe ser una lista de campos «clave: valor»" }] };
    }
    const result = schema.safeParse(data);
    if (!result.success) return { issues: issuesFrom(result.error, rel, fields) };
    return { value: result.data, issues: [] };
  } catch (e) {
    if (e instanceof FrontMatterError) return { issues: [frontMatterIssue(e, rel, fields)] };
    throw e;
  }
}
