import { describe, expect, it } from "vitest";
import { decodeContent, FrontMatterError, parseFrontMatter, parseYamlData } from "../../src/content/frontmatter.ts";

function error(source: string): FrontMatterError {
  try {
    parseFrontMatter(source);
  } catch (e) {
    if (e instanceof FrontMatterError) return e;
    throw e;
  }
  throw new Error("expected a FrontMatterError");
}

describe("parseFrontMatter", () => {
  it("reads YAML fields and the body", () => {
    const r = parseFrontMatter("---\ntitle: Hola\ndate: 2024-02-30\n---\nTexto\n");
    // Dates stay text so the schema can check them; YAML would have rolled this over to March.
    expect(r.data).toEqual({ title: "Hola", date: "2024-02-30" });
    expect(r.body.trim()).toBe("Texto");
    expect(r.bodyLine).toBe(5);
  });

  it("refuses JavaScript front matter in every spelling without running it", () => {
    (globalThis as Record<string, unknown>).__ran = false;
    for (const opener of ["---js", "---JS", "--- js", "---javascript", "---Javascript", "---coffee", "---json", "---toml", "--- yaml"]) {
      const e = error(`${opener}\n{ title: (globalThis.__ran = true) }\n---\nx`);
      expect(e.message).toMatch(/solo se admite YAML/);
    }
    expect((globalThis as Record<string, unknown>).__ran).toBe(false);
  });

  it("names the problem of empty, unopened, unclosed and malformed files", () => {
    expect(error("").message).toMatch(/vacío/);
    expect(error("   \n").message).toMatch(/vacío/);
    expect(error("title: x\n").message).toMatch(/falta el encabezado/);
    expect(error("---\ntitle: x\n").message).toMatch(/no está cerrado/);
    expect(error("---\ntitle: [x\n---\n").message).toMatch(/YAML está mal escrito/);
    expect(error("---\ntitle: [x\n---\n").key).toBe("title");
    expect(error("---\n- uno\n- dos\n---\n").message).toMatch(/clave: valor/);
  });

  it("does not resolve YAML tags that build objects", () => {
    expect(() => parseFrontMatter("---\nx: !!js/function 'function(){}'\n---\n")).toThrow(FrontMatterError);
    expect(() => parseFrontMatter("---\nx: !!binary aGVsbG8=\n---\n")).toThrow(/mal escrito/);
  });

  it("explains the common YAML mistakes in Spanish, with the line and what to write", () => {
    const colon = error('---\ntitle: Aviso: entrega de kits\ndate: 2024-01-01\n---\nx');
    expect([colon.line, colon.key]).toEqual([2, "title"]);
    expect(colon.message).toBe('tiene dos puntos (:) en su valor (línea 2), y así el encabezado no se puede leer: escriba el valor entre comillas dobles, así: title: "Aviso: entrega de kits"');
    const quotes = error('---\ndate: 2024-01-01\ntitle: "Reciben "kits" escolares"\n---\nx');
    expect([quotes.line, quotes.key]).toEqual([3, "title"]);
    expect(quotes.message).toMatch(/comillas dobles dentro .* así: title: "Reciben «kits» escolares"$/);
    const tab = error("---\ntitle: x\n\toffice: y\n---\nx");
    expect(tab.line).toBe(3);
    expect(tab.message).toMatch(/^el encabezado tiene un tabulador al comienzo de la línea 3 \(«office: y»\): bórrelo/);
    const dup = error("---\ntitle: a\ndate: 2024-01-01\ntitle: b\n---\nx");
    expect([dup.line, dup.key]).toEqual([4, "title"]);
    expect(dup.message).toBe("está escrito dos veces en el encabezado (líneas 2 y 4): deje una sola línea «title:» y borre la otra");
    const unclosed = error('---\ntitle: "Hola\ndate: 2024-01-01\n---\nx');
    expect([unclosed.line, unclosed.key]).toEqual([2, "title"]);
    expect(unclosed.message).toMatch(/abre comillas dobles \("\) que no se cierran \(línea 2\): ponga las comillas de cierre/);
    const single = error("---\ntitle: 'Hola\n---\nx");
    expect(single.message).toMatch(/comillas simples \('\) que no se cierran/);
    const at = error("---\ntitle: @alcaldia\n---\nx");
    expect(at.message).toMatch(/empieza por «@» .* title: "@alcaldia"/);
    const indent = error("---\nimage:\n  src: /media/a.jpg\n alt: x\n---\nx");
    expect(indent.line).toBe(4);
    expect(indent.message).toMatch(/^el encabezado está mal escrito en la línea 4 \(«alt: x»\): revise los espacios/);
  });

  it("falls back to a Spanish message that keeps js-yaml's reason", () => {
    const e = error("---\nx: !!js/function 'f'\n---\n");
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^el encabezado YAML está mal escrito \(línea 2: «x: !!js\/function 'f'»\): revise .*\(detalle técnico: unknown tag/);
  });

  it("counts a data file's lines from its first", () => {
    try {
      parseYamlData("entity: A\nentity: B\n");
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(FrontMatterError);
      expect((e as FrontMatterError).message).toMatch(/dos veces en el archivo \(líneas 1 y 2\)/);
    }
  });
});

describe("decodeContent", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeContent(Buffer.from("Alcaldía", "utf8"))).toBe("Alcaldía");
  });

  it("refuses Latin-1 text, naming the line and the word", () => {
    const bytes = Buffer.from("---\ntitle: Kits\nsummary: La Alcaldía entregó kits\n---\n", "latin1");
    let e: unknown;
    try {
      decodeContent(bytes);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(FrontMatterError);
    expect((e as FrontMatterError).line).toBe(3);
    expect((e as FrontMatterError).message).toMatch(/^el archivo no está guardado con la codificación UTF-8 .*\(línea 3, como «Alcaldía»\)\. Ábralo y guárdelo .*UTF-8/);
  });
});
