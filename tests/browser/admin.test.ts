/**
 * An editor's path through the CMS: open /admin/ against the dev server's own backend, write a news item
 * in the form, take it through review and publish it; the file lands in content/noticias/, passes the
 * build's validation, and shows on /noticias/.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { loadPortal } from "../../src/content/load.ts";
import { PreviewMode } from "../../layouts/PreviewMode.ts";
import { PAGE_EXAMPLES } from "../fixtures/pages/index.ts";
import { ctx as exampleContext } from "../fixtures/pages/helpers.ts";
import { ROOT, runBuild } from "../helpers/build.ts";
import { sh } from "../helpers/git-project.ts";
import { screenshot } from "./harness.ts";
import { fillNews, openAdmin as open, saveAndPublish, useDevAdmin, waitFor } from "./dev-admin.ts";

const entryExamples = Object.values(PAGE_EXAMPLES).flatMap(({ component, examples }) => examples.filter((e) => e.entry).map((e) => ({ ...e, component })));
// The entry examples of the page tests, committed (the CMS works on what Git holds), so the CMS can open
// each and its preview be compared.
const admin = useDevAdmin(({ dir, content }) => {
  for (const { entry } of entryExamples) {
    for (const [rel, text] of Object.entries(entry!.files)) {
      // The test site may have no folder yet for a collection (proyectos, encuestas).
      mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
      writeFileSync(path.join(content, rel), text);
    }
    for (const [media, source] of Object.entries(entry!.media ?? {})) {
      mkdirSync(path.dirname(path.join(content, media)), { recursive: true });
      cpSync(path.join(ROOT, source), path.join(content, media));
    }
  }
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", "Ejemplos de páginas");
});
const title = `Jornada de limpieza del río ${Date.now()}`;
let project: string;
let base: string;
const log = () => admin.log();

/** A fresh browser context, logged in to the local backend, at `hash` (a Decap route). */
async function openAdmin(hash = ""): Promise<{ page: Page; errors: string[] }> {
  project = admin.project;
  base = admin.base;
  return open(admin, hash);
}

const newsForm = (page: Page, newsTitle: string) => fillNews(page, base, newsTitle);
const browser = { newPage: () => admin.browser.newPage() };

const newsFiles = () => readdirSync(path.join(project, "content/noticias"));
/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

describe("the CMS", () => {
  it("edits the transparency list as one form, and writes a file the build accepts, its numerals still text", { timeout: 180_000 }, async () => {
    const { page, errors } = await openAdmin("/collections/transparencia/entries/menu");
    await page.locator("[id^=intro-field]").waitFor({ timeout: 60_000 });
    await page.getByText("1. Información de la entidad").first().waitFor();
    await screenshot(page, "admin-transparencia");
    const intro = `Información pública del municipio de prueba, revisada el ${Date.now()}.`;
    await page.fill("[id^=intro-field]", intro);
    await saveAndPublish(page);
    const file = path.join(project, "content/transparencia.yaml");
    await waitFor(() => readFileSync(file, "utf8").includes(intro), 30_000, "transparencia.yaml guardado por el CMS");
    const text = readFileSync(file, "utf8");
    // Unquoted, 1.10 would be read back as the number 1,1.
    expect(text).toMatch(/number: (["'])1\.10\1/);
    const portal = loadPortal({ contentDir: path.join(project, "content") });
    expect(portal.transparency.intro).toBe(intro);
    expect(portal.transparency.categories.flatMap((c) => c.items)).toHaveLength(46);
    expect(errors).toEqual([]);
  });

  it("creates a news item through the editor's form; it validates and reaches /noticias/", { timeout: 180_000 }, async () => {
    const { page, errors } = await openAdmin("/collections/noticias/new");
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

    await saveAndPublish(page);
    const file = await waitFor(
      () => readdirSync(path.join(project, "content/noticias")).find((f) => readFileSync(path.join(project, "content/noticias", f), "utf8").includes(title)),
      30_000,
      "el archivo de la noticia",
    );
    expect(file).toMatch(/^2024-03-20-jornada-de-limpieza-del-rio-\d+\.md$/);

    // The front matter the CMS wrote passes the build's own validation…
    const portal = loadPortal({ contentDir: path.join(project, "content") });
    const entry = portal.entries.noticias.find((n) => n.title === title)!;
    expect(entry.data).toMatchObject({ category: "obras", office: "Secretaría de Gobierno", hidden: false });
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

  it("refuses to save a title longer than the schema allows, in the schema's words", { timeout: 60_000 }, async () => {
    const { page } = await openAdmin();
    const before = newsFiles();
    await newsForm(page, "Alcaldía ".repeat(21).slice(0, 186));
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.getByText("Título: Debe tener máximo 160 caracteres.", { exact: false }).first().waitFor();
    await screenshot(page, "admin-titulo-largo");
    await new Promise((r) => setTimeout(r, 1000));
    expect(newsFiles()).toEqual(before);
    await page.close();
  });

  it("saves news without an image, and refuses an image without its description or a description without an image", { timeout: 120_000 }, async () => {
    const { page } = await openAdmin();
    const named = `Sin imagen ${Date.now()}`;
    await newsForm(page, named);
    await page.fill("[id^=alt-field]", "Una descripción sin imagen");
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.getByText(/Archivo de imagen es obligatorio/i).waitFor();
    await page.locator("[id^=alt-field]").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await saveAndPublish(page);
    const file = await waitFor(() => newsFiles().find((f) => readFileSync(path.join(project, "content/noticias", f), "utf8").includes(named)), 30_000, "la noticia sin imagen");
    expect(loadPortal({ contentDir: path.join(project, "content") }).all.noticias.get(file.replace(/\.md$/, ""))?.data.image).toBeUndefined();

    await newsForm(page, `Con imagen ${Date.now()}`);
    await page.getByRole("button", { name: "Elige una imagen" }).click();
    await page.locator("input[type=file]").setInputFiles({ name: "foto-rio.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: /Elige seleccionado|Confirmar selección/ }).first().click();
    const before = newsFiles();
    await page.getByRole("button", { name: "Guardar", exact: true }).click();
    await page.getByText(/Texto alternativo es obligatorio/i).waitFor();
    await screenshot(page, "admin-imagen-sin-descripcion");
    await new Promise((r) => setTimeout(r, 1000));
    expect(newsFiles()).toEqual(before);
    await page.close();
  });

  it("is not reloaded by the dev server when content changes: unsaved edits stay", { timeout: 60_000 }, async () => {
    const { page, errors } = await openAdmin("/collections/noticias/new");
    await page.locator("label", { hasText: "Título" }).waitFor();
    await page.fill("[id^=title-field]", "Cambios sin guardar");
    // The dev server still injects its client into the page; the admin leaves it without a connection.
    expect(await page.locator('script[src*="/.11ty/reload-client.js"]').count()).toBe(1);
    expect(await page.evaluate(() => "WebSocket" in window)).toBe(false);
    await page.evaluate(() => ((window as unknown as { sinRecargar: boolean }).sinRecargar = true));
    const builds = log().match(/páginas reescritas/g)?.length ?? 0;
    appendFileSync(path.join(project, "content/noticias/2024-03-05-jornada-de-vacunacion.md"), "\nActualización.\n");
    await waitFor(() => (log().match(/páginas reescritas/g)?.length ?? 0) > builds, 30_000, "la reconstrucción tras el cambio");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => (window as unknown as { sinRecargar?: boolean }).sinRecargar)).toBe(true);
    expect(await page.inputValue("[id^=title-field]")).toBe("Cambios sin guardar");
    // A page of the site is still reloaded.
    const site = await browser.newPage();
    await site.goto(`${base}/noticias/`, { waitUntil: "networkidle" });
    expect(await site.evaluate(() => "WebSocket" in window)).toBe(true);
    await site.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("previews an act with the acts it refers to, as the site shows it, and links to its page", { timeout: 60_000 }, async () => {
    const { page, errors } = await openAdmin("/collections/normativa/entries/decreto-045-2008");
    const preview = page.frameLocator("iframe").first();
    const notice = preview.locator("p", { hasText: "Modificado por" });
    await notice.locator("a").waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toMatch(/^Modificado por Decreto 010 de 2009\. Lea también el acto que lo modifica\.$/);
    expect(await notice.locator("a").getAttribute("href")).toBe("/normativa/decreto-010-2009/");
    // The form names the act it refers to the way the list does.
    await page.getByText("DECRETO 010 de 2009: ", { exact: false }).first().waitFor();
    // «Ver publicación» opens this act's page on the dev server, not the production home page.
    expect(await page.getByRole("link", { name: /Ver publicación/ }).getAttribute("href")).toBe(`${base}/normativa/decreto-045-2008/`);
    await screenshot(page, "admin-acto-modificado");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("previews every entry example as the page the build makes from the same props", { timeout: 180_000 }, async () => {
    const { page, errors } = await openAdmin();
    // Decap fills in defaults when an entry opens, and asks before leaving it: leave without saving.
    page.on("dialog", (d) => void d.accept());
    // As the examples wrote them (another test edits a news item).
    for (const { entry } of entryExamples) for (const [rel, text] of Object.entries(entry!.files)) writeFileSync(path.join(project, "content", rel), text);
    const different: string[] = [];
    for (const example of entryExamples) {
      const { collection, id } = example.entry!;
      // From the collection's list, as an editor opens it: Decap does not leave one entry for another by address.
      await page.goto(`${base}/admin/#/collections/${collection}`);
      await page.locator(`a[href$="/collections/${collection}/entries/${id}"]`).first().click();
      // Decap changes entries without a new document: wait for this entry's page, with all the example shows
      // (the preview fetches the related acts and the PDF's size first).
      const title = (example.props as { entry: { title: string } }).entry.title;
      const ready = await page
        .waitForFunction(
          ([t, shows]) => {
            const main = (document.querySelector("iframe") as HTMLIFrameElement | null)?.contentDocument?.querySelector("main");
            const text = main?.textContent?.replace(/\s+/g, " ") ?? "";
            return main?.querySelector("h1")?.textContent?.includes(t!) && (shows as string[]).every((s) => text.includes(s));
          },
          [title, example.shows] as const,
          { timeout: 20_000 },
        )
        .then(() => true, () => false);
      if (!ready) {
        const body = await page.evaluate(() => (document.querySelector("iframe") as HTMLIFrameElement | null)?.contentDocument?.body.innerText ?? "");
        different.push(`${collection}/${id} (${example.name}): la vista previa no mostró la página esperada: ${body.slice(0, 500)}`);
        continue;
      }
      const expected = renderToStaticMarkup(
        createElement(PreviewMode.Provider, { value: true }, createElement(example.component, { ...example.props, ctx: { ...exampleContext(example.url), stylesheet: "" } })),
      );
      // Both pages serialised by the browser, adjacent texts merged: React's client and server write the same DOM differently.
      const [shown, wanted] = await page.evaluate(
        ([html]) => {
          const serialise = (el: Element | null) => {
            const copy = el?.cloneNode(true) as Element | undefined;
            copy?.normalize();
            // React's client sets a form's attributes in another order than its server writes them.
            for (const node of copy ? [copy, ...copy.querySelectorAll("*")] : []) {
              const attrs = [...node.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
              for (const [name] of attrs) node.removeAttribute(name);
              for (const [name, value] of attrs) node.setAttribute(name, value);
            }
            return copy?.outerHTML ?? "";
          };
          const frameDoc = (document.querySelector("iframe") as HTMLIFrameElement).contentDocument!;
          const template = document.createElement("template");
          template.innerHTML = html!;
          return [serialise(frameDoc.querySelector("main")), serialise(template.content.querySelector("main"))];
        },
        [expected],
      );
      if (shown !== wanted) {
        let at = 0;
        while (at < shown.length && shown[at] === wanted[at]) at++;
        const around = (html: string) => html.slice(Math.max(0, at - 120), at + 200);
        different.push(`${collection}/${id} (${example.name}), desde el carácter ${at}:\n  vista previa: …${around(shown)}\n  sitio:        …${around(wanted)}`);
      }
    }
    await screenshot(page, "admin-vista-previa-ejemplo");
    expect(different).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists acts by type, number and year, and news newest first with their dates", { timeout: 60_000 }, async () => {
    const { page } = await openAdmin("/collections/normativa");
    await page.getByText("DECRETO 045 de 2008 — ", { exact: false }).waitFor();
    await page.getByText("ACTA 01 de 2009 — ", { exact: false }).waitFor();
    await page.goto(`${base}/admin/#/collections/noticias`);
    await page.getByText("2024-03-31 · ", { exact: false }).first().waitFor();
    const cards = await page.locator("a[href*='/collections/noticias/entries/']").allInnerTexts();
    const dates = cards.map((t) => t.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? "");
    // The fixture's hidden news says so; the others do not.
    expect(cards.filter((t) => t.includes("oculta en el sitio"))).toEqual(["2024-02-10 · Noticia oculta · oculta en el sitio"]);
    expect(dates.every(Boolean), cards.join("\n")).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    await screenshot(page, "admin-lista-noticias");
    await page.close();
  });

  it("speaks Spanish in the media library", { timeout: 60_000 }, async () => {
    const { page } = await openAdmin();
    await page.getByRole("link", { name: "Medios" }).or(page.getByRole("button", { name: "Medios" })).first().click();
    await page.getByRole("button", { name: "Subir nuevo" }).waitFor();
    await page.locator("input[type=file]").setInputFiles({ name: "foto-rio.png", mimeType: "image/png", buffer: PNG });
    // Decap selects the file just uploaded: its copy button names what it copies.
    await page.locator("p", { hasText: /^foto-rio\.png$/ }).waitFor();
    await page.getByRole("button", { name: /^Copiar (ruta|dirección|nombre)$/ }).waitFor();
    await screenshot(page, "admin-medios");
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/\bCopy\b|Copied|Close/);
    await page.close();
  });
});
