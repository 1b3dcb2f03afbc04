/**
 * The committee's review in Chromium, against the dev server's own CMS backend: an editor drafts, sends
 * the entry to review, marks it ready and publishes it; the dev server shows it and Git holds the editor's
 * commit and nothing else. Two sessions editing one entry: the second save is refused, says what to do,
 * and nothing is lost. The login page and the review board speak only Spanish; uploads over the limit are
 * refused on the page.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { mergePhrases, SPANISH_SUPPLEMENT } from "../../src/cms/locale.ts";
import { draftBranch } from "../../src/dev/cms-backend.ts";
import { EDITOR, filesOf, sh } from "../helpers/git-project.ts";
import { screenshot } from "./harness.ts";
import { fillNews, openAdmin, save, setStatus, useDevAdmin, waitFor } from "./dev-admin.ts";

const admin = useDevAdmin((project) => {
  // A small limit keeps the over-limit file small; the developer's own work in progress sits beside.
  writeFileSync(
    path.join(project.content, "sitio.yaml"),
    readFileSync(path.join(project.content, "sitio.yaml"), "utf8").replace("  editorial_workflow: true", "  editorial_workflow: true\n  max_upload_mb: 1"),
  );
  sh(project.dir, "commit", "-q", "-am", "Límite de subida de 1 MB");
  writeFileSync(path.join(project.dir, "notas-del-desarrollador.txt"), "sin confirmar\n");
  appendFileSync(path.join(project.content, "paginas/participa.md"), "\nCambio en curso del desarrollador.\n");
});

const git = (...args: string[]) => sh(admin.project, ...args);
const MB = 1024 * 1024;

/** Decap's English phrases that differ from its Spanish and ours: none may show. */
async function englishPhrases(): Promise<string[]> {
  const dist = "decap-cms-locales/dist/esm";
  const en = (await import(`${dist}/en/index.js`)).default as Record<string, unknown>;
  const es = mergePhrases((await import(`${dist}/es/index.js`)).default, SPANISH_SUPPLEMENT) as Record<string, unknown>;
  const out = new Set<string>();
  const walk = (a: Record<string, unknown>, b: Record<string, unknown> | undefined) => {
    for (const [k, v] of Object.entries(a)) {
      if (v && typeof v === "object") walk(v as Record<string, unknown>, b?.[k] as Record<string, unknown>);
      else if (typeof v === "string" && v !== b?.[k]) {
        for (const part of v.split(/%\{[^}]+\}|\|\|\|\||\n/)) if (part.trim().length >= 4) out.add(part.trim());
      }
    }
  };
  walk(en, es);
  return [...out];
}

const ENGLISH_WORDS = /\b(Ready|Draft|Drafts|Email|Password|Log ?in|Sign ?in|Review|Publish|Save|Delete|Loading|Workflow|Entries|Collections|Search|Status|Changes|Back to|Quick add|Unpublished|New Post|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AM|PM)\b/;

async function assertSpanish(page: Page, where: string): Promise<void> {
  const text = await page.locator("body").innerText();
  expect(text, where).not.toMatch(ENGLISH_WORDS);
  const phrases = await englishPhrases();
  const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  expect(phrases.filter((p) => new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, "u").test(text)), where).toEqual([]);
}

describe("the review flow on a developer's machine", () => {
  it("shows the Alcaldía's login page, in Spanish only", { timeout: 60_000 }, async () => {
    const context = await admin.browser.newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${admin.base}/admin/`, { waitUntil: "networkidle" });
    await page.getByText("Alcaldía Municipal de Palmar").first().waitFor();
    await page.getByRole("heading", { name: "Administrador de contenidos del portal" }).waitFor();
    await page.getByText(`Publicará en la rama «main» como ${EDITOR.name} <${EDITOR.email}>.`).waitFor();
    // The site's own mark, never Decap's brand, named for the entity.
    const logo = page.getByRole("img", { name: "Logo de Alcaldía Municipal de Palmar" });
    expect(await logo.getAttribute("src")).toBe("/favicon.svg");
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Decap's own copy of it is not shown.
    expect(await page.locator("section img").evaluateAll((imgs) => imgs.filter((i) => (i as HTMLElement).offsetParent !== null).length)).toBe(0);
    await screenshot(page, "admin-entrada");
    await assertSpanish(page, "la entrada al administrador");
    await context.close();
  });

  it("takes a news item from draft to review to ready to published, and commits only the editor's file", { timeout: 180_000 }, async () => {
    const { page, errors } = await openAdmin(admin);
    await screenshot(page, "admin-colecciones");
    const title = `Limpieza del río ${Date.now()}`;
    await fillNews(page, admin.base, title);
    const head = git("rev-parse", "HEAD").trim();
    await save(page);

    // A draft: its own branch, in «Borrador», nothing on main nor in the working copy.
    const slug = await waitFor(() => /entries\/([^/?#]+)$/.exec(page.url())?.[1], 10_000, "la dirección de la entrada guardada");
    const branch = draftBranch("main", "noticias", slug);
    expect(filesOf(admin.project, branch)).toEqual([`content/noticias/${slug}.md`]);
    expect(git("rev-parse", "HEAD").trim()).toBe(head);
    expect(existsSync(path.join(admin.content, `noticias/${slug}.md`))).toBe(false);
    await page.getByRole("button", { name: "Estado: Borrador" }).waitFor();

    await setStatus(page, "En revisión");
    expect(git("config", `branch.${branch}.description`).trim()).toBe("decap-cms/pending_review");

    // The committee's board shows it under «En revisión», with who proposed it.
    await page.goto(`${admin.base}/admin/#/workflow`);
    const card = page.locator("a", { hasText: title }).first();
    await card.waitFor();
    expect(await card.innerText()).toContain(EDITOR.name);
    await screenshot(page, "admin-revision-tablero");
    await assertSpanish(page, "el tablero de revisión");

    await card.click();
    await page.getByRole("button", { name: "Estado: En revisión" }).waitFor();
    await setStatus(page, "Listo");
    expect(git("config", `branch.${branch}.description`).trim()).toBe("decap-cms/pending_publish");
    await page.getByRole("button", { name: "Publicar" }).click();
    await page.getByText("Publicar ahora").click();
    await page.getByText("Entrada publicada").first().waitFor();

    // Published: the dev server shows it, main has the publisher's merge of the editor's commit.
    await waitFor(() => fetch(`${admin.base}/noticias/`).then((r) => r.text()).then((t) => t.includes(title)), 30_000, "la noticia en /noticias/");
    const [first, second] = git("log", "-1", "--format=%P", "main").trim().split(" ");
    expect(first).toBe(head);
    expect(filesOf(admin.project, second!)).toEqual([`content/noticias/${slug}.md`]);
    expect(git("log", "-1", "--format=%an|%s", second!).trim()).toBe(`${EDITOR.name}|Crea Noticia «${slug}»`);
    expect(git("log", "-1", "--format=%s%n%b", "main")).toMatch(new RegExp(`^Publica noticias/${slug}\\nPropuesto por ${EDITOR.name} <${EDITOR.email}>; revisado y publicado por`));
    expect(git("branch", "--list", branch).trim()).toBe("");
    // Nothing of the developer's went in, and it is all still there.
    const status = git("status", "--porcelain");
    expect(status).toContain("?? notas-del-desarrollador.txt");
    expect(status).toContain(" M content/paginas/participa.md");
    expect(status).not.toContain(slug);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses the second of two editors' saves, says who changed the entry and what to do, and loses nothing", { timeout: 180_000 }, async () => {
    const entry = "/collections/noticias/entries/2024-03-31-cierre-de-mes";
    const first = await openAdmin(admin, entry);
    const second = await openAdmin(admin, entry);
    for (const { page } of [first, second]) await page.locator("[id^=summary-field]").waitFor();

    // The first official writes a new summary and saves.
    await first.page.fill("[id^=summary-field]", "Resumen nuevo de la primera funcionaria.");
    await save(first.page);
    // The second, whose form still holds the old summary, writes a new title and saves.
    const newTitle = "Cierre de mes: informe de la segunda funcionaria";
    await second.page.fill("[id^=title-field]", newTitle);
    await second.page.getByRole("button", { name: "Guardar", exact: true }).click();
    const panel = second.page.locator("section[role=alert]").filter({ hasText: "No se guardó" });
    await panel.waitFor();
    await second.page.getByText(/^No se guardó la entrada: otra persona guardó un cambio en el borrador de esta entrada después de que usted la abrió \(lo hizo Ana Editora el /).first().waitFor();
    expect(await panel.innerText()).toContain("Lo que usted cambió:");
    expect(await panel.innerText()).toContain(newTitle);
    await screenshot(second.page, "admin-conflicto");
    await assertSpanish(second.page, "el aviso de conflicto");
    const draft = draftBranch("main", "noticias", "2024-03-31-cierre-de-mes");
    const saved = git("show", `${draft}:content/noticias/2024-03-31-cierre-de-mes.md`);
    expect(saved).toContain("Resumen nuevo de la primera funcionaria.");
    expect(saved).not.toContain(newTitle);

    // «Cargar la versión actual»: Decap asks to leave without saving, then the form has the first's summary.
    await panel.getByRole("button", { name: "Cargar la versión actual" }).click();
    await waitFor(async () => (await second.page.inputValue("[id^=summary-field]").catch(() => "")) === "Resumen nuevo de la primera funcionaria.", 20_000, "la versión actual en el formulario");
    expect(second.dialogs.some((d) => /salir de esta página/.test(d))).toBe(true);
    await second.page.fill("[id^=title-field]", newTitle);
    await save(second.page);
    const merged = git("show", `${draft}:content/noticias/2024-03-31-cierre-de-mes.md`);
    expect(merged).toContain("Resumen nuevo de la primera funcionaria.");
    expect(merged).toContain(newTitle);
    // The first official saves again without reloading: refused too, since the second changed it since.
    await first.page.fill("[id^=summary-field]", "Otra corrección del resumen.");
    await first.page.getByRole("button", { name: "Guardar", exact: true }).click();
    await first.page.locator("section[role=alert]").filter({ hasText: "No se guardó" }).waitFor();
    expect(git("show", `${draft}:content/noticias/2024-03-31-cierre-de-mes.md`)).toBe(merged);
    for (const s of [first, second]) {
      // Decap leaves every refused save as an unhandled rejection of its own action object.
      expect(s.errors.filter((e) => e !== "Object")).toEqual([]);
      await s.context.close();
    }
  });

  it("shows a scheduled entry's preview and page as not published yet, and when it will be, instead of a 404", { timeout: 60_000 }, async () => {
    const { page, context, errors } = await openAdmin(admin, "/collections/noticias/entries/2099-01-01-programada");
    const notice = "Vista previa: esta entrada no está publicada. Está programada: aparecerá en el sitio el 1 de enero de 2099. Hasta entonces nadie más la ve.";
    const preview = page.frameLocator("iframe").first();
    await preview.getByRole("note", { name: "Entrada sin publicar" }).waitFor({ timeout: 20_000 });
    expect((await preview.getByRole("note").innerText()).replace(/\s+/g, " ").trim()).toBe(notice);
    await screenshot(page, "admin-programada");
    // «Ver publicación» opens the dev server's page of it, which says the same.
    const link = await page.getByRole("link", { name: /Ver publicación/ }).getAttribute("href");
    expect(link).toBe(`${admin.base}/noticias/2099-01-01-programada/`);
    const site = await context.newPage();
    const response = await site.goto(link!);
    expect(response?.status()).toBe(200);
    expect((await site.getByRole("note").innerText()).replace(/\s+/g, " ").trim()).toBe(notice);
    expect(await site.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
    await screenshot(site, "sitio-programada");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuses uploads over the limit, from a field and from «Medios», and says the limit in the hint", { timeout: 120_000 }, async () => {
    const { page, context } = await openAdmin(admin);
    await fillNews(page, admin.base, `Con acta pesada ${Date.now()}`);
    await page.getByText("JPG, PNG o WebP, subida desde su equipo, de hasta 1 MB.").waitFor();
    await page.getByRole("button", { name: "Elige una imagen" }).click();
    const big = { name: "acta-escaneada.png", mimeType: "image/png", buffer: Buffer.alloc(Math.round(1.5 * MB)) };
    await page.locator("input[type=file]").setInputFiles(big);
    const notice = page.locator("section[role=alert]").filter({ hasText: "No se subió" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain("«acta-escaneada.png» (1,5 MB)");
    expect(await notice.innerText()).toContain("pesa más de 1 MB, el límite del portal");
    await screenshot(page, "admin-subida-pesada");
    await notice.getByRole("button", { name: "Entendido" }).click();
    await page.getByRole("button", { name: "Cerrar" }).click();

    const head = git("rev-parse", "HEAD").trim();
    await page.goto(`${admin.base}/admin/#/collections/noticias`);
    await page.getByRole("link", { name: "Medios" }).or(page.getByRole("button", { name: "Medios" })).first().click();
    await page.getByRole("button", { name: "Subir nuevo" }).waitFor();
    await page.locator("input[type=file]").setInputFiles({ ...big, name: "acta-2010.pdf", mimeType: "application/pdf" });
    await page.locator("section[role=alert]").filter({ hasText: "No se subió «acta-2010.pdf»" }).waitFor();
    expect(git("rev-parse", "HEAD").trim()).toBe(head);
    await context.close();
  });
});
