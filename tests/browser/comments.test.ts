/**
 * Commenting on a draft rule as a citizen does, in Chromium, against a built site and Netlify's emulator:
 * with JavaScript and without, and on a page built while the window was open that a citizen sends after
 * it closed. The site is Palmar's with two drafts whose windows are set around the moment of the test,
 * so the test means the same on any day. Screenshots go to tests/.artifacts/screenshots/.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listComments } from "../../src/pqrsd/comments.ts";
import { copyContent, ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { startEmulator, type Emulator } from "../helpers/emulator.ts";
import { MIN_SECONDS_IN_TESTS, waitFillTime } from "../helpers/pqrsd.ts";
import { formatViolations, launchBrowser, runAxe, screenshot } from "./harness.ts";

let browser: Browser;
let emu: Emulator;
let content: string;
let site: string;
const OPEN = "/participa/proyectos/2026-prueba-abierto/";
const STALE = "/participa/proyectos/2026-prueba-vencido/";

const draft = (title: string, opens: DateTime, closes: DateTime) => `---
title: ${title}
type: decreto
date: ${opens.toFormat("yyyy-LL-dd'T'HH:mm")}
summary: Un proyecto para probar los comentarios.
office: Secretaría de Gobierno
opens: ${opens.toFormat("yyyy-LL-dd'T'HH:mm")}
closes: ${closes.toFormat("yyyy-LL-dd'T'HH:mm")}
---
### Artículo 1. Objeto

Probar el formulario de comentarios.
`;

beforeAll(async () => {
  const now = DateTime.now().setZone("America/Bogota");
  content = copyContent(path.join(ROOT, "content"));
  writeFileSync(path.join(content, "proyectos/2026-prueba-abierto.md"), draft("Proyecto de decreto de prueba abierto", now.minus({ days: 1 }), now.plus({ days: 30 })));
  writeFileSync(path.join(content, "proyectos/2026-prueba-vencido.md"), draft("Proyecto de decreto de prueba vencido", now.minus({ days: 1 }), now.plus({ days: 30 })));
  site = tempDir("portal-comentarios-");
  const r = runBuild(content, site);
  if (r.status !== 0) throw new Error(r.stderr);
  // The page was built while the window was open; the window has closed since (the daily build has not run yet).
  const window = path.join(site, STALE.slice(1), "ventana.json");
  writeFileSync(window, JSON.stringify({ ...JSON.parse(readFileSync(window, "utf8")), closes: now.minus({ hours: 1 }).toISO() }));
  emu = await startEmulator({ siteDir: site, env: { PQRSD_MIN_SEGUNDOS: MIN_SECONDS_IN_TESTS, COMENTARIOS_LIMITE_POR_HORA: "100" } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await emu?.stop();
  for (const d of [content, site]) if (d) rmSync(d, { recursive: true, force: true });
});

async function stored(draft: string) {
  const { store, close } = await emu.openStore();
  try {
    return await listComments(store, draft);
  } finally {
    await close();
  }
}

async function open(javaScript: boolean, url: string, width = 390): Promise<{ page: Page; posts: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 }, locale: "es-CO" });
  const page = await context.newPage();
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.goto(emu.url + url);
  return { page, posts };
}

describe("comentar un proyecto de norma", () => {
  it("con JavaScript: los errores antes de enviar, los datos solo si se quieren dar, y las gracias", async () => {
    const { page, posts } = await open(true, OPEN);
    await expect.poll(() => page.locator("#seccion-datos").isHidden()).toBe(true);
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await expect.poll(() => page.locator(".resumen-errores").textContent()).toContain("Escriba su comentario sobre el proyecto");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("resumen-errores");
    expect(posts).toEqual([]);
    await page.getByLabel("Comentario u observación sobre el proyecto").fill("Propongo que el artículo 1 diga también cuándo empieza a regir.");
    await page.getByLabel("Sí, doy mi nombre").check();
    await expect.poll(() => page.locator("#seccion-datos").isVisible()).toBe(true);
    await page.getByLabel("Nombre completo").fill("Ana María Rojas");
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await expect.poll(() => page.locator(".resumen-errores").textContent()).toContain("marque la casilla de autorización del tratamiento de datos personales");
    expect(posts).toEqual([]);
    await page.getByLabel(/Autorizo a la Alcaldía a tratar mis datos personales/).check();
    await waitFillTime();
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await page.waitForURL(/\/api\/participa\/comentarios\/recibido\?p=2026-prueba-abierto$/);
    expect(await page.locator(".confirmacion h2").textContent()).toBe("Recibimos su comentario");
    expect(await page.locator("h1").textContent()).toBe("Proyecto de decreto de prueba abierto");
    const results = await runAxe(page);
    expect(results.violations, formatViolations(results)).toEqual([]);
    await screenshot(page, "comentario-recibido-390");
    const all = await stored("2026-prueba-abierto");
    expect(all).toHaveLength(1);
    expect(all[0]!.data).toMatchObject({ nombre: "Ana María Rojas", acepta_tratamiento: "si", identificacion: "identificado" });
    await page.context().close();
  });

  it("sin JavaScript: el servidor señala lo que falta, conserva el texto, y luego lo recibe", async () => {
    const { page } = await open(false, OPEN, 1280);
    await page.getByLabel("Comentario u observación sobre el proyecto").fill("Sin JavaScript también se puede comentar el artículo 1.");
    await page.getByLabel("Sí, doy mi nombre").check();
    await page.getByLabel("Nombre completo").fill("Luis Pérez");
    await waitFillTime();
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".resumen-errores").textContent()).toContain("marque la casilla de autorización");
    expect(await page.locator("title").textContent()).toBe("Error: Proyecto de decreto de prueba abierto");
    expect(await page.getByLabel("Comentario u observación sobre el proyecto").inputValue()).toBe("Sin JavaScript también se puede comentar el artículo 1.");
    expect(await page.getByLabel("Nombre completo").inputValue()).toBe("Luis Pérez");
    await screenshot(page, "comentario-error-sin-js-1280");
    await page.getByLabel(/Autorizo a la Alcaldía a tratar mis datos personales/).check();
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await page.waitForURL(/recibido\?p=2026-prueba-abierto$/);
    expect(await page.locator(".confirmacion h2").textContent()).toBe("Recibimos su comentario");
    expect((await stored("2026-prueba-abierto")).map((c) => c.data.nombre)).toContain("Luis Pérez");
    await page.context().close();
  });

  it("una página hecha con el plazo abierto, enviada después del cierre: el servidor lo rechaza y devuelve el texto", async () => {
    const { page } = await open(true, STALE);
    await page.getByLabel("Comentario u observación sobre el proyecto").fill("Llego tarde con este comentario sobre el artículo 1.");
    await page.getByLabel("No, comento sin dar mis datos").check();
    await waitFillTime();
    await page.getByRole("button", { name: "Enviar comentario" }).click();
    await page.waitForLoadState();
    expect(await page.locator(".aviso[role=alert]").textContent()).toContain("El plazo para comentar este proyecto cerró el");
    expect(await page.getByLabel("Su comentario, para que lo conserve").inputValue()).toBe("Llego tarde con este comentario sobre el artículo 1.");
    expect(await page.locator("form[data-formulario=comentario]").count()).toBe(0);
    const results = await runAxe(page);
    expect(results.violations, formatViolations(results)).toEqual([]);
    expect(await stored("2026-prueba-vencido")).toEqual([]);
    await page.context().close();
  });
});
