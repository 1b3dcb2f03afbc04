/**
 * Portal Municipal: the build, read top to bottom.
 *
 *   1. validate content   content/ is read by our own loader and checked against src/schema
 *   2. render pages       layouts/ (typed React components) become static HTML
 *   3. feeds, indicators  computed from the same validated content
 *   4. search index       Pagefind indexes the written site
 *
 * The steps live in src/pipeline/; everything they call is plain, tested functions.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createBuildState, indexForSearch, publishFeedsAndIndicators, renderPages, validateContent, type EleventyConfig } from "./src/pipeline/index.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: EleventyConfig) {
  const state = createBuildState({
    root,
    contentDir: process.env.PORTAL_CONTENT ?? path.join(root, "content"),
    stylesheet: path.join(root, "layouts/styles/site.css"),
  });

  validateContent(eleventyConfig, state);
  renderPages(eleventyConfig, state);
  publishFeedsAndIndicators(eleventyConfig, state);
  indexForSearch(eleventyConfig, state);

  eleventyConfig.setServerOptions({ port: 8080 });
  return {
    dir: { input: "src/pipeline/eleventy-input", output: process.env.PORTAL_OUTPUT ?? "_site" },
    // Only our virtual template: no Markdown, Liquid or Nunjucks file is ever treated as a template.
    templateFormats: ["11ty.js"],
  };
}
