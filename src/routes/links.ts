/**
 * Links inside the site must lead somewhere: a link in a text to a page the site does not make (a decree
 * not yet published, a mistyped address) is refused, naming the file, the line and the link, with the
 * page it probably meant; a link to a section («#metas») needs that section on the page. The first
 * check runs once the pages are planned, the second once they are rendered (ids come from the HTML).
 */
import { EditorFacingError, formatIssue, type ContentIssue } from "../content/errors.ts";
import { fieldLabel } from "../content/labels.ts";
import type { Entry, Portal } from "../content/types.ts";
import { formatLongDate } from "../dates/index.ts";
import type { CollectionDef } from "../schema/collections.ts";
import { specsOf } from "../schema/fields.ts";
import { transparencyFields } from "../schema/transparency.ts";
import { closest } from "../text/distance.ts";
import { normaliseUrl } from "./types.ts";

/** A link written in content, where it was written, and the page it appears on. */
export interface LinkSource {
  href: string;
  file: string;
  line?: number;
  field?: string;
  label?: string;
  /** The URL of the page the link is shown on: relative links and «#…» resolve against it. */
  page: string;
}

/** Folders the site serves that are not pages of its own making. /media/ files are checked by the loader. */
const NOT_PAGES = ["/media/", "/pagefind/", "/admin/"];

/** Every link in the published content: texts of entries, and the transparency menu. */
export function linkSources(portal: Portal, transparencyFile: string): LinkSource[] {
  const sources: LinkSource[] = [];
  for (const list of Object.values(portal.entries) as Entry[][]) {
    for (const entry of list) {
      const body = (portal.collections[entry.collection] as CollectionDef).body.label;
      for (const ref of entry.bodyLinks ?? []) sources.push({ href: ref.href, file: entry.file, line: ref.line, field: "body", label: body, page: entry.url });
    }
  }
  const specs = specsOf(transparencyFields);
  const add = (href: string | undefined, field: string) => {
    if (href) sources.push({ href, file: transparencyFile, field, label: fieldLabel(specs, field), page: "/transparencia/" });
  };
  portal.transparency.categories.forEach((c, ci) =>
    c.items.forEach((item, ii) => {
      add(item.link, `categories.${ci}.items.${ii}.link`);
      (item.subitems ?? []).forEach((s, si) => add(s.link, `categories.${ci}.items.${ii}.subitems.${si}.link`));
    }),
  );
  return sources;
}

/** The page and section a link names on this site, or undefined for another site, e-mail and the like. */
export function resolveLink(href: string, page: string, siteUrl: string): { path: string; fragment?: string } | undefined {
  const site = new URL(`${siteUrl}/`);
  let url: URL;
  try {
    url = new URL(href.trim(), new URL(page, site));
  } catch {
    return undefined;
  }
  if (url.origin !== site.origin) return undefined;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Left as written: a malformed escape is itself a link to no page.
  }
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  return { path, ...(fragment ? { fragment } : {}) };
}

export class DeadLinkError extends EditorFacingError {
  constructor(readonly issues: ContentIssue[]) {
    const n = issues.length;
    super(
      `${n === 1 ? "Un enlace lleva" : `${n} enlaces llevan`} a una página o sección que el sitio no tiene:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join("\n") +
        "\nCorrija los enlaces indicados, o publique antes las páginas que nombran.",
    );
    this.name = "DeadLinkError";
  }
}

function issue(source: LinkSource, message: string): ContentIssue {
  return { file: source.file, ...(source.line !== undefined ? { line: source.line } : {}), field: source.field, label: source.label, message };
}

/** Why a page the site knows of is not published yet, when it is one. */
function notYetPublished(portal: Portal, path: string): string | undefined {
  for (const map of Object.values(portal.all) as Map<string, Entry>[]) {
    for (const entry of map.values()) {
      if (entry.url !== path) continue;
      if ((entry.data as { draft?: boolean }).draft) return `la página de «${entry.title}», que es un borrador y no se publica`;
      if (entry.date && entry.date.dt > portal.buildTime) return `la página de «${entry.title}», que se publicará el ${formatLongDate(entry.date)}`;
    }
  }
  return undefined;
}

/**
 * Links to pages the site does not make. `urls`: every planned route. A link without its final «/»
 * («/normativa») still reaches the page: the host adds it.
 */
export function checkLinkTargets(sources: readonly LinkSource[], urls: ReadonlySet<string>, portal: Portal): ContentIssue[] {
  const known = new Set([...urls].map(normaliseUrl));
  const pages = [...urls].filter((u) => u.endsWith("/"));
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const target = resolveLink(source.href, source.page, portal.site.url);
    if (!target || NOT_PAGES.some((p) => target.path.startsWith(p))) continue;
    if (known.has(normaliseUrl(target.path)) || known.has(normaliseUrl(`${target.path}/`))) continue;
    const unpublished = notYetPublished(portal, target.path.endsWith("/") ? target.path : `${target.path}/`);
    if (unpublished) {
      issues.push(issue(source, `enlaza «${source.href}», ${unpublished}: quite el enlace hasta entonces`));
      continue;
    }
    const guess = closest(target.path.endsWith("/") ? target.path : `${target.path}/`, pages, Math.max(2, Math.floor(target.path.length / 5)));
    issues.push(issue(source, `enlaza «${source.href}», una página que no existe en el sitio${guess ? `. ¿Quiso decir «${guess}»?` : ""}`));
  }
  return issues;
}

/** Links to a section («#metas») that the page does not have. `idsOf`: the ids in a rendered page. */
export function checkAnchors(sources: readonly LinkSource[], idsOf: (url: string) => ReadonlySet<string> | undefined, siteUrl: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const target = resolveLink(source.href, source.page, siteUrl);
    if (!target?.fragment || NOT_PAGES.some((p) => target.path.startsWith(p))) continue;
    const ids = idsOf(target.path) ?? idsOf(`${target.path}/`);
    if (!ids || ids.has(target.fragment)) continue;
    const guess = closest(target.fragment, ids, Math.max(2, Math.floor(target.fragment.length / 4)));
    const where = target.path === source.page ? "esta misma página" : `la página «${target.path}»`;
    issues.push(issue(source, `enlaza «${source.href}», pero ${where} no tiene la sección «${target.fragment}»${guess ? `. ¿Quiso decir «#${guess}»?` : ""}`));
  }
  return issues;
}

/** The routes «#…» links point into: only their ids need reading from the rendered HTML. */
export function anchorTargets(sources: readonly LinkSource[], routes: ReadonlyMap<string, unknown>, siteUrl: string): Set<string> {
  const targets = new Set<string>();
  for (const source of sources) {
    const target = resolveLink(source.href, source.page, siteUrl);
    if (!target?.fragment) continue;
    for (const url of [target.path, `${target.path}/`]) if (routes.has(url)) targets.add(url);
  }
  return targets;
}

const ID = /\sid="([^"]+)"/g;

/** The ids of an HTML page: where «#…» links can land. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => m[1]!));
}

