/**
 * A preview build (PORTAL_PREVIEW=1: Netlify's deploy previews, the dev server): a scheduled or hidden
 * entry has its page, which says it is not published and when it will be, and is kept out of search,
 * search engines, listings and the site map. The public build has no such page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { whyUnpublished } from "../../src/content/entry.ts";
import { loadPortal } from "../../src/content/load.ts";
import { ZONE } from "../../src/dates/index.ts";
import { pageRoutes } from "../../src/routes/pages.ts";
import { siteMapRoutes } from "../../src/routes/site-files.ts";
import type { Route } from "../../src/routes/types.ts";
import { FIXTURE_SITE, ROOT } from "../helpers/build.ts";

const now = DateTime.fromISO("2025-01-01T08:00", { zone: ZONE });
const portal = loadPortal({ contentDir: FIXTURE_SITE, root: ROOT, now });
const render = (r: Route) => r.render(r.props, { site: portal.site, url: r.url, stylesheet: "/assets/site.css" });
const byUrl = (routes: Route[]) => new Map(routes.map((r) => [r.url, r]));

describe("a preview build", () => {
  const preview = byUrl(pageRoutes(portal, { unpublished: true }));
  const publicSite = byUrl(pageRoutes(portal));

  it("gives a scheduled entry its page, saying when it will appear, unindexed and unsearched", () => {
    const page = preview.get("/noticias/2099-01-01-programada/")!;
    expect(publicSite.has("/noticias/2099-01-01-programada/")).toBe(false);
    const html = render(page);
    expect(html).toContain("<strong>Vista previa: esta entrada no está publicada.</strong> Está programada: aparecerá en el sitio el 1 de enero de 2099. Hasta entonces nadie más la ve.");
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain("data-pagefind-body");
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain("<h1>Noticia programada</h1>");
  });

  it("gives a hidden entry its page, saying how to show it", () => {
    const html = render(preview.get("/noticias/2024-02-10-borrador/")!);
    expect(html).toContain("Está oculta en el sitio («Ocultar en el sitio»): los ciudadanos no la ven hasta que se desactive.");
  });

  it("leaves listings, the site map and every published page as the public build has them", () => {
    const extra = [...preview.keys()].filter((u) => !publicSite.has(u));
    expect(extra.sort()).toEqual(["/noticias/2024-02-10-borrador/", "/noticias/2099-01-01-programada/"]);
    for (const [url, route] of publicSite) expect(render(preview.get(url)!), url).toBe(render(route));
    const map = siteMapRoutes([...preview.values()]).find((r) => r.url === "/sitemap.xml")!;
    expect(render(map)).not.toMatch(/programada|borrador/);
  });

  it("says why an entry is not on the site", () => {
    type Dated = Parameters<typeof whyUnpublished>[0];
    const entry = (date: string, hidden = false) => ({ data: { hidden }, date: { raw: date, dateOnly: true, dt: DateTime.fromISO(date, { zone: ZONE }) } }) as unknown as Dated;
    expect(whyUnpublished(entry("2024-01-01"), now)).toBeUndefined();
    expect(whyUnpublished(entry("2099-01-01"), now)).toMatchObject({ hidden: false, scheduledFor: { raw: "2099-01-01" } });
    expect(whyUnpublished(entry("2024-01-01", true), now)).toEqual({ hidden: true });
    // Events are announced before they happen: never «scheduled».
    expect(whyUnpublished(entry("2099-01-01"), now, false)).toBeUndefined();
  });

  it("is what Netlify builds for a deploy preview", () => {
    const toml = parse(readFileSync(path.join(ROOT, "netlify.toml"), "utf8")) as { context: Record<string, { environment?: Record<string, string> }> };
    expect(toml.context["deploy-preview"]?.environment?.PORTAL_PREVIEW).toBe("1");
    expect(toml.context.production?.environment?.PORTAL_PREVIEW).toBeUndefined();
  });
});
