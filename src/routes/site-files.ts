/** The files every site has besides its pages: stylesheet, icon, robots.txt, sitemaps. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { transformSync } from "esbuild";
import type { Portal } from "../content/types.ts";
import { absoluteUrl, type PageContext } from "./context.ts";
import { renderDocument } from "./pages.ts";
import type { Route } from "./types.ts";
import { SiteMap, type SiteMapSection } from "../../layouts/pages/Misc.tsx";

export interface Asset {
  url: string;
  route: Route;
}

/** The stylesheet under a name that changes with its content, so it can be cached for a year. */
export function stylesheetAsset(file: string): Asset {
  const css = readFileSync(file, "utf8");
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
  const url = `/assets/site.${hash}.css`;
  return { url, route: { url, source: file, reads: [url], render: () => css } };
}

// The dev server plans the site on every edit; the script rarely changes with it.
const compiled = new Map<string, string>();

/** A browser script, compiled from TypeScript and named by its content like the stylesheet. */
export function scriptAsset(file: string, name: string): Asset {
  const source = readFileSync(file, "utf8");
  let code = compiled.get(source);
  if (code === undefined) {
    code = transformSync(source, { loader: "ts", format: "esm", target: "es2020", minify: true, legalComments: "none" }).code;
    compiled.clear();
    compiled.set(source, code);
  }
  const js = code;
  const hash = createHash("sha256").update(js).digest("hex").slice(0, 10);
  const url = `/assets/${name}.${hash}.js`;
  return { url, route: { url, source: file, reads: [url], render: () => js } };
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#004884"/><path d="M8 22V10h7a4 4 0 0 1 0 8h-4v4z" fill="#fff"/></svg>`;

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

const SECTION_ORDER = ["Portal", "Información institucional", "Noticias", "Normativa", "Planes"];

/** Built from the final list of routes, so they can never list a page that does not exist. */
export function siteMapRoutes(portal: Portal, routes: readonly Route[], stylesheet: string): Route[] {
  const listed = routes.filter((r) => r.sitemap);
  const sitemapXml = () =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    listed
      .map((r) => `<url><loc>${escapeXml(absoluteUrl(portal, r.url))}</loc>${r.sitemap!.lastmod ? `<lastmod>${r.sitemap!.lastmod}</lastmod>` : ""}</url>`)
      .join("\n") +
    `\n<url><loc>${escapeXml(absoluteUrl(portal, "/mapa-del-sitio/"))}</loc></url>\n</urlset>\n`;

  const sections = (): SiteMapSection[] => {
    const groups = new Map<string, SiteMapSection>();
    for (const r of listed) {
      if (r.sitemap!.entry) continue;
      const name = r.sitemap!.section;
      if (!groups.has(name)) groups.set(name, { title: name, links: [] });
      const group = groups.get(name)!;
      if (r.sitemap!.title === name && !group.url) group.url = r.url;
      else group.links.push({ label: r.sitemap!.title, url: r.url });
    }
    groups.get("Portal")?.links.push({ label: "Mapa del sitio", url: "/mapa-del-sitio/" });
    return [...groups.values()].sort((a, b) => rank(a.title) - rank(b.title));
  };
  const ctx: PageContext = { portal, url: "/mapa-del-sitio/", stylesheet };
  const listing = listed.map((r) => [r.url, r.sitemap!.lastmod]);
  const map = listed.filter((r) => !r.sitemap!.entry).map((r) => [r.url, r.sitemap!.title, r.sitemap!.section]);
  return [
    { url: "/sitemap.xml", source: "mapa del sitio XML", reads: [listing], render: sitemapXml },
    { url: "/mapa-del-sitio/", source: "mapa del sitio", reads: [map], render: () => renderDocument(createElement(SiteMap, { ctx, sections: sections() })) },
    {
      url: "/robots.txt",
      source: "robots.txt",
      reads: [],
      render: () => `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteUrl(portal, "/sitemap.xml")}\n`,
    },
    { url: "/favicon.svg", source: "icono del sitio", reads: [], render: () => FAVICON },
  ];
}

function rank(section: string): number {
  const i = SECTION_ORDER.indexOf(section);
  return i === -1 ? SECTION_ORDER.length : i;
}
