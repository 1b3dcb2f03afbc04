/**
 * «¿Le fue útil esta página?» as citizens use it, in Chromium, against the built site and Netlify's
 * emulator running the real function with a local Blobs store: with JavaScript and without, clumsy and
 * hostile cases, a flood, a burst, and the committee's CSV behind credentials. Each browser context
 * comes from its own address (x-forwarded-for), as different citizens would. Screenshots go to
 * tests/.artifacts/screenshots/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FEEDBACK_COMMENT_MAX } from "../../src/forms/feedback.ts";
import { isPagePath } from "../../src/functions/feedback.ts";
import { hashPassword } from "../../src/pqrsd/auth.ts";
import { VIEW_WINDOW_MINUTES, type FeedbackRecord } from "../../src/pqrsd/feedback.ts";
import { startEmulator, type Emulator } from "../helpers/emulator.ts";
import { basic, PERSONAL_PASSWORD, PERSONAL_USER } from "../helpers/pqrsd.ts";
import { collectExternalRequests, formatViolations, launchBrowser, runAxe, screenshot } from "./harness.ts";

let browser: Browser;
let emu: Emulator;
let ipCounter = 1;
const nextIp = () => `10.40.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const NEWS = "/noticias/2026-08-21-acueducto-vereda-el-cucharo/";
const ACT = "/normativa/decreto-045-2008/";
const PAGE = "/participa/";
const LIMIT = 4;
const BURST = 25;
/** Generous: the emulator is slow on a loaded machine; nothing here measures time. */
const SLOW = 180_000;
const noJs = new WeakSet<Page>();

beforeAll(async () => {
  emu = await startEmulator({
    siteDir: inject("siteDir"),
    env: { UTILIDAD_LIMITE_POR_HORA: String(LIMIT), PQRSD_PERSONAL: `${PERSONAL_USER}:${hashPassword(PERSONAL_PASSWORD)}` },
  });
  browser = await launchBrowser();
  // The emulator bundles each function on its first call: done here, so no test pays for it.
  await Promise.all(["/api/participa/utilidad/gracias?pagina=/", "/api/pqrsd/personal/"].map((p) => fetch(emu.url + p).then((r) => r.arrayBuffer())));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await emu?.stop();
});

async function votes(): Promise<(FeedbackRecord & { key: string })[]> {
  const { store, close } = await emu.openStore();
  try {
    const { blobs } = await store.list({ prefix: "utilidad/" });
    return await Promise.all(blobs.map(async (b) => ({ key: b.key, ...((await store.get(b.key, { type: "json" })) as FeedbackRecord) })));
  } finally {
    await close();
  }
}
const votesOf = async (page: string) => (await votes()).filter((v) => v.page === page);

async function open(javaScript: boolean, path: string, ip = nextIp()): Promise<{ context: BrowserContext; page: Page; external: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 390, height: 844 }, locale: "es-CO", extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  if (!javaScript) noJs.add(page);
  const external = collectExternalRequests(page, emu.url);
  await page.goto(emu.url + path);
  return { context, page, external };
}

/** axe needs scripts: a page seen without JavaScript is audited as the same HTML in a page with them on. */
async function axeViolations(page: Page) {
  if (!noJs.has(page)) return (await runAxe(page)).violations;
  const origin = new URL(page.url()).origin;
  const html = (await page.content()).replace("<head>", `<head><base href="${origin}/">`);
  const other = await browser.newPage();
  await other.setContent(html, { waitUntil: "load" });
  const results = await runAxe(other);
  await other.close();
  return results.violations;
}

const form = (page: Page) => page.locator("#utilidad form");

function pagesWithForm(siteDir: string): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".html")) {
        const html = readFileSync(p, "utf8");
        const url = `/${path.relative(siteDir, p).replace(/index\.html$/, "")}`;
        found.set(url, /<input type="hidden" name="pagina" value="([^"]*)"/.exec(html)?.[1]);
      }
    }
  };
  walk(siteDir);
  return found;
}

describe("dónde aparece", () => {
  it("al pie de las páginas de contenido, con su propia dirección, y no en listados, búsqueda, 404 ni PQRSD", () => {
    const pages = pagesWithForm(inject("siteDir"));
    const withForm = [...pages].filter(([, own]) => own !== undefined);
    for (const [url, own] of withForm) {
      expect(own, url).toBe(url);
      expect(isPagePath(url), url).toBe(true);
    }
    for (const url of [NEWS, ACT, PAGE, "/planes/plan-accion-gobierno-en-linea-2008-2011/", "/eventos/2026-12-12-audiencia-rendicion-de-cuentas/", "/convenios/2009-gobernacion-de-santander/", "/transparencia/", "/datos-abiertos/normativa/"])
      expect(pages.get(url), url).toBe(url);
    for (const url of ["/", "/noticias/", "/normativa/", "/buscar/", "/404.html", "/atencion-al-ciudadano/pqrsd/", "/mapa-del-sitio/", "/admin/"]) expect(pages.get(url), url).toBeUndefined();
  });
});

for (const javaScript of [false, true]) {
  const mode = javaScript ? "con JavaScript" : "sin JavaScript";
  describe(`un ciudadano ${mode}`, () => {
    it("responde al pie de una noticia y ve el agradecimiento en la misma página, sin cookies ni pedidos afuera", async () => {
      const { context, page, external } = await open(javaScript, NEWS);
      const heading = await page.locator("h1").textContent();
      expect(await form(page).count()).toBe(1);
      // At the foot: after the page's own content, outside what search indexes.
      expect(await page.locator("[data-pagefind-body] #utilidad").count()).toBe(0);
      const violations = await axeViolations(page);
      expect(violations, formatViolations({ violations } as never)).toEqual([]);
      await screenshot(page, `utilidad-formulario-${javaScript ? "js" : "sin-js"}`);
      await page.getByLabel("No", { exact: true }).check();
      await page.getByLabel(/¿Qué podemos mejorar\?/).fill(`No dice cuándo vuelve el agua a la vereda (${mode})`);
      await page.getByRole("button", { name: "Enviar respuesta" }).click();
      await page.waitForURL(/\/api\/participa\/utilidad\/gracias\?/);
      expect(new URL(page.url()).hash).toBe("#utilidad");
      expect(await page.title()).toMatch(/^Gracias por su respuesta — /);
      expect(await page.locator("h1").textContent()).toBe(heading);
      expect(await page.locator("#utilidad h2").textContent()).toBe("Gracias por su respuesta");
      expect(await page.locator("#utilidad [role=status]").count()).toBe(1);
      expect(await form(page).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `utilidad-gracias-${javaScript ? "js" : "sin-js"}`);
      expect(await context.cookies()).toEqual([]);
      expect(external).toEqual([]);
      const stored = (await votesOf(NEWS)).filter((v) => v.comment === `No dice cuándo vuelve el agua a la vereda (${mode})`);
      expect(stored.map((v) => v.vote)).toEqual(["no"]);
      await context.close();
    }, SLOW);

    it("volver atrás y enviar de nuevo desde la misma vista no cuenta dos veces", async () => {
      const { context, page } = await open(javaScript, ACT);
      const before = (await votesOf(ACT)).length;
      await page.getByLabel("Sí", { exact: true }).check();
      await page.getByRole("button", { name: "Enviar respuesta" }).click();
      await page.waitForURL(/gracias/);
      await page.goBack();
      await page.getByLabel("Sí", { exact: true }).check();
      await page.getByRole("button", { name: "Enviar respuesta" }).click();
      await page.waitForURL(/gracias/);
      const mine = (await votesOf(ACT)).slice(0);
      const added = mine.length - before;
      // Counted once, unless the two sends fell in two 10-minute windows (then each window is a view).
      const windows = new Set(mine.slice(-added).map((v) => Math.floor(new Date(v.at).getTime() / (VIEW_WINDOW_MINUTES * 60_000))));
      expect(added).toBe(windows.size);
      expect(added).toBeLessThanOrEqual(2);
      await context.close();
    }, SLOW);

    it("sin elegir Sí o No vuelve a la misma página con el resumen de errores en el formulario", async () => {
      const { context, page } = await open(javaScript, PAGE);
      await page.getByLabel(/¿Qué podemos mejorar\?/).fill("Me falta el calendario");
      await page.getByRole("button", { name: "Enviar respuesta" }).click();
      await page.waitForURL(/\/api\/participa\/utilidad#utilidad$/);
      expect(await page.title()).toMatch(/^Error: /);
      const summary = page.locator("#utilidad .resumen-errores");
      expect(await summary.innerText()).toContain("Elija «Sí» o «No» para decirnos si esta página le fue útil");
      expect(await page.getByLabel(/¿Qué podemos mejorar\?/).inputValue()).toBe("Me falta el calendario");
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `utilidad-error-${javaScript ? "js" : "sin-js"}`);
      // The summary's link leads to the question; answering now goes through.
      await summary.getByRole("link").click();
      await page.getByLabel("Sí", { exact: true }).check();
      await page.getByRole("button", { name: "Enviar respuesta" }).click();
      await page.waitForURL(/gracias/);
      expect((await votesOf(PAGE)).some((v) => v.comment === "Me falta el calendario")).toBe(true);
      await context.close();
    }, SLOW);
  });
}

describe("casos torpes y hostiles", () => {
  it("el navegador no deja escribir más que el límite; si alguien lo fuerza, vuelve el error y no se guarda nada", async () => {
    const { context, page } = await open(true, NEWS);
    const box = page.getByLabel(/¿Qué podemos mejorar\?/);
    await box.fill("a".repeat(FEEDBACK_COMMENT_MAX + 80));
    expect((await box.inputValue()).length).toBe(FEEDBACK_COMMENT_MAX);
    const before = (await votes()).length;
    await page.evaluate((n) => {
      const t = document.querySelector<HTMLTextAreaElement>("#campo-opinion")!;
      t.removeAttribute("maxlength");
      t.value = "b".repeat(n);
    }, FEEDBACK_COMMENT_MAX + 1);
    await page.getByLabel("Sí", { exact: true }).check();
    await page.getByRole("button", { name: "Enviar respuesta" }).click();
    await page.waitForURL(/\/api\/participa\/utilidad#utilidad$/);
    expect(await page.locator("#utilidad .resumen-errores").innerText()).toContain(`como máximo ${FEEDBACK_COMMENT_MAX} caracteres; tiene ${FEEDBACK_COMMENT_MAX + 1}`);
    expect((await box.inputValue()).length).toBe(FEEDBACK_COMMENT_MAX + 1);
    expect(await page.getByLabel("Sí", { exact: true }).isChecked()).toBe(true);
    expect((await votes()).length).toBe(before);
    await context.close();
  }, SLOW);

  it("una página que no existe o no recoge opiniones se rechaza", async () => {
    const before = (await votes()).length;
    for (const pagina of ["/no-existe/", "/buscar/", "/atencion-al-ciudadano/pqrsd/", "//evil.example/"]) {
      const res = await fetch(`${emu.url}/api/participa/utilidad`, { method: "POST", body: new URLSearchParams({ pagina, util: "si", sitio_web: "" }), headers: { "x-forwarded-for": nextIp() }, redirect: "manual" });
      expect(res.status, pagina).toBe(422);
      expect(await res.text()).toContain("no es una página del portal que recoja opiniones");
    }
    expect((await votes()).length).toBe(before);
  }, SLOW);

  it(`una avalancha desde una conexión: después de ${LIMIT} respuestas en la hora, un mensaje en español y nada guardado`, async () => {
    const ip = nextIp();
    const pages = [NEWS, ACT, PAGE, "/quienes-somos/", "/contacto/"];
    for (const p of pages.slice(0, LIMIT)) {
      const res = await fetch(`${emu.url}/api/participa/utilidad`, { method: "POST", body: new URLSearchParams({ pagina: p, util: "si", sitio_web: "" }), headers: { "x-forwarded-for": ip }, redirect: "manual" });
      expect(res.status).toBe(303);
    }
    const before = (await votes()).length;
    const { context, page } = await open(false, pages[LIMIT]!, ip);
    await page.getByLabel("No", { exact: true }).check();
    await page.getByRole("button", { name: "Enviar respuesta" }).click();
    await page.waitForURL(/\/api\/participa\/utilidad#utilidad$/);
    expect(await page.locator("#utilidad .resumen-errores").innerText()).toContain("Desde esta conexión se han enviado muchas respuestas en la última hora");
    expect(await page.getByLabel("No", { exact: true }).isChecked()).toBe(true);
    await screenshot(page, "utilidad-avalancha");
    expect((await votes()).length).toBe(before);
    await context.close();
  }, SLOW);

  // 100 at once go through the handler with a real Blobs server (tests/pqrsd/feedback.test.ts); the
  // emulator runs every call in one process, so here a burst its 30-second limit per call allows.
  it(`${BURST} votos a la vez, de ${BURST} conexiones, cuentan ${BURST}, cada uno una vez`, async () => {
    const before = (await votesOf("/quienes-somos/")).length;
    const sends = Array.from({ length: BURST }, (_, i) =>
      fetch(`${emu.url}/api/participa/utilidad`, { method: "POST", body: new URLSearchParams({ pagina: "/quienes-somos/", util: i % 4 ? "si" : "no", sitio_web: "" }), headers: { "x-forwarded-for": nextIp() }, redirect: "manual" }),
    );
    const statuses = (await Promise.all(sends)).map((r) => r.status);
    expect(statuses).toEqual(Array(BURST).fill(303));
    const after = await votesOf("/quienes-somos/");
    expect(after.length - before).toBe(BURST);
    expect(new Set(after.map((v) => v.key)).size).toBe(after.length);
  }, SLOW);
});

describe("el comité", () => {
  it("sin credenciales no lee nada; con ellas, el resumen mensual y los comentarios en CSV", async () => {
    for (const p of ["utilidad-resumen.csv", "utilidad-comentarios.csv"]) {
      const res = await fetch(`${emu.url}/api/pqrsd/personal/${p}`);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain("/noticias/");
      const wrong = await fetch(`${emu.url}/api/pqrsd/personal/${p}`, { headers: { authorization: basic(PERSONAL_USER, "otra clave") } });
      expect(wrong.status).toBe(401);
    }
    const summary = await (await fetch(`${emu.url}/api/pqrsd/personal/utilidad-resumen.csv`, { headers: { authorization: basic() } })).text();
    expect(summary.split("\r\n")[0]).toBe("mes,pagina,si,no,porcentaje_util,comentarios");
    expect(summary).toMatch(new RegExp(`\\r\\n\\d{4}-\\d{2},/quienes-somos/,\\d+,\\d+,"[\\d,]+",0\\r\\n`));
    const comments = await (await fetch(`${emu.url}/api/pqrsd/personal/utilidad-comentarios.csv`, { headers: { authorization: basic() } })).text();
    expect(comments).toContain(`${NEWS},No,No dice cuándo vuelve el agua a la vereda`);
    // The staff page links to both.
    const staff = await (await fetch(`${emu.url}/api/pqrsd/personal/`, { headers: { authorization: basic() } })).text();
    expect(staff).toContain('href="utilidad-resumen.csv"');
    expect(staff).toContain('href="utilidad-comentarios.csv"');
  }, SLOW);

  it("los comentarios no llegan a los registros ni al sitio publicado", () => {
    expect(emu.output()).not.toContain("No dice cuándo vuelve el agua");
    expect(emu.output()).not.toContain("Me falta el calendario");
    const published = readFileSync(`${inject("siteDir")}${NEWS}index.html`, "utf8");
    expect(published).not.toContain("No dice cuándo vuelve el agua");
  });
});
