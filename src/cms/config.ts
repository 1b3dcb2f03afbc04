/**
 * The Decap CMS configuration, generated from the same field specs the build validates with: a field
 * the schema has, the CMS has; a choice the schema allows, the CMS offers; nothing else.
 */
import { entryUrl } from "../content/urls.ts";
import type { CollectionDef, CollectionName } from "../schema/collections.ts";
import type { FieldSpec } from "../schema/fields.ts";
import type { SiteData } from "../schema/site.ts";

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

const DATE_FORMAT = "YYYY-MM-DD";

/**
 * The widget of an optional image: Decap's group of fields, registered again by admin/index.tsx with one
 * change: it checks its fields only when one of them is filled.
 */
export const IMAGE_WIDGET = "imagen-opcional";

/** What to write, for fields whose schema gives no hint of its own: every field tells the editor. */
export function defaultHint(spec: FieldSpec): string {
  const need = spec.required ? "Obligatorio." : "Opcional.";
  switch (spec.kind) {
    case "string":
      return `${need} Texto de una línea${spec.maxLength ? `, hasta ${spec.maxLength} caracteres` : ""}.`;
    case "text":
      return `${need} Texto sin formato${spec.maxLength ? `, hasta ${spec.maxLength} caracteres` : ""}.`;
    case "date":
      return `${need} Una fecha del calendario.`;
    case "datetime":
      return `${need} Fecha y hora de Colombia.`;
    case "select":
      return `${need} Elija una opción de la lista.`;
    case "boolean":
      return "Active o desactive.";
    case "number":
      return `${need} Un número${spec.integer ? " entero" : ""}${spec.min !== undefined ? ` desde ${spec.min}` : ""}.`;
    case "image":
      return `${need} Una imagen con su descripción.`;
    case "file":
      return `${need} Suba el archivo.`;
    case "relation":
      return `${need} Elija una entrada de la lista.`;
    case "list":
      return `${need} Agregue uno o varios elementos.`;
    case "object":
      return need;
  }
}

/**
 * The schema's limits on a text as one Decap `pattern` ([regex, message]), so the form refuses what the
 * build would refuse. Decap tests the pattern only on a non-empty value, untrimmed; the build trims
 * first, so surrounding spaces are allowed here too.
 */
export function textPattern(spec: FieldSpec): [string, string] | undefined {
  const { maxLength, pattern } = spec;
  if (!maxLength && !pattern) return undefined;
  const length = maxLength ? `(?=\\s*[\\s\\S]{0,${maxLength}}?\\s*$)` : "";
  const format = pattern ? `(?=\\s*(?:${pattern.regex.source.replace(/^\^/, "").replace(/\$$/, "")})\\s*$)` : "";
  const say = [pattern ? `Debe ser ${pattern.description}` : "", maxLength ? `${pattern ? "de " : "Debe tener "}máximo ${maxLength} caracteres` : ""].filter(Boolean).join(", ");
  return [`^${length}${format}[\\s\\S]*$`, `${say}.`];
}

/** One schema field as a Decap widget. */
export function cmsField(name: string, spec: FieldSpec): CmsField {
  const base = { name, label: spec.label, hint: spec.hint ?? defaultHint(spec), ...(spec.required ? {} : { required: false }) };
  switch (spec.kind) {
    case "string":
    case "text": {
      const pattern = textPattern(spec);
      return { ...base, widget: spec.kind, ...(pattern ? { pattern } : {}) };
    }
    case "date":
      // Written as the plain text AAAA-MM-DD that the loader reads as a calendar day in Bogota.
      return { ...base, widget: "datetime", date_format: DATE_FORMAT, time_format: false, format: DATE_FORMAT, picker_utc: false };
    case "datetime":
      return { ...base, widget: "datetime", date_format: DATE_FORMAT, time_format: "HH:mm", format: "YYYY-MM-DDTHH:mm", picker_utc: false };
    case "select":
      return {
        ...base,
        widget: "select",
        options: (spec.options ?? []).map((o) => ({ label: o.label, value: o.value })),
        ...(spec.defaultValue !== undefined ? { default: spec.defaultValue } : {}),
      };
    case "boolean":
      return { ...base, widget: "boolean", default: spec.defaultValue ?? false };
    case "number":
      return {
        ...base,
        widget: "number",
        value_type: spec.integer ? "int" : "float",
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.max !== undefined ? { max: spec.max } : {}),
      };
    case "image": {
      // Both parts are required, as in the schema. An optional image is the group widget of admin/index.tsx
      // (IMAGE_WIDGET): Decap has no conditional "required", and that widget checks the parts only when
      // either is filled, so an entry without an image still saves and one without its description does not.
      const alt = spec.fields?.alt;
      const altPattern = alt ? textPattern(alt) : undefined;
      return {
        ...base,
        widget: spec.required ? "object" : IMAGE_WIDGET,
        collapsed: false,
        fields: [
          { name: "src", label: "Archivo de imagen", widget: "image", choose_url: false, hint: "JPG, PNG o WebP, subida desde su equipo." },
          {
            name: "alt",
            label: alt?.label ?? "Texto alternativo",
            widget: "string",
            hint: `${spec.required ? "Obligatorio." : "Obligatorio si elige una imagen."} ${(alt?.hint ?? "Describa la imagen.").replace(/\s*\((?:obligatorio|opcional)\)/i, "")}`,
            ...(altPattern ? { pattern: altPattern } : {}),
          },
        ],
      };
    }
    case "file":
      return { ...base, widget: "file", choose_url: false, ...(spec.accept ? { hint: `${base.hint} Formato: ${spec.accept.join(", ")}.` } : {}) };
    case "relation":
      return {
        ...base,
        widget: "relation",
        collection: spec.collection,
        value_field: "{{slug}}",
        search_fields: relationSearchFields(spec.collection!),
        display_fields: relationDisplayFields(spec.collection!),
      };
    case "list": {
      const item = spec.item!;
      if (item.kind === "object") return { ...base, widget: "list", fields: objectFields(item.fields ?? {}), ...(spec.min ? { min: spec.min } : {}) };
      if (item.kind === "relation") {
        // A list of references is one relation widget that picks several entries.
        return { ...cmsField(name, { ...item, label: spec.label, hint: spec.hint, required: spec.required }), multiple: true };
      }
      return { ...base, widget: "list", field: cmsField("item", item), ...(spec.min ? { min: spec.min } : {}) };
    }
    case "object":
      return { ...base, widget: "object", collapsed: false, fields: objectFields(spec.fields ?? {}) };
  }
}

function objectFields(fields: Record<string, FieldSpec>): CmsField[] {
  return Object.entries(fields).map(([n, s]) => cmsField(n, s));
}

function relationSearchFields(collection: string): string[] {
  return collection === "normativa" ? ["number", "subject", "type"] : ["title"];
}

function relationDisplayFields(collection: string): string[] {
  // As the collection list names acts (collectionSummary).
  return collection === "normativa" ? [`${ACT_LABEL}: {{subject}}`] : ["title"];
}

/** An act as editors read it, «DECRETO 045 de 2008» (see collectionSummary on the capitals). */
const ACT_LABEL = "{{type | upper}} {{number}} de {{date | date('YYYY')}}";

/**
 * What the collection list shows for each entry. Decap's templates cannot turn the stored value
 * «resolucion» into «Resolución», so the act type is written in capitals: «ACTA 01 de 2008 — …».
 */
function collectionSummary(def: CollectionDef): string {
  const day = (field: string, format: string) => `{{${field} | date('${format}')}}`;
  if (def.name === "normativa") return `${ACT_LABEL} — {{subject}}`;
  if (def.name === "paginas") return "{{title}}";
  return `${day(def.dateField, "YYYY-MM-DD")} · {{title}}`;
}

export function cmsCollection(def: CollectionDef): Record<string, unknown> {
  return {
    name: def.name,
    label: def.label,
    label_singular: def.labelSingular,
    description: def.description,
    folder: `content/${def.folder}`,
    extension: "md",
    format: "frontmatter",
    create: true,
    delete: true,
    slug: def.slug,
    identifier_field: "title" in def.fields ? "title" : "subject",
    summary: collectionSummary(def),
    // Newest first, as the site lists them.
    sortable_fields: [{ field: def.dateField, default_sort: "desc" }, "title" in def.fields ? "title" : "subject"],
    // "Ver publicación" opens the entry's own page, at the address the site's routing gives it.
    preview_path: entryUrl(def.name as CollectionName, "{{slug}}").replace(/^\//, ""),
    fields: [...Object.entries(def.fields).map(([n, f]) => cmsField(n, f.spec)), { name: "body", label: def.body.label, hint: def.body.hint, widget: "markdown", required: def.body.required, modes: ["rich_text", "raw"], buttons: ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"], editor_components: [] }],
  };
}

export interface CmsOptions {
  /** True when the admin is served by the dev server: it writes to the working copy through decap-server. */
  local: boolean;
  /**
   * Where "Ver publicación" points, when not the site's public address: on a developer's machine, the
   * dev server that serves the pages just written.
   */
  siteUrl?: string;
}

export function cmsConfig(site: SiteData, collections: Record<string, CollectionDef>, options: CmsOptions): Record<string, unknown> {
  const backend =
    site.cms.backend === "github"
      ? { name: "github", repo: site.cms.repo, branch: site.cms.branch }
      : { name: "git-gateway", branch: site.cms.branch };
  return {
    load_config_file: false,
    locale: "es",
    backend: options.local ? { name: "proxy", proxy_url: "http://localhost:8081/api/v1", branch: site.cms.branch } : backend,
    local_backend: options.local,
    // Locally the working copy is the draft and Git is the review; online every change is reviewed.
    publish_mode: !options.local && site.cms.editorial_workflow ? "editorial_workflow" : "simple",
    site_url: options.siteUrl ?? site.url,
    display_url: options.siteUrl ?? site.url,
    media_folder: "content/media",
    public_folder: "/media",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    editor: { preview: true },
    sanitize_preview: true,
    search: true,
    collections: Object.values(collections).map(cmsCollection),
  };
}
