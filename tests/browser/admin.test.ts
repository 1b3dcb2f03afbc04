/**
 * An editor's path through the CMS: open /admin/ against decap-server, write a news item in the form,
 * publish it; the file lands in content/noticias/, passes the build's validation, and shows on /noticias/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPortal } from "../../src/content/load.ts";
import { FIXTURE_SITE, ROOT, runBuild } from "../helpers/build.ts";
import { launchBrowser, screenshot } from "./harness.ts";

let project: string;
let dev: ChildProcess;
let browser: Browser;
const port = 8000 + Math.floor(Math.random() * 900);
const base = `http://localhost:${port}`;
const title = `Jornada de limpieza del río ${Date.now()}`;

async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Tiempo agotado esperando: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), "portal-cms-"));
  cpSync(FIXTURE_SITE, path.join(project, "content"), { recursive: true });
  dev = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/dev.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PORTAL_CONTENT: path.join(project, "content"), PORTAL_OUTPUT: path.join(project, "_site") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  dev.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  dev.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  await waitFor(() => /archivos en \d+ ms/.test(log), 120_000, `la primera construcción del servidor de desarrollo\n${log}`);
  await waitFor(() => fetch("http://localhost:8081/api/v1", { method: "POST", body: "{}" }).then(() => true).catch(() => undefined), 30_000, "decap-server");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(project, { recursive: true, force: true });
});

describe("the CMS", () => {
  it("creates a news item through the editor's form; it validates and reaches /noticias/", { timeout: 180_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/admin/`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: /Iniciar sesión/i }).click();
    await page.getByText("Colecciones").waitFor();
    await page.goto(`${base}/admin/#/collections/noticias/new`);
    await page.locator("label", { hasText: "Título" }).waitFor();

    await page.fill("[id^=title-field]", title);
    await page.fill("[id^=date-field]", "2024-03-20T09:30");
    await page.fill("[id^=summary-field]", "La comunidad y la Alcaldía limpiaron las orillas del río.");
    await page.locator("[id^=category-field]").click();
    await page.getByText("Obras e infraestructura", { exact: true }).click();
    await page.locator("[id^=office-field]").click();
    await page.getByText("Secretaría de Gobierno", { exact: true }).last().click();
    await page.locator("[data-slate-editor=true]").first().click();
    await page.keyboard.type("Más de cuarenta voluntarios participaron en la jornada.");

    // The preview is the citizen's page, rendered by the site's own component.
    const preview = page.frameLocator("iframe").first();
    await preview.locator("h1", { hasText: title }).waitFor({ timeout: 20_000 });
    await expect(preview.locator(".govco-logo").count()).resolves.toBe(1);
    await screenshot(page, "admin-noticia-nueva");

    await page.getByRole("button", { name: "Publicar" }).click();
    await page.getByText("Publicar ahora").click();
    const file = await waitFor(
      () => readdirSync(path.join(project, "content/noticias")).find((f) => readFileSync(path.join(project, "content/noticias", f), "utf8").includes(title)),
      30_000,
      "el archivo de la noticia",
    );
    expect(file).toMatch(/^2024-03-20-jornada-de-limpieza-del-rio-\d+\.md$/);

    // The front matter the CMS wrote passes the build's own validation…
    const portal = loadPortal({ contentDir: path.join(project, "content") });
    const entry = portal.entries.noticias.find((n) => n.title === title)!;
    expect(entry.data).toMatchObject({ category: "obras", office: "Secretaría de Gobierno", draft: false });
    expect(entry.date?.raw).toBe("2024-03-20T09:30");
    expect(entry.body).toContain("cuarenta voluntarios");

    // …and a rebuild shows it on /noticias/ (the dev server already does, a moment later).
    const out = path.join(project, "build");
    const r = runBuild(path.join(project, "content"), out);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(out, "noticias/index.html"), "utf8")).toContain(title);
    await waitFor(() => fetch(`${base}/noticias/`).then((res) => res.text()).then((t) => t.includes(title)), 15_000, "la noticia en /noticias/ del servidor de desarrollo");
    expect(errors).toEqual([]);
    await page.close();
  });
});
