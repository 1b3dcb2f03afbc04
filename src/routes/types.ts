import { EditorFacingError } from "../content/errors.ts";

/** One file of the built site: where it goes and how to make it. Rendering is deferred to writing time. */
export interface Route {
  url: string;
  render: () => string;
  /** Content file the page comes from, or what generates it: named in duplicate-URL errors. */
  source: string;
  /**
   * What the page shows, for the dev server: it rewrites a page only when these change. Entries
   * count by their file's hash. A route without it is rewritten on every change.
   */
  reads?: readonly unknown[];
  /** Listed in sitemap.xml and the HTML site map. */
  sitemap?: { title: string; section: string; lastmod?: string; /** An entry page: listed in sitemap.xml, reached through its listing in the HTML map. */ entry?: boolean };
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
