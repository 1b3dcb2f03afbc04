import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cmsConfig, IMAGE_WIDGET, type CmsField } from "../../src/cms/config.ts";
import { mergePhrases, SPANISH_SUPPLEMENT } from "../../src/cms/locale.ts";
import { entryUrl } from "../../src/content/urls.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { defineCollections, type CollectionDef } from "../../src/schema/collections.ts";
import type { Field, FieldSpec } from "../../src/schema/fields.ts";
import { siteSchema, type SiteData } from "../../src/schema/site.ts";
import { indexFields, openDataFields, registryFields, schemeFields } from "../../src/schema/instruments.ts";
import { transparencyFields } from "../../src/schema/transparency.ts";

const site = siteSchema.parse(parseFrontMatter(`---\n${readFileSync("content/sitio.yaml", "utf8")}\n---\n`).data) as SiteData;
const collections = defineCollections(site);
type Config = { collections: ({ name: string; fields: CmsField[] } & Record<string, unknown>)[] } & Record<string, unknown>;
const LOCAL = { url: "http://127.0.0.1:8381/api/v1" };
const all = (local = false, s: SiteData = site, siteUrl?: string) => cmsConfig(s, collections, { local: local ? LOCAL : undefined, siteUrl }) as Config;
/** The configuration with its folder collections only: one per content type. */
const config = (local = false, s: SiteData = site, siteUrl?: string) => {
  const c = all(local, s, siteUrl);
  return { ...c, collections: c.collections.filter((x) => "folder" in x) } as Config;
};

/** Every path of nested field names, schema side. */
function schemaPaths(fields: Record<string, FieldSpec>, prefix = ""): string[] {
  return Object.entries(fields).flatMap(([name, spec]) => {
    const here = `${prefix}${name}`;
    if (spec.kind === "object" || spec.kind === "image") return [here, ...schemaPaths(spec.fields ?? {}, `${here}.`)];
    if (spec.kind === "list" && spec.item?.kind === "object") return [here, ...schemaPaths(spec.item.fields ?? {}, `${here}[].`)];
    return [here];
  });
}

/** The same, CMS side. */
function cmsPaths(fields: CmsField[], prefix = ""): string[] {
  return fields.flatMap((f) => {
    const here = `${prefix}${f.name}`;
    const nested = f.fields as CmsField[] | undefined;
    if (f.widget === "object" || f.widget === IMAGE_WIDGET) return [here, ...cmsPaths(nested ?? [], `${here}.`)];
    if (f.widget === "list" && nested) return [here, ...cmsPaths(nested, `${here}[].`)];
    return [here];
  });
}

describe("the CMS configuration", () => {
  it("has every schema field, and no field the schema lacks, in every collection", () => {
    for (const c of config().collections) {
      const def = collections[c.name as keyof typeof collections] as CollectionDef;
      const specs = Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, f.spec]));
      const cms = cmsPaths(c.fields.filter((f) => f.name !== "body"));
      expect(cms.sort(), c.name).toEqual(schemaPaths(specs).sort());
      expect(c.fields.at(-1)).toMatchObject({ name: "body", widget: "markdown", required: def.body.required });
    }
    expect(config().collections.map((c) => c.name)).toEqual(Object.keys(collections));
  });

  it("carries required flags, labels, hints and the schema's choices", () => {
    const news = config().collections.find((c) => c.name === "noticias")!.fields;
    const byName = (n: string) => news.find((f) => f.name === n)!;
    expect(byName("title")).toMatchObject({ label: "Título", widget: "string" });
    expect(byName("title").required).toBeUndefined();
    expect(byName("image")).toMatchObject({ required: false, widget: IMAGE_WIDGET });
    expect(byName("category").options).toContainEqual({ label: "Salud", value: "salud" });
    expect((byName("office").options as unknown[]).length).toBe(site.offices.length);
    const acts = config().collections.find((c) => c.name === "normativa")!.fields;
    const act = (n: string) => acts.find((f) => f.name === n)!;
    expect((act("type").options as { value: string }[]).map((o) => o.value)).toEqual(["decreto", "acuerdo", "resolucion", "circular", "acta"]);
    expect((act("status").options as { value: string }[]).map((o) => o.value)).toEqual(["vigente", "modificado", "derogado"]);
    expect(act("modified_by")).toMatchObject({ widget: "relation", collection: "normativa", multiple: true, value_field: "{{slug}}" });
    // Acts are picked by the name the list gives them.
    expect(act("modified_by").display_fields).toEqual(["{{type | upper}} {{number}} de {{date | date('YYYY')}}: {{subject}}"]);
    expect(act("repealed_by")).toMatchObject({ widget: "relation", collection: "normativa", required: false });
    expect(act("date")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
    const levels = config().collections.find((c) => c.name === "convenios")!.fields.find((f) => f.name === "level")!;
    expect((levels.options as { value: string }[]).map((o) => o.value)).toEqual(["local", "departamental", "nacional", "internacional"]);
    const walk = (fields: CmsField[], where: string): void => {
      for (const f of fields) {
        expect(f.label, `${where}.${f.name}`).toMatch(/^[A-ZÁÉÍÓÚÑ¿]/);
        expect(String(f.hint ?? ""), `${where}.${f.name}`).toMatch(/\S/);
        if (Array.isArray(f.fields)) walk(f.fields as CmsField[], `${where}.${f.name}`);
      }
    };
    for (const c of config().collections) walk(c.fields, c.name);
  });

  it("is in Spanish, reviews before publishing, sanitises previews and names files without accents", () => {
    const c = config();
    expect(c).toMatchObject({
      locale: "es",
      load_config_file: false,
      publish_mode: "editorial_workflow",
      sanitize_preview: true,
      media_folder: "content/media",
      public_folder: "/media",
      slug: { encoding: "ascii", clean_accents: true },
      backend: { name: "portal-github", repo: "alcaldia-palmar/portal", branch: "main", preview_context: "netlify/portal-palmar/deploy-preview" },
      local_backend: false,
      logo: { src: "/media/identidad/logo-alcaldia.svg", show_in_header: true },
    });
    expect((c.backend as { commit_messages: Record<string, string> }).commit_messages).toMatchObject({ create: "Crea {{collection}} «{{slug}}»", update: "Actualiza {{collection}} «{{slug}}»" });
  });

  it("signs in with GitHub or with GitLab's PKCE as sitio.yaml says, and reviews on a developer's machine too", () => {
    const gitlab = { ...site, cms: { ...site.cms, backend: "gitlab" as const, repo: "alcaldia/portal", gitlab_app_id: "abc123", preview_context: undefined } };
    expect(config(false, gitlab).backend).toMatchObject({
      name: "portal-gitlab",
      repo: "alcaldia/portal",
      auth_type: "pkce",
      app_id: "abc123",
      base_url: "https://gitlab.com",
      api_root: "https://gitlab.com/api/v4",
    });
    expect(config(false, { ...gitlab, cms: { ...gitlab.cms, gitlab_url: "https://git.santander.gov.co" } }).backend).toMatchObject({ base_url: "https://git.santander.gov.co", api_root: "https://git.santander.gov.co/api/v4" });
    expect(config(true)).toMatchObject({ local_backend: false, publish_mode: "editorial_workflow", backend: { name: "portal-local", proxy_url: LOCAL.url, branch: "main" } });
    expect(config(true, { ...site, cms: { ...site.cms, editorial_workflow: false } }).publish_mode).toBe("simple");
  });

  it("limits uploads in every file and image field, and says the limit in the hint", () => {
    const uploads = pairs().filter((p) => p.cms.widget === "file" || p.cms.widget === "image");
    expect(uploads.map((p) => p.where)).toEqual(expect.arrayContaining(["normativa.attachment", "convenios.document", "noticias.image.src"]));
    for (const { where, cms } of uploads) {
      expect(cms.media_library, where).toEqual({ config: { max_file_size: 10 * 1024 * 1024 } });
      expect(String(cms.hint), where).toMatch(/[Hh]asta 10 MB\.$/);
    }
    const small = cmsConfig({ ...site, cms: { ...site.cms, max_upload_mb: 2 } }, collections, {}) as Config;
    const document = small.collections.find((c) => c.name === "convenios")!.fields.find((f) => f.name === "document")!;
    expect(document).toMatchObject({ media_library: { config: { max_file_size: 2 * 1024 * 1024 } }, hint: "Opcional. Suba el archivo. Formato: .pdf. Hasta 2 MB." });
  });

  it("names the hide switch so that it cannot be taken for the review's «Borrador»", () => {
    for (const c of config().collections) {
      const labels = c.fields.map((f) => f.label);
      expect(labels, c.name).not.toContain("Borrador");
      const hidden = c.fields.find((f) => f.name === "hidden");
      if (c.name === "paginas") expect(hidden).toBeUndefined();
      else expect(hidden, c.name).toMatchObject({ label: "Ocultar en el sitio", widget: "boolean", default: false });
    }
  });
});

describe("the transparency files in the CMS", () => {
  type FileEntry = { name: string; file: string; fields: CmsField[] };
  const files = () => (all().collections.find((c) => c.name === "transparencia") as unknown as { files: FileEntry[]; editor: unknown }).files;

  it("edits the transparency list, the three instruments and the open-data settings, each with exactly its schema's fields", () => {
    expect(files().map((f) => f.file)).toEqual([
      "content/transparencia.yaml",
      "content/instrumentos/registro-de-activos.yaml",
      "content/instrumentos/indice-de-informacion-clasificada.yaml",
      "content/instrumentos/esquema-de-publicacion.yaml",
      "content/datos-abiertos.yaml",
    ]);
    const schemas = [transparencyFields, registryFields(), indexFields(site), schemeFields(site), openDataFields(site)];
    files().forEach((f, i) => {
      const specs = Object.fromEntries(Object.entries(schemas[i]!).map(([k, v]) => [k, (v as { spec: FieldSpec }).spec]));
      expect(cmsPaths(f.fields).sort(), f.name).toEqual(schemaPaths(specs).sort());
    });
  });

  it("names each numeral in the collapsed lists, and offers the site's offices and the annex's frequencies", () => {
    const menu = files()[0]!.fields;
    const categories = menu.find((f) => f.name === "categories")!;
    expect(categories.summary).toBe("{{fields.number}}. {{fields.title}}");
    const items = (categories.fields as CmsField[]).find((f) => f.name === "items")!;
    expect(items.summary).toBe("{{fields.number}} {{fields.title}}");
    const frequency = (items.fields as CmsField[]).find((f) => f.name === "frequency")!;
    expect((frequency.options as { value: string }[]).map((o) => o.value)).toEqual(["semanal", "mensual", "trimestral", "semestral", "anual", "cuatrienal", "cuando-cambie"]);
    expect((items.fields as CmsField[]).find((f) => f.name === "missing")).toMatchObject({ label: "Falta publicar", widget: "text", required: false });
    const index = files()[2]!.fields;
    const rows = index.find((f) => f.name === "rows")!;
    const responsible = (rows.fields as CmsField[]).find((f) => f.name === "responsible")!;
    expect((responsible.options as { value: string }[]).map((o) => o.value)).toEqual(site.offices);
    expect(index.find((f) => f.name === "adopted_by")).toMatchObject({ widget: "relation", collection: "normativa", required: false });
  });

  it("labels and explains every field in Spanish", () => {
    const walk = (fields: CmsField[], where: string): void => {
      for (const f of fields) {
        expect(f.label, `${where}.${f.name}`).toMatch(/^[A-ZÁÉÍÓÚÑ¿]/);
        expect(String(f.hint ?? ""), `${where}.${f.name}`).toMatch(/\S/);
        if (Array.isArray(f.fields)) walk(f.fields as CmsField[], `${where}.${f.name}`);
      }
    };
    for (const f of files()) walk(f.fields, f.name);
  });
});

describe("the CMS bundle", () => {
  it("is rebuilt only when its sources change", { timeout: 120_000 }, async () => {
    const { bundleAdmin, adminSourceHash } = await import("../../src/pipeline/admin.ts");
    const first = await bundleAdmin(process.cwd(), site);
    const second = await bundleAdmin(process.cwd(), site);
    expect(second).toMatchObject({ dir: first.dir, cached: true });
    // The site's identity is written into the bundle: another municipality gets another bundle.
    expect(adminSourceHash(process.cwd(), { ...site, entity: "Alcaldía de Otro Municipio" })).not.toBe(adminSourceHash(process.cwd(), site));
  });
});

/** Every schema field with its CMS widget, nested ones included, across collections. */
function pairs(): { where: string; field: Field<unknown> | { spec: FieldSpec }; cms: CmsField }[] {
  const out: { where: string; field: { spec: FieldSpec }; cms: CmsField }[] = [];
  const walk = (specs: Record<string, FieldSpec>, cms: CmsField[], where: string) => {
    for (const [name, spec] of Object.entries(specs)) {
      const widget = cms.find((f) => f.name === name)!;
      out.push({ where: `${where}.${name}`, field: { spec }, cms: widget });
      const nested = spec.kind === "list" && spec.item?.kind === "object" ? spec.item.fields : spec.fields;
      if (nested && Array.isArray(widget.fields)) walk(nested, widget.fields as CmsField[], `${where}.${name}`);
      if (spec.kind === "list" && spec.item && spec.item.kind !== "object" && widget.field) out.push({ where: `${where}.${name}[]`, field: { spec: spec.item }, cms: widget.field as CmsField });
    }
  };
  for (const c of config().collections) {
    const def = collections[c.name as keyof typeof collections] as CollectionDef;
    walk(Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, f.spec])), c.fields, c.name);
  }
  return out;
}

describe("the CMS form refuses what the build refuses", () => {
  it("turns every maximum length and format in the schema into a Decap pattern", () => {
    const limited = pairs().filter((p) => (p.field.spec.kind === "string" || p.field.spec.kind === "text") && (p.field.spec.maxLength || p.field.spec.pattern));
    expect(limited.map((p) => p.where)).toEqual(expect.arrayContaining(["noticias.title", "noticias.summary", "normativa.number", "planes.period", "noticias.image.alt"]));
    for (const { where, field, cms } of limited) {
      expect(cms.pattern, where).toEqual([expect.any(String), expect.stringMatching(/^(Debe|Máximo)/)]);
    }
  });

  it("accepts exactly the texts the schema accepts, by length and by format", () => {
    const news = collections.noticias.fields;
    const acts = collections.normativa.fields;
    const cmsOf = (c: string, n: string) => config().collections.find((x) => x.name === c)!.fields.find((f) => f.name === n)!;
    const agree = (field: Field<unknown>, cms: CmsField, values: string[]) => {
      const regex = new RegExp((cms.pattern as string[])[0]!);
      for (const v of values) expect(regex.test(v), `«${v.slice(0, 40)}…» (${v.length})`).toBe(field.zod.safeParse(v).success);
    };
    // The audit's case: a 186-character title was saved and then stopped the build.
    const title186 = "Alcaldía ".repeat(21).slice(0, 186);
    agree(news.title as Field<unknown>, cmsOf("noticias", "title"), [title186, "a".repeat(160), "a".repeat(161), `  ${"a".repeat(160)}  `, "ñ".repeat(160), "Línea\ncon salto"]);
    expect(new RegExp((cmsOf("noticias", "title").pattern as string[])[0]!).test(title186)).toBe(false);
    expect((cmsOf("noticias", "title").pattern as string[])[1]).toBe("Debe tener máximo 160 caracteres.");
    agree(news.summary as Field<unknown>, cmsOf("noticias", "summary"), ["x".repeat(320), "x".repeat(321), "Dos\nlíneas"]);
    agree(acts.number as Field<unknown>, cmsOf("normativa", "number"), ["045", "012-2024", "-045", "04 5", "1".repeat(20), "1".repeat(21), " 045 ", "045\n"]);
    expect((cmsOf("normativa", "number").pattern as string[])[1]).toMatch(/^Debe ser un número como «045».*, de máximo 20 caracteres\.$/);
    agree(collections.planes.fields.period as Field<unknown>, cmsOf("planes", "period"), ["2008-2011", "2008", "2008-11", "dos mil"]);
  });

  it("requires an image's file and description together, as the schema does, without requiring an image", () => {
    const images = pairs().filter((p) => p.field.spec.kind === "image");
    expect(images.map((p) => p.where)).toContain("noticias.image");
    for (const { where, field, cms } of images) {
      // Decap checks required fields inside an empty group: an optional image is the admin's own group
      // widget, which checks them only once one is filled (tests/browser/admin.test.ts).
      expect(cms.widget, where).toBe(field.spec.required ? "object" : IMAGE_WIDGET);
      for (const part of cms.fields as CmsField[]) {
        expect(part.required, `${where}.${part.name}`).toBeUndefined();
        expect(field.spec.fields?.[part.name]?.required, `${where}.${part.name}`).toBe(true);
      }
      const alt = (cms.fields as CmsField[]).find((f) => f.name === "alt")!;
      // Label and hint say the same rule: no «(opcional)» label over an «(obligatorio)» hint.
      expect(alt.label, where).toBe("Texto alternativo");
      expect(alt.hint, where).toMatch(field.spec.required ? /^Obligatorio\. Describa/ : /^Obligatorio si elige una imagen\. Describa/);
      expect(String(alt.hint), where).not.toMatch(/\((obligatorio|opcional)\)/i);
    }
  });
});

describe("the CMS collection lists and links", () => {
  it("names acts by their type, number and year, shows the date of dated entries, and says when one is hidden", () => {
    const c = (n: string) => config().collections.find((x) => x.name === n)!;
    const hidden = "{{hidden | ternary(' · oculta en el sitio', '')}}";
    expect(c("normativa").summary).toBe(`{{type | upper}} {{number}} de {{date | date('YYYY')}} — {{subject}}${hidden}`);
    expect(c("noticias").summary).toBe(`{{date | date('YYYY-MM-DD')}} · {{title}}${hidden}`);
    expect(c("paginas").summary).toBe("{{title}}");
  });

  it("lists the newest entries first", () => {
    for (const c of config().collections) {
      const def = collections[c.name as keyof typeof collections] as CollectionDef;
      expect((c.sortable_fields as unknown[])[0], c.name).toEqual({ field: def.dateField, default_sort: "desc" });
      expect((c.sortable_fields as unknown[]).filter((f) => typeof f === "object"), c.name).toHaveLength(1);
    }
  });

  it("opens each entry's own page from «Ver publicación», at the address the site gives it", () => {
    for (const c of config().collections) {
      const url = entryUrl(c.name as keyof typeof collections, "ejemplo-2024");
      expect(`/${String(c.preview_path).replace("{{slug}}", "ejemplo-2024")}`, c.name).toBe(url);
    }
    expect(config().site_url).toBe(site.url);
    expect(config(true, site, "http://localhost:8123")).toMatchObject({ site_url: "http://localhost:8123", display_url: "http://localhost:8123" });
  });
});

describe("the CMS in Spanish", () => {
  it("has every string of Decap's English locale, so nothing shows in English", async () => {
    // Decap's locales as ES modules: the package's main file is a browser bundle.
    const dist = "decap-cms-locales/dist/esm";
    const locales = { en: (await import(`${dist}/en/index.js`)).default, es: (await import(`${dist}/es/index.js`)).default } as Record<"en" | "es", Record<string, unknown>>;
    const merged = mergePhrases(locales.es as never, SPANISH_SUPPLEMENT);
    const missing: string[] = [];
    const walk = (en: Record<string, unknown>, es: Record<string, unknown> | undefined, at: string[]) => {
      for (const [k, v] of Object.entries(en)) {
        if (typeof v === "object" && v) walk(v as Record<string, unknown>, es?.[k] as Record<string, unknown> | undefined, [...at, k]);
        else if (typeof es?.[k] !== "string") missing.push([...at, k].join("."));
      }
    };
    walk(locales.en, merged, []);
    expect(missing).toEqual([]);
    const card = (merged.mediaLibrary as Record<string, Record<string, string>>).mediaLibraryCard!;
    expect(card).toMatchObject({ copy: "Copiar", copyName: "Copiar nombre" });
    // Decap's own Spanish is kept where it has one.
    expect((merged.editor as never as { editorControl: { field: { optional: string } } }).editorControl.field.optional).toBe("opcional");
  });
});
