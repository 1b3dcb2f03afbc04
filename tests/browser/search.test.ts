import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, useBrowserAndSite } from "./harness.ts";

const siteDir = inject("siteDir");
const site = useBrowserAndSite(siteDir);


async function search(page: Page, query: string): Promise<{ urls: string[]; status: string }> {
  await page.goto(`${site.served.url}/buscar/?${query}`, { waitUntil: "networkidle" });
  await page.waitForFunction(() => {
    const s = document.getElementById("estado-busqueda")?.textContent ?? "";
    return s !== "" && s !== "Buscando…";
  });
  const urls = await page.locator("#resultados li h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { urls, status: (await page.locator("#estado-busqueda").textContent()) ?? "" };
}

describe("search", () => {
  it("finds a news item first by a word of its title", async () => {
    const items = JSON.parse(readFileSync(path.join(siteDir, "feeds/noticias.json"), "utf8")).items as { url: string; title: string }[];
    // The title's longest word that no other news title contains: its page must come first.
    const word = items
      .flatMap((i) => i.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 5).map((w) => ({ w, url: new URL(i.url).pathname })))
      .find(({ w }) => items.filter((i) => i.title.toLowerCase().includes(w.toLowerCase())).length === 1)!;
    const page = await site.browser.newPage();
    const { urls, status } = await search(page, `q=${encodeURIComponent(word.w)}`);
    expect(urls[0], `${word.w}: ${status}`).toBe(word.url);
    await page.close();
  });

  it("narrows results to one type with a filter kept in the URL", async () => {
    const page = await site.browser.newPage();
    const all = await search(page, "q=municipal");
    const decretos = await search(page, "q=municipal&tipo=Decreto");
    const count = (status: string) => Number(/^([\d.]+) resultados?/.exec(status)?.[1]?.replace(/\./g, "") ?? 0);
    expect(count(decretos.status)).toBeGreaterThan(0);
    expect(count(decretos.status)).toBeLessThan(count(all.status));
    const types = await page.locator("#resultados li .meta").allTextContents();
    for (const t of types) expect(t.startsWith("Decreto")).toBe(true);
    expect(decretos.status).toMatch(/\(Decreto\)/);
    // Changing the filter in the form updates the URL, so the search can be shared.
    await page.selectOption("#f-tipo", "Acta");
    await page.waitForFunction(() => location.search.includes("tipo=Acta"));
    await page.close();
  });

  it("finds the same acts for «resolucion» and «resolución»", async () => {
    const page = await site.browser.newPage();
    const plain = await search(page, "q=resolucion");
    const accented = await search(page, `q=${encodeURIComponent("resolución")}`);
    expect(plain.urls.length).toBeGreaterThan(0);
    expect([...plain.urls].sort()).toEqual([...accented.urls].sort());
    await screenshot(page, "buscar-resolucion");
    await page.close();
  });

  it("is usable with the keyboard and announces the count in a live region", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.url}/buscar/`, { waitUntil: "networkidle" });
    expect(await page.locator("#estado-busqueda").getAttribute("role")).toBe("status");
    await page.focus("#q");
    await page.keyboard.type("decreto");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /resultado/.test(document.getElementById("estado-busqueda")?.textContent ?? ""));
    expect(new URL(page.url()).searchParams.get("q")).toBe("decreto");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe("f-tipo");
    await page.close();
  });

  it("says plainly that search needs JavaScript when it is off, and points to the listings", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.served.url}/buscar/?q=decreto`, { waitUntil: "load" });
    const text = await page.locator("main").innerText();
    expect(text).toContain("La búsqueda necesita JavaScript");
    expect(await page.locator('main a[href="/normativa/tipo/decretos/"]').count()).toBe(1);
    await context.close();
  });

  it("loads nothing of the search library on other pages", async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.served.url}/`, { waitUntil: "networkidle" });
    await page.goto(`${site.served.url}/noticias/`, { waitUntil: "networkidle" });
    expect(requests.filter((p) => p.startsWith("/pagefind/") || p.includes("buscar"))).toEqual([]);
    await page.close();
  });

  it("searches without Pagefind's web worker: one script less before the first result", async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    const { urls } = await search(page, "q=resoluci%C3%B3n");
    expect(urls.length).toBeGreaterThan(0);
    const loaded = requests.filter((p) => p.startsWith("/pagefind/"));
    expect(loaded).toContain("/pagefind/pagefind.js");
    expect(loaded.filter((p) => p.includes("worker"))).toEqual([]);
    await page.close();
  });

  it("asks for every file a search needs with the page, and each of them once", async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await search(page, "q=decreto");
    const entry = requests.filter((p) => p.startsWith("/pagefind/pagefind-entry.json"));
    // The script asks for the entry by the address the page announced, so the preload is used, not repeated.
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatch(/\?ts=es_[0-9a-f]+$/);
    for (const file of ["/pagefind/pagefind.js", "/pagefind/wasm.es.pagefind"]) expect(requests.filter((p) => p === file)).toHaveLength(1);
    expect(requests.filter((p) => p.endsWith(".pf_meta"))).toHaveLength(1);
    await page.close();
  });
});
