/**
 * The only code that talks to Eleventy. Each step is a function of `eleventyConfig` and the shared build
 * state; the steps are called, in order, from .eleventy.ts. Everything they call is plain functions.
 */
import { cpSync, existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseContentDate } from "../dates/index.ts";
import { loadPortal, type LoadCache } from "../content/load.ts";
import type { Portal } from "../content/types.ts";
import { pageRoutes } from "../routes/pages.ts";
import { bundledScriptAsset, scriptAsset, siteMapRoutes, stylesheetAsset } from "../routes/site-files.ts";
import { pqrsdRoutes } from "../routes/pqrsd.ts";
import { draftRoutes } from "../routes/drafts.ts";
import { loadPqrsdData, type PqrsdData } from "../pqrsd/counts.ts";
import { announceIndex } from "../search/announce.ts";
import { SearchIndexer, type IndexResult } from "../search/index.ts";
import { pdfRecords } from "../search/pdf.ts";
import { searchRoutes } from "../search/routes.ts";
import { assertUniqueUrls, normaliseUrl, type Route } from "../routes/types.ts";
import { anchorTargets, checkAnchors, checkLinkTargets, DeadLinkError, idsIn, linkSources, type LinkSource } from "../routes/links.ts";
import { feedRoutes } from "../feeds/routes.ts";
import { findFrequencyIndicator } from "../feeds/frequency.ts";
import { planLinksFor } from "../feeds/plan-links.ts";
import { indicatorRoutes } from "../indicators/routes.ts";

// Eleventy ships no types for its configuration API; this is the part we use.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setServerOptions(options: Record<string, unknown>): void;
  on(event: string, handler: (...args: any[]) => unknown): void;
  setQuietMode?(quiet: boolean): void;
}

export interface PortalOptions {
  root: string;
  contentDir: string;
  stylesheet: string;
}

/** Something a later step adds to the site, computed from the validated content. */
export type RouteProducer = (portal: Portal) => Route[];

export interface BuildState {
  options: PortalOptions;
  portal?: Portal;
  routes: Map<string, Route>;
  /** The fingerprinted stylesheet's URL, part of every page's context. */
  stylesheet?: string;
  producers: RouteProducer[];
  /** Extra links a later step adds to a plan's page (its indicators, the frequency report). */
  planLinks: PlanLinkProvider[];
  lastIndex?: IndexResult;
  /** Receives each page as it is rendered (step 4). */
  searchIndexer?: SearchIndexer;
  /** The CMS bundle of the last build (src/pipeline/admin.ts). */
  lastAdmin?: { dir: string; cached: boolean; ms: number };
  /** Counts of the PQRSD filings, read at the start of a full build (step 5). */
  pqrsd?: PqrsdData;
  /** Set by the dev server: the only files that changed since the last build. */
  changedFiles?: ReadonlySet<string>;
  /** Parsed content files, reused by later builds in the same process. */
  loadCache: LoadCache;
  /** Where this build writes (Eleventy's output folder), known from eleventy.before on. */
  outputDir?: string;
  /** Pages rendered in this build, and what runs once every planned page has been (step 4's index). */
  rendered: number;
  /** Pages drawn ahead of Eleventy's asking, until Eleventy takes them. */
  prerendered: Map<string, string>;
  /** Draws every page once the site is planned, when the build indexes it (step 2). */
  drawAhead?: () => void;
  whenAllRendered: (() => void)[];
  /** What runs once the site is planned and validated, before any page renders. */
  whenPlanned: (() => void)[];
  /** Checks that need the pages rendered (the ids «#…» links land on): at the last page, and after each dev-server build. */
  afterRendering: (() => void)[];
  /** The ids of rendered HTML pages that «#…» links point to, kept across the dev server's builds. */
  pageIds: Map<string, Set<string>>;
  /** Which pages' ids to keep: those links point into (set once planned), or all (the dev server, whose later builds render only a few). */
  anchorTargets: ReadonlySet<string> | "all";
}

export type PlanLinkProvider = (portal: Portal, planId: string) => { indicators?: string; frequency?: string };

/**
 * `PORTAL_TIMINGS=1` prints when each step ends, in ms since the process started (startup included).
 * `at`: when it ended, in ms since the epoch, if not now (the search thread reports its phases late).
 */
export function timing(step: string, at?: number): void {
  const ms = at === undefined ? performance.now() : at - performance.timeOrigin;
  if (process.env.PORTAL_TIMINGS) console.error(`[tiempos] ${step}: ${Math.round(ms)} ms`);
}

/**
 * `PORTAL_NOW=2026-12-01T08:00` builds the site as it will be (or was) at that moment in Bogota: scheduled
 * entries, upcoming events and «Vigencia cumplida» as then. Two builds of the same content at the same
 * moment are byte for byte the same, which is how a refactor is checked.
 */
export function buildTimeFromEnv(): Portal["buildTime"] | undefined {
  const raw = process.env.PORTAL_NOW;
  if (!raw) return undefined;
  const parsed = parseContentDate(raw);
  if (!parsed.ok) throw new Error(`PORTAL_NOW debe ser una fecha AAAA-MM-DD o AAAA-MM-DDTHH:MM (hora de Colombia); se encontró «${raw}»`);
  return parsed.value.dt;
}

/**
 * `PORTAL_PREVIEW=1` (Netlify's deploy previews, netlify.toml; the dev server): scheduled and hidden entries
 * get their page too, saying they are not published, so that the CMS's links to them do not lead to a 404.
 */
export function previewFromEnv(): boolean {
  return process.env.PORTAL_PREVIEW === "1";
}

export function createBuildState(options: PortalOptions): BuildState {
  return {
    options,
    routes: new Map(),
    producers: [],
    planLinks: [],
    loadCache: new Map(),
    rendered: 0,
    prerendered: new Map(),
    whenAllRendered: [],
    whenPlanned: [],
    afterRendering: [],
    pageIds: new Map(),
    anchorTargets: new Set(),
  };
}

/** Computes every route of the site from content/: the whole build's model, made once per build. */
export function planSite(state: BuildState, now: Portal["buildTime"] | undefined = buildTimeFromEnv()): Route[] {
  const { options } = state;
  const portal = loadPortal({ contentDir: options.contentDir, root: options.root, now, cache: state.loadCache, changed: state.changedFiles });
  state.portal = portal;
  const css = stylesheetAsset(options.stylesheet);
  state.stylesheet = css.url;
  const routes: Route[] = [css.route];
  routes.push(...pageRoutes(portal, { planLinks: (id) => Object.assign({}, ...state.planLinks.map((p) => p(portal, id))), unpublished: previewFromEnv() }));
  for (const produce of state.producers) routes.push(...produce(portal));
  routes.push(...siteMapRoutes(routes));
  assertUniqueUrls(routes);
  state.routes = new Map(routes.map((r) => [r.url, r]));
  return routes;
}

/** Step 1: read and validate content/ at the start of every build; a bad entry stops it here. */
export function validateContent(eleventyConfig: EleventyConfig, state: BuildState): void {
  eleventyConfig.addGlobalData("portalRoutes", () => {
    timing("validación: inicio");
    const routes = planSite(state).map((r) => ({ url: r.url }));
    timing("validación y plan del sitio: fin");
    for (const then of state.whenPlanned) then();
    // Step 2 may draw the pages now, before Eleventy prepares each (see renderPages).
    state.drawAhead?.();
    return routes;
  });
  eleventyConfig.addWatchTarget(path.join(state.options.contentDir, "**"));
  eleventyConfig.addWatchTarget(state.options.stylesheet);
}

/** Step 2: one virtual template writes every route; its pagination walks the planned URLs. */
export function renderPages(eleventyConfig: EleventyConfig, state: BuildState): void {
  let foldersToMake = false;
  eleventyConfig.on("eleventy.before", ({ dir }: { dir: { output: string } }) => {
    state.outputDir = dir.output;
    state.rendered = 0;
    foldersToMake = true;
  });
  // A new folder per page is half of what writing a page costs on a slow disk. They are made here, on
  // libuv's threads, while the main thread renders; Eleventy then finds them and only writes the files.
  // Once per full build: the dev server's later builds write a handful of pages.
  state.whenPlanned.push(() => {
    if (foldersToMake && state.outputDir) void makeFolders(state.outputDir, [...state.routes.keys()]);
    foldersToMake = false;
  });
  // A build that indexes draws every page as soon as the site is planned: Pagefind then has them all
  // before Eleventy has prepared a single page, and builds its index (1.7 s at 4,000 pages, the end of
  // every build) on the other core while Eleventy prepares and writes. The dev server's later builds
  // draw only the pages that changed, one by one, as Eleventy (or its stand-in) asks.
  state.drawAhead = () => {
    if (state.searchIndexer) renderAll(state);
  };
  eleventyConfig.addTemplate(
    "portal.11ty.js",
    {
      data: {
        pagination: { data: "portalRoutes", size: 1, alias: "route", addAllPagesToCollections: false },
        permalink: (data: { route: { url: string } }) => data.route.url,
        eleventyExcludeFromCollections: true,
      },
      render: (data: { route: { url: string } }) => {
        const ready = state.prerendered.get(data.route.url);
        if (ready !== undefined) {
          state.prerendered.delete(data.route.url);
          return ready;
        }
        const output = renderRoute(state, state.routes.get(data.route.url)!);
        state.rendered++;
        return output;
      },
    },
    {},
  );
  // Uploaded files are copied as they are. (Eleventy's passthrough globbed the whole project looking
  // for a missing media folder: seconds lost on every build.)
  eleventyConfig.on("eleventy.after", ({ dir }: { dir: { output: string } }) => {
    const media = path.join(state.options.contentDir, "media");
    if (existsSync(media)) cpSync(media, path.join(dir.output, "media"), { recursive: true });
  });
}

/** Draws every planned route, hands each page to the search index, and runs what needs them all. */
function renderAll(state: BuildState): void {
  timing("páginas: empieza el dibujo");
  for (const route of state.routes.values()) {
    const output = renderRoute(state, route);
    state.searchIndexer?.addPage(route.url, output);
    state.prerendered.set(route.url, output);
    state.rendered++;
  }
  timing("páginas dibujadas");
  for (const check of state.afterRendering) check();
  for (const then of state.whenAllRendered) then();
}

/** A route's file: its props and the page context (the site's identity, its URL, the stylesheet), nothing else. */
export function renderRoute(state: BuildState, route: Route): string {
  const output = route.render(route.props, { site: state.portal!.site, url: route.url, stylesheet: state.stylesheet! });
  const targets = state.anchorTargets;
  if (targets === "all" ? route.url.endsWith("/") || route.url.endsWith(".html") : targets.has(route.url)) state.pageIds.set(route.url, idsIn(output));
  return output;
}

/** Creates the folders of the given URLs under `outDir`, a few at a time. Failures are left to Eleventy. */
export async function makeFolders(outDir: string, urls: string[], parallel = 4): Promise<void> {
  // Every folder and its parents, a level at a time, none made recursively: a build that fails removes
  // the output folder while this still runs, and a folder whose parent is gone then fails instead of
  // bringing the output folder back.
  const all = new Set<string>();
  for (const url of urls) {
    for (let dir = path.dirname(path.join(outDir, normaliseUrl(url))); dir.length > outDir.length; dir = path.dirname(dir)) all.add(dir);
  }
  const byDepth = new Map<number, string[]>();
  for (const dir of all) {
    const depth = dir.split(path.sep).length;
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), dir]);
  }
  // The output folder itself is made at once, before any page is drawn (and any build can fail).
  await mkdir(outDir, { recursive: true }).catch(() => undefined);
  let gone = false;
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    const folders = byDepth.get(depth)!;
    let next = 0;
    const work = async () => {
      while (!gone && next < folders.length) {
        await mkdir(folders[next++]!).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") gone = true;
        });
      }
    };
    await Promise.all(Array.from({ length: parallel }, work));
    if (gone) return;
  }
}

/**
 * Step 2b: every link in the content leads to a page of the site (checked once the pages are planned),
 * and every «#…» to a section of that page (once they are rendered).
 */
export function checkLinks(_eleventyConfig: EleventyConfig, state: BuildState): void {
  let sources: LinkSource[] = [];
  state.whenPlanned.push(() => {
    const portal = state.portal!;
    sources = linkSources(portal, path.relative(state.options.root, path.join(state.options.contentDir, "transparencia.yaml")));
    const dead = checkLinkTargets(sources, new Set(state.routes.keys()), portal);
    if (dead.length) throw new DeadLinkError(dead);
    if (state.anchorTargets !== "all") state.anchorTargets = anchorTargets(sources, state.routes, portal.site.url);
  });
  state.afterRendering.push(() => {
    const dead = checkAnchors(sources, (url) => state.pageIds.get(url), state.portal!.site.url);
    if (dead.length) throw new DeadLinkError(dead);
  });
}

/** Step 3: feeds for readers, and the plan's measures computed from the same content. */
export function publishFeedsAndIndicators(_eleventyConfig: EleventyConfig, state: BuildState): void {
  state.producers.push(feedRoutes);
  // The PQRSD filings count for the plan too (step 5 reads them before the site is planned).
  state.producers.push((portal) => indicatorRoutes(portal, state.pqrsd));
  state.planLinks.push((portal, planId) => {
    const plan = portal.entries.planes.find((p) => p.id === planId);
    return plan ? planLinksFor(plan, findFrequencyIndicator(portal)?.plan.id === planId) : {};
  });
}

/**
 * Step 5: the PQRSD channel: the form and its script, and the quarterly report from the counts of the
 * filings' store (Netlify Blobs on Netlify, the emulator's store locally), read at the start of every
 * full build. Only counts are read: never a filing.
 */
export function publishPqrsd(eleventyConfig: EleventyConfig, state: BuildState): void {
  eleventyConfig.on("eleventy.before", async () => {
    state.pqrsd = await loadPqrsdData(state.options.root).catch((error: Error) => ({ available: false as const, reason: `no se pudo leer la tienda de solicitudes (${error.name})` }));
  });
  state.producers.push((portal) => {
    const script = bundledScriptAsset(path.join(state.options.root, "layouts/scripts/pqrsd.ts"), "pqrsd");
    return [script.route, ...pqrsdRoutes(portal, state.pqrsd ?? { available: false, reason: "esta construcción no leyó la tienda de solicitudes" }, script.url)];
  });
}

/**
 * Step 6: Participa: draft rules open for comment, each with the window the comments function reads
 * (its server side is the PQRSD channel's: src/functions/comments.ts).
 */
export function publishParticipa(_eleventyConfig: EleventyConfig, state: BuildState): void {
  state.producers.push((portal) => {
    const script = bundledScriptAsset(path.join(state.options.root, "layouts/scripts/comentario.ts"), "comentario");
    return [script.route, ...draftRoutes(portal, script.url, previewFromEnv())];
  });
}

/** Step 4: the search page, and the Pagefind index written once the site is. */
export function indexForSearch(eleventyConfig: EleventyConfig, state: BuildState): void {
  state.producers.push((portal) => {
    const script = scriptAsset(path.join(state.options.root, "layouts/scripts/buscar.ts"), "buscar");
    return [script.route, ...searchRoutes(portal, script.url)];
  });
  // Pagefind has every page once the last one is rendered: it builds and writes its index then, while
  // Eleventy is still writing the pages (it waited for Eleventy's writes before: seconds at 4,000 pages).
  let writing: Promise<IndexResult> | undefined;
  const writeIndex = (outputDir: string) => {
    const indexer = state.searchIndexer;
    state.searchIndexer = undefined;
    if (!indexer) return;
    timing("páginas en el índice de búsqueda; su escritura empieza");
    writing = indexer.finish(outputDir, timing);
    // Awaited in eleventy.after; a failure must not count as unhandled before then.
    writing.catch(() => undefined);
  };
  eleventyConfig.on("eleventy.before", () => {
    writing = undefined;
    state.searchIndexer = new SearchIndexer();
  });
  // The PDFs' text is read on the search thread while the pages render.
  state.whenPlanned.push(() => {
    if (state.portal) state.searchIndexer?.addPdfs(pdfRecords(state.portal));
  });
  state.whenAllRendered.push(() => writeIndex(state.outputDir!));
  eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    timing("páginas escritas");
    writeIndex(dir.output);
    if (writing) {
      state.lastIndex = await writing;
      announceIndex(dir.output);
    }
    timing("índice de búsqueda escrito");
  });
}

export { type Route };
