/**
 * The Decap CMS configuration, generated from the same field specs the build validates with: a field
 * the schema has, the CMS has; a choice the schema allows, the CMS offers; nothing else.
 */
import type { CollectionDef } from "../schema/collections.ts";
import type { FieldSpec } from "../schema/fields.ts";
import type { SiteData } from "../schema/site.ts";

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

const DATE_FORMAT = "YYYY-MM-DD";

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

/** One schema field as a Decap widget. */
export function cmsField(name: string, spec: FieldSpec): CmsField {
  const base = { name, label: spec.label, hint: spec.hint ?? defaultHint(spec), ...(spec.required ? {} : { required: false }) };
  switch (spec.kind) {
    case "string":
      return { ...base, widget: "string", ...(spec.pattern ? { pattern: [spec.pattern.regex.source, `Debe ser ${spec.pattern.description}.`] } : {}) };
    case "text":
      return { ...base, widget: "text" };
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
    case "image":
      return {
        ...base,
        widget: "object",
        collapsed: false,
        // An optional image may be left empty; the build still refuses an image without its description.
        fields: [
          { name: "src", label: "Archivo de imagen", widget: "image", choose_url: false, hint: "JPG, PNG o WebP, subida desde su equipo.", ...(spec.required ? {} : { required: false }) },
          { name: "alt", label: "Texto alternativo", widget: "string", hint: spec.fields?.alt?.hint ?? "Describa la imagen.", ...(spec.required ? {} : { required: false }) },
        ],
      };
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
  return collection === "normativa" ? ["{{type}} {{number}} ({{date}}): {{subject}}"] : ["title"];
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
    summary: def.name === "normativa" ? "{{type}} {{number}} — {{subject}}" : "{{title}}",
    sortable_fields: ["title" in def.fields ? "title" : "subject", ...(def.dateField ? [def.dateField] : [])],
    fields: [...Object.entries(def.fields).map(([n, f]) => cmsField(n, f.spec)), { name: "body", label: def.body.label, hint: def.body.hint, widget: "markdown", required: def.body.required, modes: ["rich_text", "raw"], buttons: ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"], editor_components: [] }],
  };
}

export interface CmsOptions {
  /** True when the admin is served by the dev server: it writes to the working copy through decap-server. */
  local: boolean;
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
    site_url: site.url,
    display_url: site.url,
    media_folder: "content/media",
    public_folder: "/media",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    editor: { preview: true },
    sanitize_preview: true,
    search: true,
    collections: Object.values(collections).map(cmsCollection),
  };
}
