import { describe, expect, it } from "vitest";
import { ContentValidationError } from "../../src/content/errors.ts";
import { act, load, makeContent, news } from "../helpers/content.ts";

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

  it("refuses the same news twice (same title, same day) and the same act twice, naming the other file", () => {
    const twin = (id: string) => `---\ntitle: Jornada de salud en La Esperanza\ndate: 2024-05-02T09:00\nsummary: Resumen.\ncategory: salud\noffice: Despacho del Alcalde\n---\nTexto ${id}.\n`;
    const p = problems({
      "noticias/2024-05-02-jornada.md": twin("a"),
      "noticias/2024-05-02-jornada-1.md": twin("b"),
      ...news("otra", "2024-05-03"),
      "normativa/decreto-045-2008.md": "---\ntype: decreto\nnumber: \"045\"\ndate: 2008-08-01\nsubject: Uno.\nissuer: Alcaldía Municipal\nstatus: vigente\n---\nTexto.\n",
      "normativa/decreto-045-2008-copia.md": "---\ntype: decreto\nnumber: \"045\"\ndate: 2008-09-01\nsubject: Otro.\nissuer: Alcaldía Municipal\nstatus: vigente\n---\nTexto.\n",
    });
    expect(p.find((x) => x.startsWith("noticias/2024-05-02-jornada.md|"))).toBeUndefined();
    expect(p.find((x) => x.startsWith("noticias/2024-05-02-jornada-1.md|"))).toMatch(/\|title\|es igual, con la misma fecha, al de .*noticias\/2024-05-02-jornada\.md.*si este archivo es una copia, bórrelo/);
    expect(p.find((x) => x.startsWith("normativa/decreto-045-2008-copia.md|"))).toMatch(/\|number\|repite el del acto .*normativa\/decreto-045-2008\.md \(?«Decreto 045 de 2008»/);
    expect(p.filter((x) => x.startsWith("noticias/otra"))).toEqual([]);
  });

  it("refuses a «Vigente hasta» before the act was issued", () => {
    const p = problems(act("decreto-001-2024", "2024-06-01", "type: decreto\nissuer: Alcaldía Municipal\nvalid_until: 2024-05-31\n"));
    expect(p.join("\n")).toMatch(/valid_until\|.*es anterior a la «Fecha de expedición»/);
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
      expect.stringMatching(/^noticias\/img\.md:10\|body\|la imagen «https:\/\/x\.example\/a\.png» debe estar en la carpeta de medios/),
      expect.stringMatching(/^noticias\/img\.md:10\|body\|la imagen .* no tiene descripción/),
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

  it("names fields by the CMS form's labels, list items from 1", () => {
    const dir = makeContent({ ...news("a", "2024-01-01", "image:\n  src: /media/a.jpg\n") });
    const fs = require("node:fs") as typeof import("node:fs");
    fs.writeFileSync(`${dir}/noticias/a.md`, fs.readFileSync(`${dir}/noticias/a.md`, "utf8").replace(/^summary:.*\n/m, ""));
    let error: ContentValidationError | undefined;
    try {
      load(dir, "2025-01-01T00:00");
    } catch (e) {
      error = e as ContentValidationError;
    }
    expect(error?.message).toContain("noticias/a.md: el campo «Resumen» (summary) es obligatorio");
    // A field the file has is named at its line, as the editor will look for it.
    expect(error?.message).toMatch(/noticias\/a\.md:\d+: el campo «Imagen › Texto alternativo» \(alt\) es obligatorio/);
    expect(error?.issues.map((i) => i.field)).toEqual(expect.arrayContaining(["summary", "image.alt"]));
    const file = `${dir}/sitio.yaml`;
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/number: "?\+57 ([^\n"]*)"?/, "number: 724 8531"));
    fs.writeFileSync(`${dir}/noticias/a.md`, news("a", "2024-01-01")["noticias/a.md"]!);
    expect(() => load(dir, "2025-01-01T00:00")).toThrow(/sitio\.yaml:\d+: el campo «Teléfonos › 1 › Número» \(number\) debe ser un teléfono/);
  });

  it("lists the allowed fields for an unknown one and guesses a misspelt one", () => {
    const p = problems({ ...news("a", "2024-01-01", "autor: Juan\n"), ...news("b", "2024-01-01", "categoria: salud\n") });
    const autor = p.find((x) => x.includes("«autor»"))!;
    expect(autor).toMatch(/^noticias\/a\.md\|\|tiene un campo que no se admite: «autor»\. Borre ese campo o corrija su nombre; los campos admitidos aquí son: «Título» \(title\), «Fecha de publicación» \(date\)/);
    expect(autor).not.toMatch(/documentación/);
    expect(p.find((x) => x.includes("«categoria»"))).toMatch(/¿Quiso escribir «category» \(Categoría\) en lugar de «categoria»\?/);
    const nested = problems(news("c", "2024-01-01", "image:\n  src: /media/a.jpg\n  alt: Foto\n  titulo: x\n"));
    expect(nested.find((x) => x.includes("«titulo»"))).toMatch(/^noticias\/c\.md:7\|image\|tiene un campo que no se admite: «titulo».*admitidos aquí son: «Archivo de imagen» \(src\), «Texto alternativo» \(alt\)/);
  });

  it("tells a file still using the old «draft» key its new name, with the same value", () => {
    const p = problems(news("a", "2024-01-01", "draft: true\n"));
    expect(p).toEqual([
      expect.stringMatching(/^noticias\/a\.md\|\|tiene el campo «draft», que ahora se llama «hidden» \(Ocultar en el sitio\): cambie «draft:» por «hidden:» y deje el mismo valor\. Active para que el sitio deje de mostrar/),
    ]);
    const portal = load(makeContent({ ...news("a", "2024-01-01", "hidden: true\n"), ...news("b", "2024-01-02") }), "2025-01-01T00:00");
    expect(portal.entries.noticias.map((n) => n.id)).toEqual(["b"]);
  });

  it("refuses the retired git-gateway backend and a GitLab backend without its application, saying what to write", () => {
    const dir = makeContent({});
    const fs = require("node:fs") as typeof import("node:fs");
    const file = `${dir}/sitio.yaml`;
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, original.replace("backend: github", "backend: git-gateway"));
    expect(() => load(dir, "2025-01-01T00:00")).toThrow(/sitio\.yaml:\d+: el campo «Administrador de contenidos › Cuentas con que entra el personal» \(backend\) «git-gateway» \(Netlify Identity\) ya no se admite: .*Escriba «github» o «gitlab»/);
    fs.writeFileSync(file, original.replace("backend: github", "backend: gitlab"));
    expect(() => load(dir, "2025-01-01T00:00")).toThrow(/\(gitlab_app_id\) es obligatorio con «backend: gitlab»: copie el «Application ID»/);
    fs.writeFileSync(file, `${original}logo: /media/escudo.svg\n`);
    expect(() => load(dir, "2025-01-01T00:00")).toThrow(/sitio\.yaml: el campo «Logo o escudo» \(logo\) nombra «\/media\/escudo\.svg», que no está en content\/media\/escudo\.svg/);
  });

  it("names the key of a YAML error by its label", () => {
    const dir = makeContent({ "noticias/a.md": "---\ntitle: Aviso: kits\n---\nx" });
    expect(() => load(dir, "2025-01-01T00:00")).toThrow(/noticias\/a\.md:2: el campo «Título» \(title\) tiene dos puntos \(:\) en su valor/);
  });

  it("refuses a file that is not UTF-8, naming it", () => {
    const dir = makeContent({});
    const fs = require("node:fs") as typeof import("node:fs");
    fs.mkdirSync(`${dir}/noticias`, { recursive: true });
    fs.writeFileSync(`${dir}/noticias/a.md`, Buffer.from(news("a", "2024-01-01", "")["noticias/a.md"]!.replace("Resumen", "Alcaldía"), "latin1"));
    expect(() => load(dir, "2025-01-01T00:00")).toThrow(/noticias\/a\.md:4: el archivo no está guardado con la codificación UTF-8.*como «Alcaldía»/);
  });

  it("refuses links and images in the text to /media/ files that do not exist", () => {
    const body = "Vea el [Decreto 099](/media/normativa/decreto-099-2023.pdf#page=2), el [otro](/media/normativa/ok.pdf) y [afuera](https://x.example/media/a.pdf).\n\n![Plaza](/media/plaza%20nueva.jpg)\n";
    const dir = makeContent({ "noticias/a.md": `---\ntitle: T\ndate: 2024-01-01\nsummary: S\ncategory: salud\noffice: Despacho del Alcalde\n---\n${body}`, "media/normativa/ok.pdf": "%PDF" });
    let error: ContentValidationError | undefined;
    try {
      load(dir, "2025-01-01T00:00");
    } catch (e) {
      error = e as ContentValidationError;
    }
    expect(error?.issues.map((i) => `${i.line}|${i.field}|${i.label}|${i.message}`)).toEqual([
      "8|body|Texto|enlaza el archivo «/media/normativa/decreto-099-2023.pdf», que no está en content/media/normativa/decreto-099-2023.pdf: súbalo a la carpeta de medios o corrija el enlace",
      "10|body|Texto|muestra la imagen «/media/plaza nueva.jpg», que no está en content/media/plaza nueva.jpg: súbalo a la carpeta de medios o corrija el enlace",
    ]);
    expect(error?.message).toContain("noticias/a.md:8: el campo «Texto» (body) enlaza el archivo «/media/normativa/decreto-099-2023.pdf»");
  });

  it("does not suggest renaming a file onto another entry's name", () => {
    const entry = news("2024-01-01-kits", "2024-01-01")["noticias/2024-01-01-kits.md"]!;
    const p = problems({
      "noticias/2024-01-01-kits.md": entry,
      "noticias/2024-01-01-kits-2.md": entry,
      "noticias/2024-01-01-Kits.md": entry,
      "noticias/Otra Nota.md": entry,
    });
    const dup = p.find((x) => x.includes("2024-01-01-Kits.md"))!;
    expect(dup).toMatch(/Ya existe «2024-01-01-kits\.md»: si este archivo es una copia de esa entrada, bórrelo; si es otra, nómbrelo por ejemplo «2024-01-01-kits-3\.md»/);
    expect(dup).not.toMatch(/por ejemplo «2024-01-01-kits\.md»/);
    expect(p.find((x) => x.includes("Otra Nota"))).toMatch(/por ejemplo «otra-nota\.md»\)$/);
  });
});
