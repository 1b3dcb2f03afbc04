/**
 * Step: the transparency menu with every numeral of Anexo 2, the three instruments of Ley 1712 and the
 * open datasets. The Registro's links are checked like every other link of the content (checkLinks of
 * src/pipeline/index.ts checks the transparency list's); a numeral older than its frequency is only a
 * warning, printed once per build; the XLSX workbooks, which are binary, are written beside the pages.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { anchorTargets, checkAnchors, checkLinkTargets, DeadLinkError, type LinkSource } from "../routes/links.ts";
import { transparencyModel, type TransparencyModel } from "../transparency/instruments.ts";
import { registryLinks } from "../transparency/links.ts";
import { transparencyRoutes } from "../transparency/routes.ts";
import { workbooks } from "../transparency/files.ts";
import { timing, type BuildState, type EleventyConfig } from "./index.ts";

/** The warnings of a build, said once: the dev server plans the site on every edit. */
function warn(model: TransparencyModel, said: Set<string>): void {
  for (const w of model.ita.warnings) {
    const line = `Aviso: ${w.file}: ${w.message}.`;
    if (said.has(line)) continue;
    said.add(line);
    console.error(line);
  }
}

export function publishTransparency(eleventyConfig: EleventyConfig, state: BuildState): void {
  let model: TransparencyModel | undefined;
  const said = new Set<string>();
  state.producers.push((portal) => {
    model = transparencyModel(portal, state.options.root);
    return transparencyRoutes(portal, model);
  });

  // What each workbook holds, by address: one is written again only when its table changed.
  const written = new Map<string, string>();
  let writing: Promise<void> = Promise.resolve();
  const writeWorkbooks = async (outputDir: string) => {
    if (!model || !state.portal) return;
    for (const book of workbooks(state.portal, model)) {
      const file = path.join(outputDir, book.url);
      const stamp = createHash("sha1").update(JSON.stringify(book.stamp)).digest("hex");
      if (written.get(file) === stamp && existsSync(file)) continue;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, await book.content());
      written.set(file, stamp);
    }
  };

  let links: LinkSource[] = [];
  state.whenPlanned.push(() => {
    if (!model || !state.portal) return;
    const portal = state.portal;
    links = registryLinks(portal, model.registryRows, state.options.root);
    const dead = checkLinkTargets(links, new Set(state.routes.keys()), portal);
    if (dead.length) throw new DeadLinkError(dead);
    // The pages these links point into keep their ids when rendered, for the check of their «#…».
    if (state.anchorTargets !== "all") state.anchorTargets = new Set([...state.anchorTargets, ...anchorTargets(links, state.routes, portal.site.url)]);
    // Printed by builds that write (the build, the dev server); `npm run validate` lists them itself.
    if (state.outputDir) warn(model, said);
    if (state.outputDir) {
      const out = state.outputDir;
      writing = writing.then(() => writeWorkbooks(out)).catch((e: unknown) => console.error(`No se pudieron escribir las hojas de cálculo de transparencia: ${String(e)}`));
    }
  });
  state.afterRendering.push(() => {
    const dead = checkAnchors(links, (url) => state.pageIds.get(url), state.portal!.site.url);
    if (dead.length) throw new DeadLinkError(dead);
  });
  eleventyConfig.on("eleventy.before", () => {
    written.clear();
    said.clear();
  });
  // The build's output is complete only with the workbooks in it.
  eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    await writing;
    if (!written.size) await writeWorkbooks(dir.output);
    timing("hojas de cálculo de transparencia escritas");
  });
}
