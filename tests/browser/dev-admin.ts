/**
 * `npm start` over a throwaway Git project (the fixture site as content/), and Chromium on its /admin/:
 * what the CMS's browser tests drive. The dev server and its CMS backend get ports of their own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { ROOT } from "../helpers/build.ts";
import { gitProject } from "../helpers/git-project.ts";
import { launchBrowser } from "./harness.ts";

export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Tiempo agotado esperando: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface DevAdmin {
  project: string;
  content: string;
  base: string;
  browser: Browser;
  /** The dev server's output so far. */
  log(): string;
  /** Where the CMS backend listens, as the dev server announced it to the admin. */
  backendUrl(): string;
}

/** Starts the dev server for the tests of one file; `prepare` may change the project before it starts. */
export function useDevAdmin(prepare?: (project: { dir: string; content: string }) => void): DevAdmin {
  const ctx = {} as DevAdmin & { dev: ChildProcess; output: string };
  beforeAll(async () => {
    const project = gitProject("portal-cms-");
    prepare?.(project);
    ctx.project = project.dir;
    ctx.content = project.content;
    ctx.output = "";
    const port = 8000 + Math.floor(Math.random() * 900);
    ctx.base = `http://localhost:${port}`;
    ctx.dev = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/dev.ts")], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), CMS_PORT: "0", PORTAL_CONTENT: project.content, PORTAL_OUTPUT: path.join(project.dir, "_site") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    ctx.dev.stdout!.on("data", (d: Buffer) => (ctx.output += d.toString()));
    ctx.dev.stderr!.on("data", (d: Buffer) => (ctx.output += d.toString()));
    await waitFor(() => /archivos en \d+ ms/.test(ctx.output), 120_000, `la primera construcción del servidor de desarrollo\n${ctx.output}`);
    const announcement = path.join(project.dir, "_site/admin/servidor-local.json");
    await waitFor(() => existsSync(announcement), 30_000, "el administrador local");
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    ctx.dev?.kill();
    if (ctx.project) rmSync(ctx.project, { recursive: true, force: true });
  });
  ctx.log = () => ctx.output;
  ctx.backendUrl = () => (JSON.parse(readFileSync(path.join(ctx.project, "_site/admin/servidor-local.json"), "utf8")) as { url: string }).url;
  return ctx;
}

export interface AdminPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Every dialog's message (Decap's confirmations, the upload limit), accepted. */
  dialogs: string[];
}

/** A fresh browser session (its own storage), logged in to the local backend, at `hash` (a Decap route). */
export async function openAdmin(admin: DevAdmin, hash = ""): Promise<AdminPage> {
  const context = await admin.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(`${admin.base}/admin/`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: /Iniciar sesión/i }).click();
  await page.getByText("Colecciones").first().waitFor();
  if (hash) await page.goto(`${admin.base}/admin/#${hash}`);
  return { page, context, errors, dialogs };
}

/** The news form with every required field filled. */
export async function fillNews(page: Page, base: string, title: string, date = "2024-04-02T10:00"): Promise<void> {
  await page.goto(`${base}/admin/#/collections/noticias/new`);
  await page.locator("label", { hasText: "Título" }).waitFor();
  await page.fill("[id^=title-field]", title);
  await page.fill("[id^=date-field]", date);
  await page.fill("[id^=summary-field]", "Resumen de prueba.");
  await page.locator("[id^=category-field]").click();
  await page.getByRole("option", { name: "Salud", exact: true }).click();
  await page.locator("[id^=office-field]").click();
  await page.getByRole("option", { name: "Secretaría de Gobierno", exact: true }).click();
  await page.locator("[data-slate-editor=true]").first().click();
  await page.keyboard.type("Texto de la noticia.");
}

/** Saves the entry in the editor and waits for Decap to say so. */
export async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Guardar", exact: true }).click();
  await page.getByText("Entrada guardada").first().waitFor();
}

/** Moves the open entry to a review state through the editor's «Estado» menu. */
export async function setStatus(page: Page, status: "Borrador" | "En revisión" | "Listo"): Promise<void> {
  await page.getByRole("button", { name: /^Estado:/ }).click();
  await page.getByRole("menuitem", { name: status }).or(page.getByText(status, { exact: true })).last().click();
  await page.getByRole("button", { name: `Estado: ${status}` }).waitFor();
}

/** Saves, marks ready and publishes the open entry: the committee's path, in one go. */
export async function saveAndPublish(page: Page): Promise<void> {
  await save(page);
  await setStatus(page, "Listo");
  await page.getByRole("button", { name: "Publicar" }).click();
  await page.getByText("Publicar ahora").click();
  await page.getByText("Entrada publicada").first().waitFor();
}
