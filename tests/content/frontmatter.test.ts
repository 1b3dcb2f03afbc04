import { describe, expect, it } from "vitest";
import { FrontMatterError, parseFrontMatter } from "../../src/content/frontmatter.ts";

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
    expect(error("---\n- uno\n- dos\n---\n").message).toMatch(/clave: valor/);
  });

  it("does not resolve YAML tags that build objects", () => {
    expect(() => parseFrontMatter("---\nx: !!js/function 'function(){}'\n---\n")).toThrow(FrontMatterError);
    expect(() => parseFrontMatter("---\nx: !!binary aGVsbG8=\n---\n")).toThrow(/mal escrito/);
  });
});
