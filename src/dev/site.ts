/**
 * The dev server's builder: the same pipeline steps as `npm run build` (.eleventy.ts), recorded instead
 * of handed to Eleventy, so that an edit rewrites only the pages whose content changed. Each route's file
 * is a function of its props and the page context; a file is rewritten when they change.
 */
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync, cpSync, existsSync } from "node:fs";
import path from "node:path";
import { portal as configurePortal } from "../../.eleventy.ts";
import { fingerprint, showsAny } from "./fingerprint.ts";
import type { BuildState, EleventyConfig } from "../pipeline/index.ts";
import { normaliseUrl, type Route } from "../routes/types.ts";
import { announceIndex } from "../search/announce.ts";
import { SearchIndexer } from "../search/index.ts";
import { pdfRecords } from "../search/pdf.ts";

type Handler = (...args: any[]) => unknown;

/** Stands in for Eleventy's configuration API and keeps what the steps register. */
class RecordedConfig implements EleventyConfig {
  globalData = new Map<string, () => unknown>();
  templates = new Map<string, { render: (data: { route: { url: string } }) => string }>();
  handlers = new Map<string, Handler[]>();
  addGlobalData(name: string, value: unknown): void {
    this.globalData.set(name, value as () => unknown);
  }
  addTemplate(virtualPath: string, content: unknown): void {
    this.templates.set(virtualPath, content as { render: (data: { route: { url: string } }) => string });
  }
  addPassthroughCopy(): void {}
  addWatchTarget(): void {}
  setServerOptions(): void {}
  on(event: string, handler: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }
}

export interface DevBuildResult {
  /** The first build: every page, the search index and the CMS. */
  full: boolean;
  /** Output files written, relative to the output folder. */
  written: string[];
  removed: string[];
  total: number;
  ms: number;
}

export class DevSite {
  readonly state: BuildState;
  #config = new RecordedConfig();
  #fingerprints = new Map<string, string>();
  #reindex?: NodeJS.Timeout;

  constructor(
    readonly contentDir: string,
    readonly outDir: string,
  ) {
    this.state = configurePortal(this.#config, contentDir);
    // Later builds render a few pages: the ids of every page are kept, for links added later.
    this.state.anchorTargets = "all";
  }

  fileFor(url: string): string {
    return path.join(this.outDir, normaliseUrl(url));
  }

  #built = false;

  async #emit(event: string): Promise<void> {
    for (const handler of this.#config.handlers.get(event) ?? []) await handler({ dir: { output: this.outDir } });
  }

  /**
   * Plans the whole site and writes the pages whose fingerprint changed. The first build is a full one
   * and runs every step's before and after work too (search index, CMS bundle).
   */
  async build(changed?: ReadonlySet<string>): Promise<DevBuildResult> {
    const started = performance.now();
    const full = !this.#built;
    this.state.changedFiles = full ? undefined : changed;
    if (full) await this.#emit("eleventy.before");
    const plan = this.#config.globalData.get("portalRoutes")!;
    await plan();
    const { routes, portal } = this.state;
    const template = [...this.#config.templates.values()][0]!;
    // What every page shows besides its own content: the identity in the header and footer, the stylesheet.
    // Hashed once here rather than into each of thousands of fingerprints.
    const chrome = createHash("sha1").update(JSON.stringify(portal!.site) + [...routes.keys()].filter((u) => u.startsWith("/assets/")).join()).digest("hex");
    const written: string[] = [];
    for (const route of this.#pagesShowing(changed, full)) {
      const fp = fingerprint(chrome, route.props);
      if (this.#fingerprints.get(route.url) === fp) continue;
      const file = this.fileFor(route.url);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, template.render({ route: { url: route.url } }));
      this.#fingerprints.set(route.url, fp);
      written.push(path.relative(this.outDir, file));
    }
    // The pages not rewritten keep the ids of their last rendering: «#…» links are checked over all of them.
    for (const check of this.state.afterRendering) check();
    const removed: string[] = [];
    for (const url of [...this.#fingerprints.keys()]) {
      if (routes.has(url)) continue;
      rmSync(this.fileFor(url), { force: true });
      this.#fingerprints.delete(url);
      removed.push(path.relative(this.outDir, this.fileFor(url)));
    }
    if (full) await this.#emit("eleventy.after");
    else {
      const media = path.join(this.contentDir, "media");
      if (existsSync(media)) cpSync(media, path.join(this.outDir, "media"), { recursive: true });
    }
    this.#built = true;
    return { full, written, removed, total: routes.size, ms: performance.now() - started };
  }

  /**
   * Every route, those that show an edited entry first (its page, its listing page): the page the editor
   * is looking at is written before thousands of others are checked.
   */
  #pagesShowing(changed: ReadonlySet<string> | undefined, full: boolean): Set<Route> {
    const all = [...this.state.routes.values()];
    if (full || !changed?.size) return new Set(all);
    const files = new Set([...changed].map((f) => path.relative(this.state.options.root, f)));
    const first = all.filter((r) => showsAny(r.props, files));
    return new Set([...first, ...all]);
  }

  #reindexing = false;
  #reindexAgain?: (result: number | Error) => void;

  /**
   * Search follows a moment later, on the whole written site, without holding up the page. One re-index
   * at a time: two would write the same pagefind/ folder at once.
   */
  scheduleReindex(delayMs = 1500, done?: (result: number | Error) => void): void {
    clearTimeout(this.#reindex);
    this.#reindex = setTimeout(() => void this.#runReindex(done), delayMs);
  }

  async #runReindex(done?: (result: number | Error) => void): Promise<void> {
    if (this.#reindexing) {
      this.#reindexAgain = done ?? (() => undefined);
      return;
    }
    this.#reindexing = true;
    try {
      // At a lower priority: an edit made meanwhile is served first.
      const indexer = new SearchIndexer({ background: true });
      indexer.addDirectory(this.outDir);
      const portal = this.state.portal;
      if (portal) indexer.addPdfs(pdfRecords(portal));
      const { ms } = await indexer.finish(this.outDir);
      announceIndex(this.outDir);
      done?.(ms);
    } catch (e) {
      done?.(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.#reindexing = false;
    }
    const again = this.#reindexAgain;
    this.#reindexAgain = undefined;
    if (again) await this.#runReindex(again);
  }
}
