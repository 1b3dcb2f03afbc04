import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { allFiles, fileForUrl } from "./files.ts";
import { searchDocument } from "../../src/search/index.ts";
import { ROOT } from "../helpers/build.ts";

const siteDir = inject("siteDir");
let files: string[];
let html: Map<string, string>;

/** Paths the Netlify Functions answer (their `config.path`): not files, but not broken links either. */
let functionPaths: RegExp[] = [];

beforeAll(async () => {
  const dir = path.join(ROOT, "netlify/functions");
  const configs = await Promise.all(readdirSync(dir).filter((f) => f.endsWith(".mts")).map(async (f) => ((await import(path.join(dir, f))) as { config: { path: string | string[] } }).config));
  functionPaths = configs.flatMap((c) => [c.path].flat()).map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`));
  files = allFiles(siteDir).filter((f) => !f.includes(`${path.sep}pagefind${path.sep}`) && !f.includes(`${path.sep}admin${path.sep}`));
  html = new Map(files.filter((f) => f.endsWith(".html")).map((f) => [f, readFileSync(f, "utf8")]));
});

const urlOf = (file: string) => `/${path.relative(siteDir, file).replace(/index\.html$/, "")}`;

function attributeValues(source: string): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  for (const m of source.matchAll(/\s(href|src|action|srcset)="([^"]*)"/g)) out.push({ attr: m[1]!, value: m[2]!.replace(/&amp;/g, "&") });
  return out;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsCache.get(file)!;
}

describe("the built Palmar site", () => {
  it("has no broken internal link, anchor included", () => {
    const broken: string[] = [];
    for (const [file, source] of html) {
      for (const { value } of attributeValues(source)) {
        if (/^(?:https?:|mailto:|tel:|data:)/.test(value) || value === "") continue;
        const [target, fragment] = value.startsWith("#") ? [urlOf(file), value.slice(1)] : [new URL(value, `https://x${urlOf(file)}`).pathname, value.split("#")[1]];
        if (functionPaths.some((re) => re.test(target))) continue;
        const targetFile = fileForUrl(siteDir, target);
        if (!existsSync(targetFile)) broken.push(`${urlOf(file)} → ${value}`);
        else if (fragment && targetFile.endsWith(".html") && !idsOf(targetFile).has(fragment)) broken.push(`${urlOf(file)} → ${value} (no existe el ancla)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("is valid HTML", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // React writes void elements as <meta/>; both spellings are valid HTML.
        "void-style": "off",
        // Long government names wrap; headings are allowed to be long.
        "long-title": "off",
        "no-trailing-whitespace": "off",
        // Stable, content-derived ids (ind-frecuencia-actualizacion) are fine.
        "valid-id": ["error", { relaxed: true }],
        // A multiple-choice question (a survey's) sends one value per ticked box under one name.
        "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
      },
    });
    const problems: string[] = [];
    for (const [file, source] of html) {
      const report = await validator.validateString(source, file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${urlOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });

  it("has no inline script, style or event handler, and no javascript: URL anywhere", () => {
    const offenders: string[] = [];
    for (const file of allFiles(siteDir).filter((f) => /\.(html|xml|json|js|css|txt)$/.test(f) && !f.includes(`${path.sep}pagefind${path.sep}`) && !f.includes(`${path.sep}admin${path.sep}`))) {
      const text = readFileSync(file, "utf8");
      if (/javascript:/i.test(text)) offenders.push(`${urlOf(file)}: javascript:`);
      if (file.endsWith(".html")) {
        if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(text)) offenders.push(`${urlOf(file)}: on…= handler`);
        if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(text)) offenders.push(`${urlOf(file)}: inline <script>`);
        if (/<style[\s>]|\sstyle="/i.test(text)) offenders.push(`${urlOf(file)}: inline style`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("requests nothing from another host", () => {
    const external: string[] = [];
    for (const [file, source] of html) {
      for (const m of source.matchAll(/<(script|img|link|iframe|source|video|audio|embed|object)\b[^>]*>/g)) {
        const tag = m[0];
        if (/rel="(?:canonical|alternate)"/.test(tag)) continue;
        if (/\s(?:src|href|data)="(?:https?:)?\/\//.test(tag)) external.push(`${urlOf(file)}: ${tag}`);
      }
    }
    expect(external).toEqual([]);
  });

  it("hands Pagefind exactly each indexed page's searchable part", () => {
    let indexed = 0;
    for (const [file, source] of html) {
      const doc = searchDocument(source);
      if (!source.includes("data-pagefind-body")) {
        expect(doc, urlOf(file)).toBeUndefined();
        continue;
      }
      indexed++;
      const body = /<body>([\s\S]*)<\/body>/.exec(doc!)![1]!;
      // One whole element: it opens with the indexed <div> and every <div> in it closes inside it.
      expect(body.startsWith('<div data-pagefind-body="">'), urlOf(file)).toBe(true);
      expect(body.match(/<div\b/g)!.length, urlOf(file)).toBe(body.match(/<\/div>/g)!.length);
      expect(source.includes(body), urlOf(file)).toBe(true);
      expect(doc!.startsWith('<!DOCTYPE html><html lang="es-CO"><body>'), urlOf(file)).toBe(true);
    }
    expect(indexed).toBeGreaterThan(50);
  });

  const page = (url: string) => readFileSync(fileForUrl(siteDir, url), "utf8");
  const text = (url: string) => page(url).replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

  it("writes Spanish that agrees with the act's gender and with the count", () => {
    const resolution = text("/normativa/resolucion-023-2009/");
    expect(resolution).toContain("Derogada por Decreto 031 de 2024. Este texto ya no rige.");
    expect(resolution).toContain("Expedida por");
    expect(resolution).not.toMatch(/Derogad[oa]\. Derogad/);
    expect(text("/normativa/decreto-045-2008/")).toMatch(/Modificado por Decreto \d+ de \d{4}(, Decreto \d+ de \d{4})*\. Lea también (el acto que lo modifica|los actos que lo modifican)\./);
    expect(text("/normativa/tipo/actas/")).toContain("Actas expedidas por la administración y sus órganos, de la más reciente a la más antigua.");
    expect(text("/normativa/tipo/decretos/")).toContain("Decretos expedidos por la administración y sus órganos, del más reciente al más antiguo.");
    const indicators = text("/planes/plan-accion-gobierno-en-linea-2008-2011/indicadores/");
    expect(indicators).toContain("al menos 1 capacitación");
    expect(indicators).toContain("al menos 12 reuniones");
    expect(indicators).not.toMatch(/al menos 1 \w+(es|os)\b/);
  });

  it("sends citizens to the State systems the transparency menu names, marked as external", () => {
    const html = page("/transparencia/");
    expect(html).toMatch(/<a href="https:\/\/www\.colombiacompra\.gov\.co\/secop-ii" rel="external noopener">Información de la gestión contractual en el SECOP<span class="visualmente-oculto"> \(sitio externo\)<\/span><\/a>/);
    expect(html).toContain('href="https://www.suit.gov.co/"');
  });

  it("shows an act whose «Vigente hasta» has passed as «Vigencia cumplida», and no state for an acta", () => {
    expect(text("/normativa/acuerdo-018-2008/")).toContain("Vigencia cumplida. Rigió hasta el 31 de diciembre de 2009.");
    expect(text("/normativa/tipo/acuerdos/")).toContain("Concejo Municipal · Vigencia cumplida");
    const acta = page("/normativa/acta-01-2008/");
    expect(acta).not.toContain("<dt>Estado</dt>");
    expect(acta).not.toContain("Vigente");
    expect(text("/normativa/tipo/actas/")).not.toContain("Vigente");
  });

  it("titles an act without a period before the site's name", () => {
    expect(page("/normativa/resolucion-023-2009/")).toMatch(/<title>Resolución 023 de 2009: Por la cual [^<]*Palmar — /);
  });

  it("marks the menu's section for a page filed under it elsewhere, and lists the site map in sitemap.xml", () => {
    expect(page("/frecuencia-de-actualizacion/")).toContain('<a href="/planes/" aria-current="true">Planes</a>');
    expect(page("/sitemap.xml")).toContain("/mapa-del-sitio/</loc>");
    const map = /<main[\s\S]*<\/main>/.exec(page("/mapa-del-sitio/"))![0];
    expect(map).toContain('<h2><a href="/noticias/">Noticias</a></h2>');
    expect(map).not.toContain('<li><a href="/noticias/">Noticias</a></li>');
  });
});
