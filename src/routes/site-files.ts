/** The files every site has besides its pages: stylesheet, icon, robots.txt, sitemaps. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { buildSync, transformSync } from "esbuild";
import { absoluteUrl } from "../content/urls.ts";
import { SiteMap, type SiteMapSection } from "../../layouts/pages/SiteMap.tsx";
import { pageRoute } from "./render.ts";
import type { Route } from "./types.ts";

export interface Asset {
  url: string;
  route: Route<{ text: string }>;
}

/** A file served as it is, under a name that changes with its content, so it can be cached for a year. */
function asset(text: string, name: string, extension: string, source: string): Asset {
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
  const url = `/assets/${name}.${hash}.${extension}`;
  return { url, route: { url, source, props: { text }, render: (p) => p.text } };
}

export function stylesheetAsset(file: string): Asset {
  return asset(readFileSync(file, "utf8"), "site", "css", file);
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
  return asset(code, name, "js", file);
}

// A bundled script is made again only when one of the files it bundles changed.
const bundled = new Map<string, { inputs: Record<string, string>; code: string }>();

/**
 * A browser script that imports other modules (the PQRSD form's, which shares the server's validator):
 * bundled into one file with esbuild, minified, named by its content.
 */
export function bundledScriptAsset(file: string, name: string): Asset {
  const cached = bundled.get(file);
  const fresh = cached && Object.entries(cached.inputs).every(([f, text]) => {
    try {
      return readFileSync(f, "utf8") === text;
    } catch {
      return false;
    }
  });
  if (!cached || !fresh) {
    const out = buildSync({ entryPoints: [file], bundle: true, format: "iife", target: "es2020", minify: true, legalComments: "none", write: false, metafile: true });
    const inputs = Object.fromEntries(Object.keys(out.metafile!.inputs).map((f) => [f, readFileSync(f, "utf8")]));
    bundled.set(file, { inputs, code: out.outputFiles[0]!.text });
  }
  return asset(bundled.get(file)!.code, name, "js", file);
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#004884"/><path d="M8 22V10h7a4 4 0 0 1 0 8h-4v4z" fill="#fff"/></svg>`;

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

const SECTION_ORDER = ["Portal", "Información institucional", "Noticias", "Normativa", "Planes"];

function rank(section: string): number {
  const i = SECTION_ORDER.indexOf(section);
  return i === -1 ? SECTION_ORDER.length : i;
}

/** The HTML map's sections, from the pages that say where they belong (entries are reached through their listings). */
function siteMapSections(listed: readonly Route[]): SiteMapSection[] {
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
}

/** Built from the final list of routes, so they can never list a page that does not exist. */
export function siteMapRoutes(routes: readonly Route[]): Route[] {
  const listed = routes.filter((r) => r.sitemap);
  const pages = listed.map((r) => ({ url: r.url, lastmod: r.sitemap!.lastmod }));
  return [
    {
      url: "/sitemap.xml",
      source: "mapa del sitio XML",
      props: { pages },
      render: (p: { pages: typeof pages }, ctx) =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
        p.pages.map((r) => `<url><loc>${escapeXml(absoluteUrl(ctx.site, r.url))}</loc>${r.lastmod ? `<lastmod>${r.lastmod}</lastmod>` : ""}</url>`).join("\n") +
        `\n<url><loc>${escapeXml(absoluteUrl(ctx.site, "/mapa-del-sitio/"))}</loc></url>\n</urlset>\n`,
    },
    pageRoute("/mapa-del-sitio/", "mapa del sitio", SiteMap, { sections: siteMapSections(listed) }),
    {
      url: "/robots.txt",
      source: "robots.txt",
      props: {},
      render: (_p, ctx) => `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteUrl(ctx.site, "/sitemap.xml")}\n`,
    },
    { url: "/favicon.svg", source: "icono del sitio", props: {}, render: () => FAVICON },
  ];
}
