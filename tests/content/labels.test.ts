import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fieldName, formatIssue } from "../../src/content/errors.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { allowedFields, closestField, fieldLabel, specAt } from "../../src/content/labels.ts";
import { cmsCollection } from "../../src/cms/config.ts";
import { defineCollections, fieldSpecs, type CollectionDef } from "../../src/schema/collections.ts";
import { specsOf } from "../../src/schema/fields.ts";
import { siteFields, siteSchema, type SiteData } from "../../src/schema/site.ts";

const site = siteSchema.parse(parseFrontMatter(`---\n${readFileSync("tests/fixtures/site/sitio.yaml", "utf8")}\n---\n`).data) as SiteData;
const collections = defineCollections(site);
const news = fieldSpecs(collections.noticias as CollectionDef);
const plans = fieldSpecs(collections.planes as CollectionDef);

describe("fieldLabel", () => {
  it("names fields as the CMS form labels them", () => {
    const form = cmsCollection(collections.noticias as CollectionDef).fields as { name: string; label: string }[];
    for (const f of form.filter((f) => f.name !== "body")) expect(fieldLabel(news, f.name)).toBe(f.label);
    expect(fieldLabel(news, "summary")).toBe("Resumen");
    expect(fieldLabel(news, "image.alt")).toBe("Imagen › Texto alternativo");
  });

  it("counts list items from 1 and walks nested groups", () => {
    expect(fieldLabel(specsOf(siteFields), "phones.0.number")).toBe("Teléfonos › 1 › Número");
    expect(fieldLabel(plans, ["indicators", 2, "rule"])).toBe("Indicadores › 3 › Regla de cálculo");
    expect(fieldLabel(plans, "indicators.0.target.value")).toBe("Indicadores › 1 › Meta › Valor");
  });

  it("keeps keys the schema does not know", () => {
    expect(fieldLabel(news, "autor")).toBe("autor");
    expect(fieldLabel(news, "image.foo")).toBe("Imagen › foo");
    expect(fieldLabel(news, "")).toBeUndefined();
    expect(specAt(news, "image.foo")).toBeUndefined();
    expect(specAt(news, "image")?.fields?.alt?.label).toBe("Texto alternativo");
  });

  it("lists the allowed fields and guesses the one meant", () => {
    expect(allowedFields(news)).toMatch(/^«Título» \(title\), «Fecha de publicación» \(date\), «Resumen» \(summary\)/);
    expect(closestField(news, "categoria")).toBe("category");
    expect(closestField(news, "Título")).toBe("title");
    expect(closestField(news, "sumary")).toBe("summary");
    expect(closestField(news, "autor")).toBeUndefined();
    expect(closestField(news, "permalink")).toBeUndefined();
  });
});

describe("formatIssue", () => {
  it("puts the label first and the key written in the file after it", () => {
    expect(formatIssue({ file: "content/noticias/a.md", field: "summary", label: "Resumen", message: "es obligatorio" })).toBe(
      "content/noticias/a.md: el campo «Resumen» (summary) es obligatorio",
    );
    expect(fieldName({ field: "phones.0.number", label: "Teléfonos › 1 › Número" })).toBe("«Teléfonos › 1 › Número» (number)");
    expect(fieldName({ field: "autor", label: "autor" })).toBe("«autor»");
    expect(fieldName({ field: "x" })).toBe("«x»");
    expect(formatIssue({ file: "a.md", line: 3, message: "el archivo está vacío" })).toBe("a.md:3: el archivo está vacío");
  });
});
