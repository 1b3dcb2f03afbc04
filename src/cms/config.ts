/**
 * The Decap CMS configuration, generated from the same field specs the build validates with: a field
 * the schema has, the CMS has; a choice the schema allows, the CMS offers; nothing else.
 */
import { entryUrl } from "../content/urls.ts";
import type { CollectionDef, CollectionName } from "../schema/collections.ts";
import { specsOf, type Field, type FieldSpec } from "../schema/fields.ts";
import { indexFields, INSTRUMENT_FILES, openDataFields, registryFields, schemeFields } from "../schema/instruments.ts";
import { maxUploadBytes, type SiteData } from "../schema/site.ts";
import { transparencyFields } from "../schema/transparency.ts";

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

/** What a form needs to know beyond the field itself. */
export interface FieldContext {
  /** Uploads over this size are refused by the media library (Decap's `max_file_size`). */
  maxUploadBytes: number;
}

const DEFAULT_CONTEXT: FieldContext = { maxUploadBytes: 10 * 1024 * 1024 };

/** «10 MB», as the hints and messages say it. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("es-CO", { maximumFractionDigits: 1 })} MB`;
}

/** The media library of an upload field: the size limit, said in the hint too. */
function uploadLimit(ctx: FieldContext) {
  return { media_library: { config: { max_file_size: ctx.maxUploadBytes } } };
}

/** One schema field as a Decap widget. */
export function cmsField(name: string, spec: FieldSpec, ctx: FieldContext = DEFAULT_CONTEXT): CmsField {
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
          { name: "src", label: "Archivo de imagen", widget: "image", choose_url: false, hint: `JPG, PNG o WebP, subida desde su equipo, de hasta ${megabytes(ctx.maxUploadBytes)}.`, ...uploadLimit(ctx) },
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
      return {
        ...base,
        widget: "file",
        choose_url: false,
        hint: `${base.hint}${spec.accept ? ` Formato: ${spec.accept.join(", ")}.` : ""} Hasta ${megabytes(ctx.maxUploadBytes)}.`,
        ...uploadLimit(ctx),
      };
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
      if (item.kind === "object") return { ...base, widget: "list", fields: objectFields(item.fields ?? {}, ctx), ...(spec.min ? { min: spec.min } : {}), ...(spec.summary ? { summary: spec.summary } : {}) };
      if (item.kind === "relation") {
        // A list of references is one relation widget that picks several entries.
        return { ...cmsField(name, { ...item, label: spec.label, hint: spec.hint, required: spec.required }, ctx), multiple: true };
      }
      return { ...base, widget: "list", field: cmsField("item", item, ctx), ...(spec.min ? { min: spec.min } : {}) };
    }
    case "object":
      return { ...base, widget: "object", collapsed: false, fields: objectFields(spec.fields ?? {}, ctx) };
  }
}

function objectFields(fields: Record<string, FieldSpec>, ctx: FieldContext): CmsField[] {
  return Object.entries(fields).map(([n, s]) => cmsField(n, s, ctx));
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
  // An entry kept off the site says so in the list: it is there, but citizens do not see it.
  const hidden = "hidden" in def.fields ? "{{hidden | ternary(' · oculta en el sitio', '')}}" : "";
  if (def.name === "normativa") return `${ACT_LABEL} — {{subject}}${hidden}`;
  if (def.name === "paginas") return "{{title}}";
  return `${day(def.dateField, "YYYY-MM-DD")} · {{title}}${hidden}`;
}

/** Each top-level field's label as the form shows it, and the body's: what the conflict panel names. */
export function formLabels(def: CollectionDef): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, f.spec.label])), body: def.body.label };
}

export function cmsCollection(def: CollectionDef, ctx: FieldContext = DEFAULT_CONTEXT): Record<string, unknown> {
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
    fields: [...Object.entries(def.fields).map(([n, f]) => cmsField(n, f.spec, ctx)), { name: "body", label: def.body.label, hint: def.body.hint, widget: "markdown", required: def.body.required, modes: ["rich_text", "raw"], buttons: ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"], editor_components: [] }],
  };
}

/** A single-file entry of a file collection: one YAML file of content/, edited as one form. */
export interface CmsFile {
  name: string;
  label: string;
  /** Path under content/. */
  file: string;
  description: string;
  fields: Record<string, FieldSpec>;
}

export function cmsFileCollection(name: string, label: string, description: string, files: CmsFile[], ctx: FieldContext = DEFAULT_CONTEXT): Record<string, unknown> {
  return {
    name,
    label,
    description,
    // These files have no page of their own to preview: the transparency pages are computed from all of them.
    editor: { preview: false },
    files: files.map((f) => ({ name: f.name, label: f.label, file: `content/${f.file}`, description: f.description, fields: objectFields(f.fields, ctx) })),
  };
}

/** The transparency list, the instruments of Ley 1712 and the open-data settings: the files of src/schema/instruments.ts. */
export function transparencyCollection(site: SiteData, ctx: FieldContext = DEFAULT_CONTEXT): Record<string, unknown> {
  const specs = (fields: Record<string, Field<unknown>>) => specsOf(fields);
  return cmsFileCollection("transparencia", "Transparencia", "El menú de transparencia con todos los numerales del anexo 2 de la Resolución 1519 de 2020, los instrumentos de gestión de la información y los datos abiertos.", [
    {
      name: "menu",
      label: "Menú de transparencia (numerales del anexo 2)",
      file: "transparencia.yaml",
      description: "Cada numeral dice dónde está la información, qué falta publicar o por qué no aplica. Lo que un subnumeral no dice lo toma de su numeral.",
      fields: specs(transparencyFields),
    },
    {
      name: "registro",
      label: "Registro de Activos de Información",
      file: INSTRUMENT_FILES.registro,
      description: "Las categorías de información que la Alcaldía tiene. Las colecciones del portal (noticias, normativa…) las agrega el portal.",
      fields: specs(registryFields()),
    },
    {
      name: "indice",
      label: "Índice de Información Clasificada y Reservada",
      file: INSTRUMENT_FILES.indice,
      description: "La información que no se publica por estar clasificada (artículo 18 de la Ley 1712 de 2014) o reservada (artículo 19), con su fundamento y su plazo.",
      fields: specs(indexFields(site)),
    },
    {
      name: "esquema",
      label: "Esquema de Publicación de Información",
      file: INSTRUMENT_FILES.esquema,
      description: "El portal calcula el esquema con lo publicado; aquí va solo lo que no puede saber: el acto que lo adopta y las dependencias responsables por omisión.",
      fields: specs(schemeFields(site)),
    },
    {
      name: "datos",
      label: "Datos abiertos",
      file: INSTRUMENT_FILES.datos,
      description: "La licencia de los conjuntos de datos y, por cada uno, la dependencia responsable y su frecuencia de actualización.",
      fields: specs(openDataFields(site)),
    },
  ], ctx);
}

export interface CmsOptions {
  /**
   * On a developer's machine: the dev server's own backend (src/dev/cms-backend.ts), which it announces
   * in /admin/servidor-local.json. Undefined online.
   */
  local?: { url: string };
  /**
   * Where "Ver publicación" points, when not the site's public address: on a developer's machine, the
   * dev server that serves the pages just written.
   */
  siteUrl?: string;
}

/**
 * Our backends (admin/backends.ts): Decap's GitHub, GitLab and proxy backends with the lost-update guard,
 * Spanish errors and the Alcaldía's login page. Registered under names of their own.
 */
export const BACKENDS = { github: "portal-github", gitlab: "portal-gitlab", local: "portal-local" } as const;

/**
 * What the admin's Content-Security-Policy (netlify.toml, /admin/*) must allow beyond 'self' for the Git
 * host in sitio.yaml, and nothing more: its API (and, for GitLab, its token endpoint, on the same host),
 * and the editors' avatars. GitHub's login through Netlify opens a pop-up window, which no directive
 * governs; GitLab's is a full-page visit to GitLab and back.
 */
export function adminCspHosts(site: SiteData): { connect: string[]; img: string[] } {
  if (site.cms.backend === "gitlab") {
    const host = site.cms.gitlab_url ?? "https://gitlab.com";
    return { connect: [host], img: [host, "https://secure.gravatar.com"] };
  }
  return { connect: ["https://api.github.com"], img: ["https://avatars.githubusercontent.com"] };
}

/** Commit messages in Spanish: Git's history is read by the committee too. */
const COMMIT_MESSAGES = {
  create: "Crea {{collection}} «{{slug}}»",
  update: "Actualiza {{collection}} «{{slug}}»",
  delete: "Borra {{collection}} «{{slug}}»",
  uploadMedia: "Sube «{{path}}»",
  deleteMedia: "Borra «{{path}}»",
  openAuthoring: "{{message}}",
};

export function backendConfig(site: SiteData, local?: CmsOptions["local"]): Record<string, unknown> {
  const common = { branch: site.cms.branch, commit_messages: COMMIT_MESSAGES };
  if (local) return { ...common, name: BACKENDS.local, proxy_url: local.url };
  const preview = site.cms.preview_context ? { preview_context: site.cms.preview_context } : {};
  if (site.cms.backend === "gitlab") {
    const base = site.cms.gitlab_url ?? "https://gitlab.com";
    // PKCE: the browser gets its token from GitLab itself; no server holds a secret.
    return { ...common, ...preview, name: BACKENDS.gitlab, repo: site.cms.repo, auth_type: "pkce", app_id: site.cms.gitlab_app_id, base_url: base, api_root: `${base}/api/v4` };
  }
  return { ...common, ...preview, name: BACKENDS.github, repo: site.cms.repo };
}

export function cmsConfig(site: SiteData, collections: Record<string, CollectionDef>, options: CmsOptions = {}): Record<string, unknown> {
  const ctx: FieldContext = { maxUploadBytes: maxUploadBytes(site) };
  return {
    load_config_file: false,
    locale: "es",
    backend: backendConfig(site, options.local),
    // The backend is chosen here, not detected: admin/index.tsx learns the local one from the dev server.
    local_backend: false,
    // Every change is reviewed, online and on a developer's machine alike (the local backend drafts on branches).
    publish_mode: site.cms.editorial_workflow ? "editorial_workflow" : "simple",
    site_url: options.siteUrl ?? site.url,
    display_url: options.siteUrl ?? site.url,
    // Without a logo of its own, the site's icon: never Decap's brand on the Alcaldía's login page. The
    // header shows only a logo of the entity's own.
    logo: { src: site.logo ?? "/favicon.svg", show_in_header: Boolean(site.logo) },
    media_folder: "content/media",
    public_folder: "/media",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    editor: { preview: true },
    sanitize_preview: true,
    search: true,
    collections: [...Object.values(collections).map((def) => cmsCollection(def, ctx)), transparencyCollection(site, ctx)],
  };
}
