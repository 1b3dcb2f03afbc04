/**
 * The dev server as a writer of content sees it: when a file breaks, the open tab says so in Spanish,
 * naming the file, the line and the field, above the last good page; once the file is fixed the
 * notice goes away by itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_SITE, ROOT } from "../helpers/build.ts";
import { launchBrowser, screenshot } from "./harness.ts";

let project: string;
let dev: ChildProcess;
let browser: Browser;
let base: string;
let log = "";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Tiempo agotado esperando: ${what}\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "portal-dev-avisos-"));
  cpSync(FIXTURE_SITE, path.join(project, "content"), { recursive: true });
  const port = await freePort();
  base = `http://localhost:${port}`;
  dev = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/dev.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PORTAL_NO_CMS: "1", PORTAL_CONTENT: path.join(project, "content"), PORTAL_OUTPUT: path.join(project, "_site") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  dev.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  dev.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  await waitFor(() => /archivos en \d+ ms/.test(log), 120_000, "la primera construcción del servidor de desarrollo");
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(project, { recursive: true, force: true });
});

describe("the dev server's notice of a content problem", () => {
  it("appears in the open tab, naming file, line and field, and goes once the file is fixed", { timeout: 90_000 }, async () => {
    const file = path.join(project, "content/noticias/2024-03-05-jornada-de-vacunacion.md");
    const good = readFileSync(file, "utf8");
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/noticias/2024-03-05-jornada-de-vacunacion/`, { waitUntil: "networkidle" });
    expect(await page.locator("#portal-aviso-desarrollo").count()).toBe(0);

    writeFileSync(file, good.replace("date: 2024-03-05", "date: 2024-02-30"));
    const notice = page.locator("#portal-aviso-desarrollo");
    await notice.waitFor({ timeout: 30_000 });
    const text = (await notice.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("El contenido tiene un problema y el sitio no se pudo actualizar.");
    expect(text).toMatch(/noticias\/2024-03-05-jornada-de-vacunacion\.md, línea 3: el campo «Fecha de publicación» \(date\) debe ser una fecha y hora que existan \(«2024-02-30» no existe: febrero de 2024 tiene 29 días\)\./);
    expect(await notice.getAttribute("role")).toBe("alert");
    // The last good page is still there below it.
    await page.locator("h1", { hasText: "Jornada de vacunación" }).waitFor();
    await screenshot(page, "servidor-aviso-de-error");

    writeFileSync(file, good);
    await waitFor(async () => (await page.locator("#portal-aviso-desarrollo").count()) === 0, 30_000, "que el aviso desaparezca");
    await page.locator("h1", { hasText: "Jornada de vacunación" }).waitFor();
    await page.close();
  });

  it("names a dead link with the page it probably meant", { timeout: 90_000 }, async () => {
    const file = path.join(project, "content/paginas/quienes-somos.md");
    const good = readFileSync(file, "utf8");
    const page = await browser.newPage();
    await page.goto(`${base}/quienes-somos/`, { waitUntil: "networkidle" });
    writeFileSync(file, `${good}\nVea el [Decreto 045](/normativa/decreto-046-2008/).\n`);
    const notice = page.locator("#portal-aviso-desarrollo");
    await notice.waitFor({ timeout: 30_000 });
    expect((await notice.innerText()).replace(/\s+/g, " ")).toMatch(/paginas\/quienes-somos\.md, línea \d+: el campo «Texto» \(body\) enlaza «\/normativa\/decreto-046-2008\/», una página que no existe en el sitio\. ¿Quiso decir «\/normativa\/decreto-045-2008\/»\?/);
    writeFileSync(file, good);
    await waitFor(async () => (await page.locator("#portal-aviso-desarrollo").count()) === 0, 30_000, "que el aviso desaparezca");
    await page.close();
  });
});
