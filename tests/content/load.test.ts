import { describe, expect, it } from "vitest";
import { ContentValidationError } from "../../src/content/errors.ts";
import { load, makeContent, news } from "../helpers/content.ts";

function problems(files: Record<string, string>): string[] {
  try {
    load(makeContent(files), "2025-01-01T00:00");
  } catch (e) {
    if (e instanceof ContentValidationError) {
      return e.issues.map((i) => `${i.file.split("/").slice(-2).join("/")}${i.line ? `:${i.line}` : ""}|${i.field ?? ""}|${i.message}`);
    }
    throw e;
  }
  return [];
}

describe("loadPortal", () => {
  it("loads valid content and sorts newest first", () => {
    const portal = load(makeContent({ ...news("a", "2024-01-01"), ...news("b", "2024-06-01") }), "2025-01-01T00:00");
    expect(portal.entries.noticias.map((n) => n.id)).toEqual(["b", "a"]);
    expect(portal.entries.noticias[0]!.url).toBe("/noticias/b/");
  });

  it("refuses file names that are not lowercase slugs, and reserved page names", () => {
    const p = problems({ "noticias/Noticia Nueva.md": "---\ntitle: x\n---\nx", "paginas/administracion.md": "---\ntitle: A\nsummary: B\n---\nx" });
    expect(p.find((x) => x.includes("Noticia Nueva"))).toMatch(/minúsculas.*«noticia-nueva\.md»/);
    expect(p.find((x) => x.includes("administracion"))).toMatch(/dirección reservada/);
  });

  it("refuses files that are not Markdown and sub-folders", () => {
    const p = problems({ "noticias/foto.jpg": "x", "noticias/2024/a.md": "x" });
    expect(p.some((x) => x.includes("foto.jpg|") && x.includes("no es un archivo Markdown"))).toBe(true);
    expect(p.some((x) => x.includes("subcarpetas"))).toBe(true);
  });

  it("requires a body and checks references between acts", () => {
    const act = (id: string, extra: string) =>
      `---\ntype: decreto\nnumber: "${id.split("-")[1]}"\ndate: 2024-01-01\nsubject: Asunto.\nissuer: Alcaldía Municipal\n${extra}---\nTexto.\n`;
    const p = problems({
      "normativa/decreto-001-2024.md": act("decreto-001-2024", "status: derogado\n"),
      "normativa/decreto-002-2024.md": act("decreto-002-2024", "status: modificado\nmodified_by: [decreto-099-2024]\n"),
      "normativa/decreto-003-2024.md": act("decreto-003-2024", "status: vigente\nrepealed_by: decreto-001-2024\n"),
      "normativa/decreto-004-2024.md": act("decreto-004-2024", "status: vigente\nattachment: /media/no-existe.pdf\n"),
      "noticias/sin-texto.md": "---\ntitle: T\ndate: 2024-01-01\nsummary: S\ncategory: salud\noffice: Despacho del Alcalde\n---\n",
    });
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/decreto-001-2024\.md\|repealed_by\|es obligatorio cuando el estado es «derogado»/),
        expect.stringMatching(/decreto-002-2024\.md\|modified_by\|nombra el acto «decreto-099-2024», que no existe/),
        expect.stringMatching(/decreto-003-2024\.md\|status\|dice «vigente»/),
        expect.stringMatching(/decreto-004-2024\.md\|attachment\|nombra «\/media\/no-existe\.pdf»/),
        expect.stringMatching(/sin-texto\.md\|\|falta el texto/),
      ]),
    );
  });

  it("points at the line of a problem in the body", () => {
    const p = problems({ "noticias/img.md": "---\ntitle: T\ndate: 2024-01-01\nsummary: S\ncategory: salud\noffice: Despacho del Alcalde\n---\nUno\n\n![](https://x.example/a.png)\n" });
    expect(p).toEqual([
      expect.stringMatching(/^noticias\/img\.md:10\|\|la imagen «https:\/\/x\.example\/a\.png» debe estar en la carpeta de medios/),
      expect.stringMatching(/^noticias\/img\.md:10\|\|la imagen .* no tiene descripción/),
    ]);
  });

  it("requires all ten transparency categories", () => {
    const dir = makeContent({});
    const p = (() => {
      const fs = require("node:fs") as typeof import("node:fs");
      const file = `${dir}/transparencia.yaml`;
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/  - number: 7[\s\S]*?(?=  - number: 8)/, ""));
      try {
        load(dir, "2025-01-01T00:00");
        return [];
      } catch (e) {
        return (e as ContentValidationError).issues.map((i) => i.message);
      }
    })();
    expect(p.join("\n")).toMatch(/categories: |debe tener al menos 10|falta la categoría 7, «Datos abiertos»/);
  });
});
