/** Property-based tests of the validator: random front matter never crashes it or slips past it. */
import fc from "fast-check";
import yaml from "js-yaml";
import { DateTime } from "luxon";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FrontMatterError, parseFrontMatter } from "../../src/content/frontmatter.ts";
import { parseContentDate } from "../../src/dates/index.ts";
import { defineCollections, entrySchema, COLLECTION_NAMES } from "../../src/schema/collections.ts";
import { siteSchema, type SiteData } from "../../src/schema/site.ts";

const site = siteSchema.parse(parseFrontMatter(`---\n${readFileSync("tests/fixtures/site/sitio.yaml", "utf8")}\n---\n`).data) as SiteData;
const collections = defineCollections(site);

const KNOWN_KEYS = ["title", "date", "summary", "category", "office", "image", "hidden", "updated", "type", "number", "status", "modified_by", "permalink", "layout"];
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.constantFrom("2024-02-30", "2024-02-29", "2023-02-29", "2024-13-01", "2024-04-31", "0000-00-00", "salud", "Despacho del Alcalde", "decreto"),
);
const frontMatter = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 12 })), value, { maxKeys: 10 });

describe("the entry validator", () => {
  it("answers every random front matter with success or validation issues, never an exception", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLLECTION_NAMES), frontMatter, (name, data) => {
        const result = entrySchema(collections[name]).safeParse(data);
        if (!result.success) {
          for (const issue of result.error.issues) expect(typeof issue.message === "string" && issue.message.length > 0).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never accepts a date that does not exist", () => {
    const ymd = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 })).map(
      ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    );
    fc.assert(
      fc.property(fc.oneof(ymd, fc.string()), (raw) => {
        const r = parseContentDate(raw);
        if (r.ok) {
          // Whatever is accepted is exactly the calendar day written, in Bogota.
          expect(r.value.dt.isValid).toBe(true);
          if (r.value.dateOnly) expect(r.value.dt.toISODate()).toBe(raw.trim());
          const [y, m, d] = raw.trim().slice(0, 10).split("-").map(Number);
          expect(DateTime.fromObject({ year: y, month: m, day: d }).isValid).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts no invalid date through a collection's date field", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const raw = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const exists = DateTime.fromObject({ year: y, month: m, day: d }).isValid;
        const result = entrySchema(collections.noticias).safeParse({ title: "T", date: raw, summary: "S", category: "salud", office: "Despacho del Alcalde" });
        expect(result.success).toBe(exists);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads any YAML front matter to data or a front-matter error, never running anything", () => {
    fc.assert(
      fc.property(frontMatter, fc.string(), (data, body) => {
        let text: string;
        try {
          text = `---\n${yaml.dump(data, { skipInvalid: true })}---\n${body}`;
        } catch {
          return;
        }
        try {
          const parsed = parseFrontMatter(text);
          expect(typeof parsed.data).toBe("object");
        } catch (e) {
          expect(e).toBeInstanceOf(FrontMatterError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
