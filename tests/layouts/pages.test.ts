/**
 * Every page component, rendered from the props of its examples (tests/fixtures/pages/) with no site
 * built: valid HTML, the texts each example must show, nothing it must not.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/routes/render.ts";
import { PAGE_EXAMPLES } from "../fixtures/pages/index.ts";
import { ctx } from "../fixtures/pages/helpers.ts";
import { ROOT } from "../helpers/build.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "void-style": "off", "long-title": "off", "no-trailing-whitespace": "off", "valid-id": ["error", { relaxed: true }],
    // A multiple-choice question sends one value per ticked box under one name, as HTML means it to.
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }] },
});

/** What a reader sees of the page's own content (<main>): its text, tags and hidden search data aside. */
function visibleText(html: string): string {
  return (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "")
    .replace(/<div hidden="" data-pagefind-ignore="">[\s\S]*?<\/div>|<div hidden data-pagefind-ignore="">[\s\S]*?<\/div>/g, " ")
    .replace(/<head>[\s\S]*<\/head>/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .replace(/ ([.,:;)])/g, "$1");
}

describe("page components", () => {
  it("every page in layouts/pages/ has examples", () => {
    const pages = readdirSync(path.join(ROOT, "layouts/pages")).filter((f) => f.endsWith(".tsx")).map((f) => f.replace(/\.tsx$/, ""));
    expect(pages.filter((p) => !PAGE_EXAMPLES[p]?.examples.length)).toEqual([]);
  });

  for (const [page, { component, examples }] of Object.entries(PAGE_EXAMPLES)) {
    describe(page, () => {
      for (const example of examples) {
        it(`${example.name}: valid HTML that shows what it should`, async () => {
          const html = renderDocument(createElement(component, { ...example.props, ctx: ctx(example.url) }));
          const report = await validator.validateString(html, `${page}.html`);
          expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
          const text = visibleText(html);
          for (const shown of example.shows) expect(text, `«${shown}»`).toContain(shown);
          for (const hidden of example.hides ?? []) expect(text, `«${hidden}»`).not.toContain(hidden);
        });
      }
    });
  }
});
