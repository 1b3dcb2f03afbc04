import { describe, expect, it } from "vitest";
import { checkMarkdown, markdownToText, mediaPathOf, renderMarkdown, type MediaReference } from "../../src/markdown/index.ts";

describe("renderMarkdown", () => {
  it("escapes raw HTML instead of rendering it", () => {
    const html = renderMarkdown('Hola <script>alert(1)</script> <img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops links that would run code", () => {
    for (const href of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd"]) {
      const html = renderMarkdown(`[clic](${href})`);
      expect(html, href).not.toMatch(/href="(?:java|vb|data|file)/i);
    }
  });

  it("keeps ordinary links and marks those that leave the site", () => {
    expect(renderMarkdown("[decreto](/normativa/decreto-045-2008/)")).toContain('href="/normativa/decreto-045-2008/"');
    expect(renderMarkdown("[SECOP](https://www.colombiacompra.gov.co)")).toContain('rel="external noopener"');
    expect(renderMarkdown("[correo](mailto:alcaldia@palmar-santander.gov.co)")).toContain("mailto:");
  });

  it("shows template syntax literally", () => {
    expect(renderMarkdown("{{ 7*7 }} {% raw %}")).toContain("{{ 7*7 }} {% raw %}");
  });

  it("gives table headers a scope and wraps tables in a scroll box", () => {
    const html = renderMarkdown("| Fase | Plazo |\n|---|---|\n| Información | 2008 |");
    expect(html).toContain('<th scope="col">Fase</th>');
    expect(html).toContain(`class="tabla-desplazable" tabindex="0" aria-label="Tabla 1 del texto"`);
  });
});

describe("checkMarkdown", () => {
  it("refuses images from other hosts and images without a description", () => {
    const problems = checkMarkdown("Texto\n\n![](https://tracker.example/p.gif)\n\n![Plaza](/media/plaza.jpg)");
    expect(problems).toHaveLength(2);
    expect(problems[0]!.message).toMatch(/carpeta de medios/);
    expect(problems[0]!.line).toBe(3);
    expect(problems[1]!.message).toMatch(/descripción/);
  });
});

describe("checkMarkdown media references", () => {
  it("collects the site-local /media/ files the text links to or shows, decoded, without query or fragment", () => {
    const media: MediaReference[] = [];
    const source = "Vea el [decreto](/media/normativa/d.pdf#page=2).\n\n![Plaza](/media/plaza%20nueva.jpg)\n\n[página](/noticias/) [afuera](https://x.example/media/a.pdf) [ref]\n\n[ref]: /media/ref.pdf?v=1\n";
    expect(checkMarkdown(source, media)).toEqual([]);
    expect(media).toEqual([
      { path: "/media/normativa/d.pdf", line: 1, image: false },
      { path: "/media/plaza nueva.jpg", line: 3, image: true },
      { path: "/media/ref.pdf", line: 5, image: false },
    ]);
    expect(mediaPathOf("/mediateca/x.pdf")).toBeUndefined();
  });
});

describe("markdownToText", () => {
  it("gives plain text", () => {
    expect(markdownToText("## Título\n\nUn **texto** con [enlace](/x/).")).toBe("Título Un texto con enlace.");
  });
});
