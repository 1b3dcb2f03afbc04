/**
 * A survey end to end in Chromium, against a built site and Netlify's emulator running the real function
 * with a local Blobs store: with JavaScript and without, a closed survey, hostile answers, 100 answers
 * at once, and then a build after the close that reads the emulator's store and publishes only counts.
 *
 * The site is built here with surveys whose window is set around the real clock (the function decides
 * with the real time): one open now, one closed yesterday.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersPrefix } from "../../src/surveys/store.ts";
import { copyContent, ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { startEmulator, type Emulator } from "../helpers/emulator.ts";
import { MIN_SECONDS_IN_TESTS, waitFillTime } from "../helpers/pqrsd.ts";
import { formatViolations, launchBrowser, runAxe, screenshot, serveStatic } from "./harness.ts";

const SURVEY = "opinion-prueba";
const PAGE = `/participa/encuestas/${SURVEY}/`;
const TEXT = "Quisiera ver el horario del bus veredal de Quebrada Honda Xyzzy";
const TEXT_MARK = "Xyzzy";
const fmt = (dt: DateTime) => dt.setZone("America/Bogota").toFormat("yyyy-LL-dd'T'HH:mm");
const now = DateTime.now();
const closes = now.plus({ days: 20 }).startOf("hour");

const survey = (id: string, opens: DateTime, until: DateTime) => `---
title: "Encuesta de prueba ${id}"
purpose: "Saber qué tan útil le parece la información publicada."
opens: ${fmt(opens)}
closes: ${fmt(until)}
questions:
  - id: frecuencia
    text: "¿Con qué frecuencia visita el portal?"
    kind: unica
    options: ["Es la primera vez", "Cada semana"]
    required: true
  - id: utilidad
    text: "¿Qué tan útil le parece la información?"
    kind: escala
    required: true
  - id: temas
    text: "¿Qué temas busca?"
    kind: multiple
    options: ["Trámites y servicios", "Contratación", "Noticias y eventos"]
  - id: sugerencia
    text: "¿Qué le gustaría encontrar?"
    kind: texto
---
`;

let content: string;
let site: string;
let emu: Emulator;
let browser: Browser;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function storedAnswers(id = SURVEY): Promise<Record<string, unknown>[]> {
  const { store, close } = await emu.openStore();
  try {
    const { blobs } = await store.list({ prefix: answersPrefix(id) });
    return (await Promise.all(blobs.map((b) => store.get(b.key, { type: "json" })))) as Record<string, unknown>[];
  } finally {
    await close();
  }
}

beforeAll(async () => {
  content = copyContent(path.join(ROOT, "content"));
  writeFileSync(path.join(content, "encuestas", `${SURVEY}.md`), survey(SURVEY, now.minus({ days: 1 }), closes));
  writeFileSync(path.join(content, "encuestas", "cerrada-prueba.md"), survey("cerrada-prueba", now.minus({ days: 30 }), now.minus({ days: 1 })));
  site = tempDir("encuestas-sitio-");
  const r = runBuild(content, site);
  if (r.status !== 0) throw new Error(r.stderr);
  emu = await startEmulator({ siteDir: site, env: { PQRSD_MIN_SEGUNDOS: MIN_SECONDS_IN_TESTS, ENCUESTAS_LIMITE_POR_HORA: "1000" } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  // Kept for whoever reads a failure; the last test proves it holds no answer.
  mkdirSync(path.join(ROOT, "tests/.artifacts"), { recursive: true });
  writeFileSync(path.join(ROOT, "tests/.artifacts/encuestas-emulador.log"), emu?.output() ?? "");
  await browser?.close();
  await emu?.stop();
  for (const d of [content, site]) if (d) rmSync(d, { recursive: true, force: true });
});

async function open(javaScript: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 390, height: 900 }, locale: "es-CO" });
  const page = await context.newPage();
  // A step that cannot happen fails with its name rather than at the test's timeout.
  page.setDefaultTimeout(20_000);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  // The first call of the function compiles it: the form's image may take a while the first time.
  await page.goto(emu.url + PAGE, { timeout: 90_000 });
  return { context, page, posts };
}

async function fill(page: Page) {
  await page.getByLabel("Cada semana").check();
  await page.locator("#campo-p-utilidad-4").check();
  await page.getByLabel("Trámites y servicios").check();
  await page.getByLabel("Contratación").check();
  await page.getByLabel(/¿Qué le gustaría encontrar\?/).fill(TEXT);
}

const submit = (page: Page) => page.locator("form[data-encuesta] button[type=submit]").click();

describe.each([true, false])("con JavaScript: %s", (javaScript) => {
  it("un envío vacío muestra el resumen de errores; completo, se guarda y da las gracias", async () => {
    const before = (await storedAnswers()).length;
    const { context, page, posts } = await open(javaScript);
    try {
      await submit(page);
      if (!javaScript) {
        // Without JavaScript the browser's own check stops an empty required question before sending.
        expect(posts.length).toBe(0);
        expect(await page.locator("#campo-p-frecuencia-es-la-primera-vez").evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
        // A browser that does not check (or a form with its checks removed) gets the server's summary.
        await page.locator("form[data-encuesta]").evaluate((f) => f.setAttribute("novalidate", ""));
        await submit(page);
        await page.waitForLoadState();
      }
      const summary = page.locator(".resumen-errores");
      await expect.poll(() => summary.isVisible()).toBe(true);
      expect(await summary.textContent()).toMatch(/Elija una respuesta para «¿Con qué frecuencia visita el portal\?»/);
      expect(await summary.textContent()).toMatch(/Elija un número del 1 al 5/);
      // With JavaScript the browser refuses it without sending; without, the server answers.
      expect(posts.length).toBe(javaScript ? 0 : 1);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator("h1").textContent()).toBe("Encuesta de prueba opinion-prueba");
      // The summary's link leads to the question.
      await page.locator(".resumen-errores a").first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("campo-p-frecuencia-es-la-primera-vez");
      await screenshot(page, `encuesta-errores-${javaScript ? "js" : "sin-js"}`);
      await fill(page);
      await waitFillTime();
      await submit(page);
      await page.waitForURL(/\/api\/participa\/encuestas\/gracias\?e=opinion-prueba$/);
      expect(await page.locator("main").textContent()).toMatch(/Sus respuestas quedaron guardadas/);
      // axe runs in the page: only where the page may run scripts (the open survey's page is checked below).
      if (javaScript) {
        const violations = await runAxe(page);
        expect(violations.violations, formatViolations(violations)).toEqual([]);
      }
      await screenshot(page, `encuesta-gracias-${javaScript ? "js" : "sin-js"}`);
      const answers = await storedAnswers();
      expect(answers.length).toBe(before + 1);
      expect(answers.some((a) => JSON.stringify(a.texts) === JSON.stringify({ sugerencia: TEXT }))).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe("la página y lo que no se guarda", () => {
  it("la encuesta abierta pasa axe y se ve en un teléfono", async () => {
    const { context, page } = await open(true);
    try {
      const violations = await runAxe(page);
      expect(violations.violations, formatViolations(violations)).toEqual([]);
      await screenshot(page, "encuesta-abierta");
    } finally {
      await context.close();
    }
  });

  it("una respuesta a la encuesta cerrada, enviada con su formulario viejo, recibe un aviso claro y no se guarda", async () => {
    const { context, page } = await open(false);
    try {
      // The closed survey's old form: same page, survey id changed as a stale tab would send it.
      await page.locator('input[name="encuesta"]').evaluate((el) => el.setAttribute("value", "cerrada-prueba")).catch(() => undefined);
      const res = await page.request.post(`${emu.url}/api/participa/encuestas`, {
        form: { encuesta: "cerrada-prueba", p_frecuencia: "cada-semana", p_utilidad: "3", sitio_web: "" },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(410);
      expect(await res.text()).toMatch(/cerró el .* \(hora de Colombia\) y ya no recibe respuestas: la suya no quedó guardada/);
      expect(await storedAnswers("cerrada-prueba")).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("una opción que no existe, sin JavaScript, vuelve con el formulario y el mensaje", async () => {
    const { context, page } = await open(false);
    try {
      const before = (await storedAnswers()).length;
      await fill(page);
      await page.locator("#campo-p-frecuencia-cada-semana").evaluate((el) => el.setAttribute("value", "a-diario"));
      await waitFillTime();
      await submit(page);
      await page.waitForLoadState();
      expect(await page.locator(".resumen-errores").textContent()).toMatch(/no es una de las opciones de esta encuesta/);
      // What the citizen wrote is still there.
      expect(await page.getByLabel(/¿Qué le gustaría encontrar\?/).inputValue()).toBe(TEXT);
      expect(await page.getByLabel("Contratación").isChecked()).toBe(true);
      expect((await storedAnswers()).length).toBe(before);
    } finally {
      await context.close();
    }
  });
});

describe("respuestas simultáneas a través del emulador", () => {
  // The emulator starts a worker thread for every call and gives up after 30 s: on two cores it carries
  // about 20 calls at once (tests/browser/pqrsd-server.test.ts). 100 at once, each sent twice, run against
  // the same function module in tests/surveys/load.test.ts.
  it("10 a la vez, cada una enviada dos veces (20 envíos), quedan guardadas una vez cada una", { timeout: 180_000 }, async () => {
    const before = (await storedAnswers()).length;
    const cookies: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${emu.url}/api/participa/encuestas/inicio.gif?e=${SURVEY}`);
      cookies.push(res.headers.get("set-cookie")!.split(";")[0]!);
    }
    await waitFillTime();
    const body = (i: number) => new URLSearchParams([["encuesta", SURVEY], ["p_frecuencia", i % 2 ? "cada-semana" : "es-la-primera-vez"], ["p_utilidad", String((i % 5) + 1)], ["sitio_web", ""]]);
    const started = performance.now();
    const send = (cookie: string, i: number) => fetch(`${emu.url}/api/participa/encuestas`, { method: "POST", body: body(i), headers: { cookie }, redirect: "manual" }).then((r) => r.status);
    const statuses = await Promise.all(cookies.flatMap((cookie, i) => [send(cookie, i), send(cookie, i)]));
    const ms = performance.now() - started;
    console.log(`[prueba] 10 respuestas simultáneas, cada una dos veces (20 envíos), por el emulador: ${Math.round(ms)} ms`);
    expect(statuses.filter((s) => s !== 303)).toEqual([]);
    expect((await storedAnswers()).length).toBe(before + 10);
  });
});

describe("después del cierre", () => {
  it("la construcción lee la tienda del emulador y publica solo cifras", { timeout: 180_000 }, async () => {
    const answers = await storedAnswers();
    const out = tempDir("encuestas-resultados-");
    try {
      const r = runBuild(content, out, { PORTAL_NOW: fmt(closes.plus({ days: 1 })), PQRSD_STORE: emu.store });
      expect(r.status, r.stderr).toBe(0);
      const html = readFileSync(path.join(out, "participa/encuestas", SURVEY, "index.html"), "utf8");
      expect(answers.length).toBeGreaterThan(10);
      expect(html).toMatch(new RegExp(`Respondieron <strong>${answers.length} personas</strong>`));
      const everyWeek = answers.filter((a) => (a.choices as Record<string, string[]>).frecuencia?.[0] === "cada-semana").length;
      expect(html).toContain(`<th scope="row">Cada semana</th>\n<td>${everyWeek}</td>`);
      expect(html).toMatch(/promedio: <strong>[\d,]+<\/strong> de 5/);
      expect(html).toMatch(/Pregunta de respuesta libre: \d+ personas la respondieron/);
      expect(html).not.toMatch(/<form[^>]*data-encuesta/);
      // No file of the site holds a text answer.
      for (const f of walk(out)) expect(readFileSync(f).includes(Buffer.from(TEXT_MARK)), f).toBe(false);
      const served = await serveStatic(out);
      const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${served.url}${PAGE}`);
        const violations = await runAxe(page);
        expect(violations.violations, formatViolations(violations)).toEqual([]);
        await screenshot(page, "encuesta-resultados");
      } finally {
        await context.close();
        await served.close();
      }
      // The emulator's log names surveys and outcomes, never an answer.
      expect(emu.output()).not.toContain(TEXT_MARK);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
