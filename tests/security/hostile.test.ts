/**
 * A corpus of hostile entries (tests/fixtures/hostile/) and what must happen to each: refused with an
 * error naming the file, or published with the hostile part neutralised.
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentValidationError } from "../../src/content/errors.ts";
import { ROOT, copyContent, runBuild, tempDir } from "../helpers/build.ts";
import { load } from "../helpers/content.ts";

const HOSTILE = path.join(ROOT, "tests/fixtures/hostile");

/** Expected error for each refused file: what an editor reads. */
const REFUSED: Record<string, RegExp> = {
  "js.md": /solo se admite YAML/,
  "js-mayusculas.md": /lenguaje «JS»; solo se admite YAML/,
  "js-con-espacio.md": /lenguaje «js»; solo se admite YAML/,
  "javascript.md": /lenguaje «javascript»; solo se admite YAML/,
  "coffee.md": /lenguaje «coffee»/,
  "json.md": /lenguaje «json»/,
  "permalink.md": /campo que no se admite: «permalink»/,
  "permalink-redirects.md": /campo que no se admite: «permalink»/,
  "template-engine-override.md": /campo que no se admite: «templateEngineOverride»/,
  "eleventy-computed.md": /campo que no se admite: «eleventyComputed»/,
  "pagination.md": /campo que no se admite: «pagination»/,
  "layout.md": /campo que no se admite: «layout»/,
  "fecha-30-febrero.md": /el campo «date» .*«2024-02-30» no existe/,
  "fecha-mes-13.md": /el campo «date» .*«2024-13-45» no existe/,
  "fecha-formato.md": /el campo «date» debe ser una fecha con el formato AAAA-MM-DD/,
  "vacio.md": /el archivo está vacío/,
  "yaml-mal-escrito.md": /YAML está mal escrito/,
  "yaml-etiqueta-js.md": /YAML está mal escrito.*unknown tag/,
  "sin-cerrar-cuerpo.md": /el campo «date» es obligatorio/,
  "sin-cerrar.md": /no está cerrado/,
  "yaml-bomba-alias.md": /el campo «title» debe ser un texto|campo que no se admite/,
  "imagen-externa.md": /el campo «image\.src» debe ser la ruta de una imagen subida a la carpeta de medios/,
  "imagen-externa-cuerpo.md": /imagen «https:\/\/rastreador\.example\/p\.gif» debe estar en la carpeta de medios/,
};

describe("refused entries", () => {
  const files = readdirSync(path.join(HOSTILE, "refused")).sort();

  it("the corpus and the expectations list the same files", () => {
    expect(files).toEqual(Object.keys(REFUSED).sort());
  });

  for (const name of files) {
    it(`${name} is refused, naming the file`, () => {
      rmSync("/tmp/pwned-js", { force: true });
      const dir = copyContent();
      copyFileSync(path.join(HOSTILE, "refused", name), path.join(dir, "noticias", name));
      let error: unknown;
      const started = performance.now();
      try {
        load(dir, "2025-01-01T00:00");
      } catch (e) {
        error = e;
      }
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(error).toBeInstanceOf(ContentValidationError);
      const issues = (error as ContentValidationError).issues.filter((i) => i.file.endsWith(`noticias/${name}`));
      expect(issues.length, (error as Error).message).toBeGreaterThan(0);
      expect(issues.map((i) => `${i.field ? `el campo «${i.field}» ` : ""}${i.message}`).join("\n")).toMatch(REFUSED[name]!);
      expect(existsSync("/tmp/pwned-js")).toBe(false);
      rmSync(dir, { recursive: true, force: true });
    });
  }
});

describe("neutralised entries", () => {
  let out: string;
  const read = (rel: string) => readFileSync(path.join(out, rel), "utf8");
  const page = () => read("noticias/2024-05-01-html-crudo/index.html");

  beforeAll(() => {
    const dir = copyContent();
    copyFileSync(path.join(HOSTILE, "neutralised/2024-05-01-html-crudo.md"), path.join(dir, "noticias/2024-05-01-html-crudo.md"));
    out = path.join(tempDir(), "_site");
    const r = runBuild(dir, out);
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

  it("escapes raw HTML in the body", () => {
    const html = page();
    expect(html).not.toMatch(/<script>alert|<img src="?x|<iframe|<div onclick/);
    expect(html).toContain("&lt;script&gt;alert(&#x27;cuerpo&#x27;)&lt;/script&gt;".replace(/&#x27;/g, "'"));
  });

  it("drops javascript:, vbscript: and data: links in every spelling", () => {
    const html = page();
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.toLowerCase().replace(/[\s\u0000-\u001f]/g, ""));
    for (const href of hrefs) expect(href).not.toMatch(/^(?:javascript|vbscript|data):|^&#106;/);
  });

  it("shows template syntax literally", () => {
    const html = page();
    for (const text of ["{{ 7", "{% include &quot;x&quot; %}", "${process.exit(1)}", "&lt;%= 7"]) expect(html).toContain(text);
  });

  it("escapes HTML in the title and summary wherever they appear", () => {
    // Inside a quoted attribute value "<" is inert text; what matters is that no element is made.
    const withoutAttributes = (text: string) => text.replace(/="[^"]*"/g, '=""');
    const html = withoutAttributes(page());
    expect(html).toContain("<title>Alerta &lt;script&gt;alert(&#x27;titulo&#x27;)&lt;/script&gt; &amp; &lt;b&gt;negrita&lt;/b&gt; — ");
    expect(html).not.toMatch(/<b>negrita|<img[^>]*onerror/);
    expect(withoutAttributes(read("noticias/index.html"))).not.toMatch(/<script>alert|<b>negrita|<img src=x/);
    for (const feed of ["feeds/noticias.xml", "feeds/novedades.xml"]) {
      const xml = read(feed);
      expect(xml).toContain("Alerta &lt;script&gt;");
      expect(xml).not.toMatch(/<script|<b>negrita|<img src=x/);
    }
    for (const feed of ["feeds/noticias.json", "feeds/novedades.json"]) {
      const json = read(feed);
      expect(json).not.toMatch(/<script|<b>|<img/);
      const item = JSON.parse(json).items.find((i: { title: string }) => i.title.startsWith("Alerta"));
      expect(item.title).toBe("Alerta <script>alert('titulo')</script> & <b>negrita</b>");
      expect(item.content_html).not.toMatch(/<script|<img[^>]*onerror|href="(?:javascript|vbscript|data):/i);
    }
    expect(read("sitemap.xml")).not.toContain("<script");
  });
});
