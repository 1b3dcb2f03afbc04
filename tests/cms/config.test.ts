import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cmsConfig, type CmsField } from "../../src/cms/config.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { defineCollections, type CollectionDef } from "../../src/schema/collections.ts";
import type { FieldSpec } from "../../src/schema/fields.ts";
import { siteSchema, type SiteData } from "../../src/schema/site.ts";

const site = siteSchema.parse(parseFrontMatter(`---\n${readFileSync("content/sitio.yaml", "utf8")}\n---\n`).data) as SiteData;
const collections = defineCollections(site);
const config = (local = false, s: SiteData = site) => cmsConfig(s, collections, { local }) as { collections: { name: string; fields: CmsField[] }[] } & Record<string, unknown>;

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
    if (f.widget === "object") return [here, ...cmsPaths(nested ?? [], `${here}.`)];
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
    expect(byName("image")).toMatchObject({ required: false, widget: "object" });
    expect(byName("category").options).toContainEqual({ label: "Salud", value: "salud" });
    expect((byName("office").options as unknown[]).length).toBe(site.offices.length);
    const acts = config().collections.find((c) => c.name === "normativa")!.fields;
    const act = (n: string) => acts.find((f) => f.name === n)!;
    expect((act("type").options as { value: string }[]).map((o) => o.value)).toEqual(["decreto", "acuerdo", "resolucion", "circular", "acta"]);
    expect((act("status").options as { value: string }[]).map((o) => o.value)).toEqual(["vigente", "modificado", "derogado"]);
    expect(act("modified_by")).toMatchObject({ widget: "relation", collection: "normativa", multiple: true, value_field: "{{slug}}" });
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
      backend: { name: "git-gateway", branch: "main" },
      local_backend: false,
    });
  });

  it("uses GitHub when the site data says so, and the local proxy on a developer's machine", () => {
    expect(config(false, { ...site, cms: { ...site.cms, backend: "github", repo: "alcaldia/portal" } }).backend).toEqual({ name: "github", repo: "alcaldia/portal", branch: "main" });
    expect(config(true)).toMatchObject({ local_backend: true, publish_mode: "simple", backend: { name: "proxy" } });
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
