import { EditorFacingError } from "../content/errors.ts";
import type { PageContext } from "../../layouts/context.ts";

export interface SitemapInfo {
  title: string;
  section: string;
  lastmod?: string;
  /** An entry page: listed in sitemap.xml, reached through its listing in the HTML map. */
  entry?: boolean;
}

/**
 * One file of the built site: where it goes, what it is made of, and how to write it. `render` is a
 * function of `props` and the context (the site's identity, the URL, the stylesheet) and of nothing
 * else, so a file is rewritten exactly when these change: that is what the dev server tracks.
 * (`any` by default: lists of routes hold pages of every kind, and `render` takes its own props.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Route<P = any> {
  url: string;
  /** Content file the page comes from, or what generates it: named in duplicate-URL errors. */
  source: string;
  props: P;
  render: (props: P, ctx: PageContext) => string;
  /** Listed in sitemap.xml and the HTML site map. */
  sitemap?: SitemapInfo;
}

export class DuplicateUrlError extends EditorFacingError {
  constructor(readonly url: string, readonly sources: string[]) {
    super(
      `Dos páginas quieren publicarse en la misma dirección «${url}»: ${sources.join(" y ")}. ` +
        "Cambie el nombre de uno de los archivos para que cada página tenga su propia dirección.",
    );
    this.name = "DuplicateUrlError";
  }
}

/** Fails on the first URL claimed twice, naming both sources. */
export function assertUniqueUrls(routes: readonly Route[]): void {
  const seen = new Map<string, string>();
  for (const r of routes) {
    const key = normaliseUrl(r.url);
    const prev = seen.get(key);
    if (prev !== undefined) throw new DuplicateUrlError(r.url, [prev, r.source]);
    seen.set(key, r.source);
  }
}

/** "/a/" and "/a/index.html" are one output file. */
export function normaliseUrl(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** Items split into numbered pages: /base/, /base/pagina/2/, … */
export function paginate<T>(items: readonly T[], size: number, base: string): { number: number; url: string; items: T[] }[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    url: i === 0 ? base : `${base}pagina/${i + 1}/`,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
