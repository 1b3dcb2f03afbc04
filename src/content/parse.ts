/**
 * From a file's text to an entry, or to the problems that stop it, with no file access: the build reads
 * files and hands their text here, and the CMS preview hands the form's values to `validateEntry`, so
 * both report the same problems in the same words.
 */
import type { z } from "zod";
import { checkMarkdown, slugify, type LinkReference, type MediaReference } from "../markdown/index.ts";
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
  const links: LinkReference[] = [];
  for (const p of checkMarkdown(body, media, links)) {
    issues.push({ file: rel, line: p.line !== undefined ? p.line + bodyLine - 1 : undefined, field: "body", label: def.body.label, message: p.message });
  }
  if (issues.length) return { issues };
  for (const ref of [...media, ...links]) if (ref.line !== undefined) ref.line += bodyLine - 1;
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
    ...(links.length ? { bodyLinks: links } : {}),
  };
  return { value: entry, issues: [] };
}

/**
 * The line a field's key is written on, following its path through groups and lists («cms.backend»,
 * «phones.1.number»): the schema sees values, not lines. Undefined when the file does not write it.
 */
export function lineOfField(lines: readonly string[], field: string, first = 1, last = lines.length): number | undefined {
  let at = first - 1;
  let indent = -1;
  let line: number | undefined;
  const indentOf = (text: string) => text.length - text.trimStart().length;
  for (const seg of field.split(".")) {
    let found = -1;
    if (/^\d+$/.test(seg)) {
      // The n-th «- » item below the key found so far.
      let n = -1;
      for (let k = at + (line === undefined ? 0 : 1); k < last; k++) {
        const text = lines[k]!;
        if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
        if (indentOf(text) <= indent && !text.trimStart().startsWith("- ")) break;
        if (/^\s*- /.test(text) && indentOf(text) >= indent) n++;
        if (n === Number(seg)) {
          found = k;
          break;
        }
      }
      if (found === -1) return line;
      indent = indentOf(lines[found]!);
      at = found;
      line = found + 1;
      continue;
    }
    const key = new RegExp(`^(\\s*(?:- )?)["']?${seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
    for (let k = at + (line === undefined ? 0 : lines[at]?.trimStart().startsWith("- ") && key.test(lines[at]!) ? 0 : 1); k < last; k++) {
      const m = key.exec(lines[k]!);
      if (m && m[1]!.length > indent) {
        found = k;
        break;
      }
    }
    if (found === -1) return line;
    indent = indentOf(lines[found]!);
    at = found;
    line = found + 1;
  }
  return line;
}

/** Issues about a field get the line of its key, when the check could not tell: an editor opens the file there. */
function withKeyLines(issues: ContentIssue[], text: string, firstLine = 1, lastLine?: number): ContentIssue[] {
  if (!issues.some((i) => i.field && i.line === undefined)) return issues;
  const lines = text.split("\n");
  return issues.map((i) => {
    if (!i.field || i.line !== undefined || i.field === "body") return i;
    const line = lineOfField(lines, i.field, firstLine, lastLine ?? lines.length);
    return line === undefined ? i : { ...i, line };
  });
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
  const result = validateEntry(def, collection, id, parsed.data, parsed.body, rel, parsed.bodyLine);
  return result.issues.length ? { ...result, issues: withKeyLines(result.issues, text, 2, parsed.bodyLine - 1) } : result;
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
    if (!result.success) return { issues: withKeyLines(issuesFrom(result.error, rel, fields), text) };
    return { value: result.data, issues: [] };
  } catch (e) {
    if (e instanceof FrontMatterError) return { issues: [frontMatterIssue(e, rel, fields)] };
    throw e;
  }
}
