/**
 * Portal Municipal: the build, read top to bottom.
 *
 *   1. validate content   content/ is read by our own loader and checked against src/schema
 *   2. render pages       each route computes its page's props; layouts/ (typed React components)
 *                         turn them into static HTML, and every link in the content must lead somewhere
 *   3. feeds, indicators  computed from the same validated content
 *   4. transparency       every numeral of Anexo 2, the instruments of Ley 1712, the open datasets
 *   5. search index       Pagefind indexes each page as it is rendered
 *   6. PQRSD, Participa   the citizens' forms (PQRSD, comments on draft rules), and the PQRSD report
 *                         from the counts of the filings' store
 *   7. CMS                 /admin/, bundled from the same schemas and page components
 *
 * The steps live in src/pipeline/; everything they call is plain, tested functions. The dev server
 * (src/dev/) runs these same steps.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkLinks,
  createBuildState,
  indexForSearch,
  publishFeedsAndIndicators,
  publishParticipa,
  publishPqrsd,
  renderPages,
  validateContent,
  type BuildState,
  type EleventyConfig,
} from "./src/pipeline/index.ts";
import { buildAdmin } from "./src/pipeline/admin.ts";
import { publishTransparency } from "./src/pipeline/transparency.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

export function portal(eleventyConfig: EleventyConfig, contentDir = process.env.PORTAL_CONTENT ?? path.join(root, "content")): BuildState {
  const state = createBuildState({ root, contentDir, stylesheet: path.join(root, "layouts/styles/site.css") });
  validateContent(eleventyConfig, state);
  renderPages(eleventyConfig, state);
  checkLinks(eleventyConfig, state);
  publishFeedsAndIndicators(eleventyConfig, state);
  publishTransparency(eleventyConfig, state);
  indexForSearch(eleventyConfig, state);
  publishPqrsd(eleventyConfig, state);
  publishParticipa(eleventyConfig, state);
  buildAdmin(eleventyConfig, state);
  return state;
}

export default function (eleventyConfig: EleventyConfig) {
  portal(eleventyConfig);
  return {
    dir: { input: "src/pipeline/eleventy-input", output: process.env.PORTAL_OUTPUT ?? "_site" },
    // Only our virtual template: no Markdown, Liquid or Nunjucks file is ever treated as a template.
    templateFormats: ["11ty.js"],
  };
}
