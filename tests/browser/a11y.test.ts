import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { collectExternalRequests, formatViolations, runAxe, screenshot, useBrowserAndSite } from "./harness.ts";

const siteDir = inject("siteDir");
const site = useBrowserAndSite(siteDir);

/** One URL of each page type, taken from the built site so the test follows the content. */
function pageTypes(): Record<string, string> {
  const news = JSON.parse(readFileSync(path.join(siteDir, "feeds/noticias.json"), "utf8")).items[0].url as string;
  const acts = JSON.parse(readFileSync(path.join(siteDir, "feeds/normativa.json"), "utf8")).items as { url: string }[];
  const sitemap = readFileSync(path.join(siteDir, "sitemap.xml"), "utf8");
  const plan = /<loc>[^<]*(\/planes\/[a-z0-9-]+\/)<\/loc>/.exec(sitemap)![1]!;
  const year = /<loc>[^<]*(\/normativa\/anio\/\d{4}\/)<\/loc>/.exec(readFileSync(path.join(siteDir, "normativa/index.html"), "utf8").replace(/href="/g, "<loc>x").replace(/"/g, "</loc>"))?.[1];
  const types: Record<string, string> = {
    inicio: "/",
    noticias: "/noticias/",
    noticia: new URL(news).pathname,
    normativa: "/normativa/",
    "normativa-por-tipo": "/normativa/tipo/decretos/",
    acto: new URL(acts[0]!.url).pathname,
    planes: "/planes/",
    plan,
    indicadores: `${plan}indicadores/`,
    frecuencia: "/frecuencia-de-actualizacion/",
    transparencia: "/transparencia/",
    "registro-de-activos": "/transparencia/registro-de-activos-de-informacion/",
    "indice-clasificada-reservada": "/transparencia/indice-de-informacion-clasificada-y-reservada/",
    "esquema-de-publicacion": "/transparencia/esquema-de-publicacion/",
    "datos-abiertos": "/datos-abiertos/",
    "conjunto-de-datos": "/datos-abiertos/normativa/",
    eventos: "/eventos/",
    convenios: "/convenios/",
    "mapa-del-sitio": "/mapa-del-sitio/",
    suscripciones: "/feeds/",
    "pagina-404": "/no-existe/",
  };
  if (year) types["normativa-por-anio"] = year;
  return types;
}


describe("WCAG 2.1 A/AA (axe-core)", () => {
  for (const [name, url] of Object.entries(pageTypes())) {
    it(`${name} (${url}) has no violations and requests nothing from another host`, async () => {
      const page = await site.browser.newPage();
      const external = collectExternalRequests(page, site.served.url);
      await page.goto(site.served.url + url, { waitUntil: "networkidle" });
      const results = await runAxe(page);
      await screenshot(page, `a11y-${name}`);
      await page.close();
      expect(results.violations, formatViolations(results)).toEqual([]);
      expect(external).toEqual([]);
    });
  }

  it("/buscar/ with results shown has no violations", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.url}/buscar/?q=municipal`, { waitUntil: "networkidle" });
    await page.waitForSelector("#resultados li");
    const results = await runAxe(page);
    await screenshot(page, "a11y-buscar");
    await page.close();
    expect(results.violations, formatViolations(results)).toEqual([]);
  });

  it("is usable at 320 px wide without sideways scrolling", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const url of ["/", pageTypes().acto!, pageTypes().plan!]) {
      await page.goto(site.served.url + url, { waitUntil: "networkidle" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await screenshot(page, "a11y-320px-plan");
    await page.close();
  });

  it("shows keyboard focus and starts with a skip link to the main content", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.url}/`, { waitUntil: "networkidle" });
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, href: el.getAttribute("href"), outline: style.outlineStyle, shadow: style.boxShadow, top: el.getBoundingClientRect().top };
    });
    expect(first.text).toBe("Saltar al contenido principal");
    expect(first.href).toBe("#contenido");
    expect(first.outline !== "none" || first.shadow !== "none").toBe(true);
    expect(first.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenido");
    await page.close();
  });
});
