/**
 * The PQRSD form as a citizen uses it, in Chromium, against the built site and Netlify's emulator: with
 * JavaScript and without, on a phone's width and a desktop's, with a bad submission first. Screenshots
 * go to tests/.artifacts/screenshots/.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMailSink } from "../../src/dev/mail-sink.ts";
import { startEmulator, type Emulator } from "../helpers/emulator.ts";
import { MIN_SECONDS_IN_TESTS, waitFillTime } from "../helpers/pqrsd.ts";
import { formatViolations, launchBrowser, runAxe, screenshot } from "./harness.ts";

let browser: Browser;
let emu: Emulator;
let sink: Awaited<ReturnType<typeof startMailSink>>;
const FORM = "/atencion-al-ciudadano/pqrsd/";
const noJs = new WeakSet<Page>();

beforeAll(async () => {
  sink = await startMailSink();
  emu = await startEmulator({
    siteDir: inject("siteDir"),
    env: { PQRSD_SMTP_HOST: "127.0.0.1", PQRSD_SMTP_PORT: String(sink.port), PQRSD_SMTP_SECURE: "false", PQRSD_LIMITE_POR_HORA: "100", PQRSD_MIN_SEGUNDOS: MIN_SECONDS_IN_TESTS },
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await emu?.stop();
  await new Promise<void>((r) => (sink ? sink.server.close(() => r()) : r()));
});

async function open(javaScript: boolean, width: number): Promise<{ context: BrowserContext; page: Page; posts: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 }, locale: "es-CO" });
  const page = await context.newPage();
  if (!javaScript) noJs.add(page);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.goto(emu.url + FORM);
  return { context, page, posts };
}

async function fillValid(page: Page) {
  await page.getByLabel("Petición").check();
  await page.getByLabel("Asunto").fill("Luminarias dañadas en el parque");
  await page.getByLabel("Describa su solicitud").fill("Las luminarias del parque principal están apagadas desde hace un mes y el sector queda a oscuras.");
  await page.getByLabel("Sí, con mis datos").check();
  await page.getByLabel("Persona natural").check();
  await page.getByLabel("Tipo de documento").selectOption("CC");
  await page.getByLabel("Número de documento").fill("1098765432");
  await page.getByLabel("Nombres o razón social").fill("Ana María");
  await page.getByLabel("Apellidos").fill("Rojas Pérez");
  await page.locator("#campo-correo").fill("ana.rojas@example.com");
  await page.locator("#campo-medio-respuesta-correo-electronico").check();
  await page.getByLabel(/Autorizo a la Alcaldía/).check();
}

/**
 * axe needs scripts (its checks wait on timers), so a page seen without JavaScript is audited as the
 * same HTML in a page with scripts on, with the page's own script taken out so the DOM stays the one
 * the citizen without JavaScript has.
 */
async function axeViolations(page: Page) {
  if (!noJs.has(page)) return (await runAxe(page)).violations;
  const origin = new URL(page.url()).origin;
  const html = (await page.content()).replace(/<script\b[^>]*><\/script>/g, "").replace("<head>", `<head><base href="${origin}/">`);
  const other = await browser.newPage();
  await other.setContent(html, { waitUntil: "load" });
  const results = await runAxe(other);
  await other.close();
  return results.violations;
}

async function expectReceipt(page: Page, name: string) {
  await page.waitForURL(/\/api\/pqrsd\/recibo\?/);
  expect(await page.locator("h1").textContent()).toBe("Solicitud radicada");
  const number = await page.locator(".recibo-numero strong").textContent();
  expect(number).toMatch(/^\d{4}-\d{6}$/);
  expect(await page.locator("body").textContent()).toContain("Fecha límite de respuesta");
  await screenshot(page, name);
  const violations = await axeViolations(page);
  expect(violations, formatViolations({ violations } as never)).toEqual([]);
  return number!;
}

describe("sin JavaScript", () => {
  for (const width of [390, 1280]) {
    it(`a ${width} px: un envío con un error vuelve con el mensaje y los datos; corregido, se radica`, async () => {
      const { context, page } = await open(false, width);
      await screenshot(page, `pqrsd-formulario-sin-js-${width}`);
      await fillValid(page);
      // What HTML cannot check: the e-mail is needed because the answer goes by e-mail.
      await page.locator("#campo-correo").fill("");
      await waitFillTime();
      await page.getByRole("button", { name: "Enviar solicitud" }).click();
      await page.waitForURL(/\/api\/pqrsd$/);
      expect(await page.locator(".resumen-errores").textContent()).toContain("Escriba el correo electrónico al que enviaremos la respuesta");
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.getByLabel("Asunto").inputValue()).toBe("Luminarias dañadas en el parque");
      await screenshot(page, `pqrsd-error-sin-js-${width}`);
      const violations = await axeViolations(page);
      expect(violations, formatViolations({ violations } as never)).toEqual([]);
      await page.locator("#campo-correo").fill("ana.rojas@example.com");
      await page.getByLabel(/Autorizo a la Alcaldía/).check();
      await waitFillTime();
      await page.getByRole("button", { name: "Enviar solicitud" }).click();
      const radicado = await expectReceipt(page, `pqrsd-recibo-sin-js-${width}`);
      expect(sink.received.some((m) => m.subject.includes(radicado))).toBe(true);
      await context.close();
    }, 90_000);
  }
});

describe("con JavaScript", () => {
  for (const width of [390, 1280]) {
    it(`a ${width} px: los errores se muestran antes de enviar, con los mismos mensajes; corregido, se radica`, async () => {
      const { context, page, posts } = await open(true, width);
      const axe = await runAxe(page);
      expect(axe.violations, formatViolations(axe)).toEqual([]);
      await page.getByRole("button", { name: "Enviar solicitud" }).click();
      const summary = page.locator(".resumen-errores");
      await summary.waitFor();
      expect(await summary.textContent()).toContain("Elija qué quiere presentar");
      expect(await summary.textContent()).toContain("marque la casilla de autorización");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("resumen-errores"))).toBe(true);
      expect(posts).toEqual([]);
      await screenshot(page, `pqrsd-error-con-js-${width}`);
      const axeErrors = await runAxe(page);
      expect(axeErrors.violations, formatViolations(axeErrors)).toEqual([]);
      // Anonymous: the personal-data section goes away.
      await page.getByLabel("No, de forma anónima").check();
      expect(await page.locator("#seccion-datos").isHidden()).toBe(true);
      await page.getByLabel("Sí, con mis datos").check();
      await fillValid(page);
      await waitFillTime();
      await page.getByRole("button", { name: "Enviar solicitud" }).click();
      await expectReceipt(page, `pqrsd-recibo-con-js-${width}`);
      await context.close();
    }, 90_000);
  }

  it("un archivo de más de 4 MB se rechaza en el navegador, con el límite y el canal alternativo", async () => {
    const { context, page, posts } = await open(true, 390);
    await fillValid(page);
    await page.getByLabel("Documentos de soporte (opcional)").setInputFiles({ name: "grande.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(4 * 1024 * 1024 + 1) });
    await page.getByRole("button", { name: "Enviar solicitud" }).click();
    const message = await page.locator("#campo-adjuntos-error").textContent();
    expect(message).toContain("4 MB");
    expect(message).toMatch(/correo institucional|ventanilla/);
    expect(posts).toEqual([]);
    await context.close();
  });
});
