/**
 * `npm run validate`: checks content/ without building and prints every problem found, including links
 * to pages the site would not have; then the transparency list as the Procuraduría reads it (numeral,
 * status, where) and what is out of date.
 */
import path from "node:path";
import { portal as configurePortal } from "../.eleventy.ts";
import { ContentValidationError, EditorFacingError } from "../src/content/errors.ts";
import type { EleventyConfig } from "../src/pipeline/index.ts";
import { draftsOwingMatrix } from "../src/content/drafts.ts";
import { transparencyModel } from "../src/transparency/instruments.ts";
import { formatItaReport } from "../src/transparency/ita-text.ts";

const contentDir = path.resolve(process.argv[2] ?? "content");

/** The build's steps, registered but never handed to Eleventy: planning the site writes nothing. */
const globalData = new Map<string, () => unknown>();
const config: EleventyConfig = {
  addGlobalData: (name, value) => void globalData.set(name, value as () => unknown),
  addTemplate: () => undefined,
  addPassthroughCopy: () => undefined,
  addWatchTarget: () => undefined,
  setServerOptions: () => undefined,
  on: () => undefined,
};
const state = configurePortal(config, contentDir);

try {
  // Plans every page, as the build does: content checks, then the links to the planned pages.
  globalData.get("portalRoutes")!();
  const portal = state.portal!;
  const counts = Object.entries(portal.entries).map(([k, v]) => `${k}: ${v.length}`).join(", ");
  console.log(`Contenido válido (${counts}).\n`);
  console.log(formatItaReport(transparencyModel(portal).ita, portal.site.entity));
  // Resolución 1519 de 2020, anexo 2, 2.3.2: the comments received and the answers are owed once a window closes.
  const owed = draftsOwingMatrix(portal.entries.proyectos, portal.buildTime);
  if (owed.length) {
    console.log("\nProyectos de normas con la respuesta a los comentarios pendiente:");
    for (const line of owed) console.log(`  ${line}`);
  }
} catch (e) {
  if (e instanceof ContentValidationError || e instanceof EditorFacingError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
