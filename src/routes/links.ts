/**
 * Links that content writes to pages of the site, checked against the pages the build plans: a link to
 * a page that does not exist, or to a section a page does not have, stops the build naming the file, the
 * field and the link, with the closest address the site does have.
 */
import type { ContentIssue } from "../content/errors.ts";
import { normaliseUrl, type Route } from "./types.ts";

export interface LinkToCheck {
  file: string;
  field?: string;
  /** The field as the CMS form labels it. */
  label?: string;
  line?: number;
  link: string;
  /** Who links, as a message names it: «del numeral 1.4 «Directorio institucional»». */
  from?: string;
}

export interface RouteIndex {
  has(path: string): boolean;
  /** The ids a page's HTML has, for its #sections; undefined when no page has that address. */
  anchors(path: string): ReadonlySet<string> | undefined;
  paths(): readonly string[];
}

const ID = /\sid="([^"]+)"/g;

/**
 * The planned pages by address. A page's sections are read from its HTML, rendered on demand: only
 * pages that a checked link points into with a #fragment are rendered, once.
 */
export function routeIndex(routes: readonly Route[], opts: { mediaExists: (path: string) => boolean; render: (route: Route) => string }): RouteIndex {
  const { mediaExists } = opts;
  const byKey = new Map(routes.map((r) => [normaliseUrl(r.url), r]));
  const anchors = new Map<string, Set<string>>();
  const pages = routes.map((r) => r.url).filter((u) => u.endsWith("/"));
  return {
    has: (p) => byKey.has(normaliseUrl(p)) || (p.startsWith("/media/") && mediaExists(p)),
    anchors: (p) => {
      const route = byKey.get(normaliseUrl(p));
      if (!route) return undefined;
      let ids = anchors.get(route.url);
      if (!ids) anchors.set(route.url, (ids = new Set([...opts.render(route).matchAll(ID)].map((m) => m[1]!))));
      return ids;
    },
    paths: () => pages,
  };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate closest to what was written, if it is close enough to be what was meant. */
export function closest(written: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // «#horario-de-atencion» for «#horario-de-atencion-presencial»: the start written, the rest forgotten.
  const longer = list.filter((c) => written.length >= 4 && c.startsWith(written)).sort((a, b) => a.length - b.length)[0];
  if (longer) return longer;
  let best: { c: string; d: number } | undefined;
  for (const c of list) {
    const d = distance(written, c);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(written.length * 0.3)) ? best.c : undefined;
}

function issue(l: LinkToCheck, message: string): ContentIssue {
  return { file: l.file, ...(l.field ? { field: l.field } : {}), ...(l.label ? { label: l.label } : {}), ...(l.line !== undefined ? { line: l.line } : {}), message };
}

/** The problems of the site-local links; links to other hosts are not checked here. */
export function checkLinks(links: readonly LinkToCheck[], index: RouteIndex): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const l of links) {
    if (!l.link.startsWith("/")) continue;
    const [beforeHash, fragment] = l.link.split("#", 2) as [string, string | undefined];
    const path = beforeHash.split("?")[0]!;
    const who = l.from ? `${l.from} ` : "";
    if (!index.has(path)) {
      const slash = !path.endsWith("/") && !path.startsWith("/media/") && index.has(`${path}/`) ? `${path}/` : undefined;
      const guess = slash ?? closest(path, index.paths());
      out.push(
        issue(
          l,
          `${who}enlaza «${l.link}», una dirección que no existe en el sitio` +
            (guess ? `: ¿quiso escribir «${guess}${fragment ? `#${fragment}` : ""}»?${slash ? " Las páginas del sitio terminan en «/»." : ""}` : ".") +
            " Corrija el enlace; si la página todavía no está publicada, quítelo y diga qué falta",
        ),
      );
      continue;
    }
    if (!fragment || path.startsWith("/media/")) continue;
    const ids = index.anchors(path);
    if (ids && !ids.has(fragment)) {
      const guess = closest(fragment, ids);
      out.push(
        issue(
          l,
          `${who}enlaza «${l.link}», pero la página «${path}» no tiene la sección «#${fragment}»` +
            (guess ? `: ¿quiso escribir «${path}#${guess}»?` : ".") +
            " Las secciones de una página son sus títulos escritos en minúsculas, sin tildes, con guiones («Horario de atención» es «#horario-de-atencion»)",
        ),
      );
    }
  }
  return out;
}
