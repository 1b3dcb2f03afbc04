import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { defineCollections, entrySchema } from "../../src/schema/collections.ts";
import { siteSchema, type SiteData } from "../../src/schema/site.ts";

const site = siteSchema.parse(parseFrontMatter(`---\n${readFileSync("tests/fixtures/site/sitio.yaml", "utf8")}\n---\n`).data) as SiteData;
const collections = defineCollections(site);

function check(name: keyof typeof collections, data: Record<string, unknown>) {
  const r = entrySchema(collections[name]).safeParse(data);
  return r.success ? { ok: true as const, data: r.data } : { ok: false as const, issues: r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}

const news = {
  title: "Jornada de vacunación",
  date: "2024-03-05",
  summary: "Resumen.",
  category: "salud",
  office: "Secretaría de Gobierno",
};

const act = {
  type: "decreto",
  number: "045",
  date: "2008-08-20",
  subject: "Por el cual se crea el Comité GEL-T.",
  issuer: "Alcaldía Municipal",
  status: "vigente",
};

describe("noticias", () => {
  it("accepts a complete entry and fills defaults", () => {
    const r = check("noticias", { ...news, image: { src: "/media/plaza.jpg", alt: "La plaza principal" } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.hidden).toBe(false);
  });

  it("names each missing or wrong field in Spanish", () => {
    const r = check("noticias", { ...news, title: undefined, category: "deportes", office: "Oficina inventada", date: "2024-02-30" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toContain("title: es obligatorio y está vacío o falta");
      expect(r.issues.find((i) => i.startsWith("category:"))).toMatch(/debe ser uno de «gobierno».*se encontró «deportes»/);
      expect(r.issues.find((i) => i.startsWith("office:"))).toMatch(/se encontró «Oficina inventada»/);
      expect(r.issues.find((i) => i.startsWith("date:"))).toMatch(/«2024-02-30» no existe/);
    }
  });

  it("refuses unknown keys, including the ones that steer Eleventy", () => {
    for (const key of ["permalink", "layout", "eleventyComputed", "templateEngineOverride", "pagination", "titulo"]) {
      const r = check("noticias", { ...news, [key]: "x" });
      expect(r.ok, key).toBe(false);
      if (!r.ok) expect(r.issues.join()).toContain(`«${key}»`);
    }
  });

  it("requires the image's text alternative and a local path", () => {
    const noAlt = check("noticias", { ...news, image: { src: "/media/plaza.jpg" } });
    expect(noAlt.ok).toBe(false);
    if (!noAlt.ok) expect(noAlt.issues.join()).toMatch(/image\.alt: es obligatorio: describa la imagen/);
    const remote = check("noticias", { ...news, image: { src: "https://cdn.example/x.jpg", alt: "x" } });
    expect(remote.ok).toBe(false);
    if (!remote.ok) expect(remote.issues.join()).toMatch(/carpeta de medios/);
  });

  it("refuses a «hide» flag that is not a boolean, saying what to write and where the switch is", () => {
    const r = check("noticias", { ...news, hidden: "sí" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        "hidden: debe decir true (activado) o false (desactivado), así, en minúsculas y sin comillas; se encontró «sí». En el administrador de contenidos basta con usar el interruptor «Ocultar en el sitio»",
      ]);
    }
    const quoted = check("noticias", { ...news, hidden: "true" });
    if (!quoted.ok) expect(quoted.issues.join()).toMatch(/se encontró «true» entre comillas/);
    else expect.fail("a quoted true must be refused");
  });

  it("tells which word goes in the file when a select option's label was written", () => {
    const r = check("noticias", { ...news, category: "Educación" });
    if (r.ok) expect.fail("a label is not a value");
    else expect(r.issues.join()).toMatch(/se encontró «Educación»: en el archivo, la opción «Educación» se escribe «educacion»$/);
  });

  it("says what a date field expects, with the time when it takes one, and why a day does not exist", () => {
    const issue = (name: "noticias" | "normativa", date: unknown) => {
      const r = check(name, { ...(name === "noticias" ? news : act), date });
      return r.ok ? "" : r.issues.join("\n");
    };
    expect(issue("noticias", "31/02/2024")).toBe(
      "date: debe ser una fecha con el formato AAAA-MM-DD, o una fecha y hora con el formato AAAA-MM-DDTHH:MM (por ejemplo 2024-03-15 o 2024-03-15T09:00, hora de Colombia); " +
        "se encontró «31/02/2024», con el día primero, y además esa fecha no existe (febrero de 2024 tiene 29 días)",
    );
    expect(issue("noticias", "15/03/2024 9:30")).toMatch(/con el día primero: escríbala con el año primero, «2024-03-15T09:30»$/);
    expect(issue("normativa", "5-3-2024")).toBe(
      "date: debe ser una fecha con el formato AAAA-MM-DD (por ejemplo 2024-03-15); se encontró «5-3-2024», con el día primero: escríbala con el año primero, «2024-03-05»",
    );
    expect(issue("normativa", "3/13/2024")).toMatch(/no existe \(no hay mes 13: los meses van del 01 al 12\)$/);
    expect(issue("noticias", "2024-02-31T09:00")).toBe("date: debe ser una fecha y hora que existan («2024-02-31T09:00» no existe: febrero de 2024 tiene 29 días)");
    expect(issue("normativa", "2023-02-29")).toBe("date: debe ser una fecha que exista en el calendario («2023-02-29» no existe: febrero de 2023 tiene 28 días)");
    expect(issue("noticias", "ayer")).toMatch(/^date: debe ser una fecha con el formato AAAA-MM-DD, o una fecha y hora .*; se encontró «ayer»$/);
  });
});

describe("normativa", () => {
  it("accepts an act and keeps the number as written", () => {
    const r = check("normativa", act);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.number).toBe("045");
  });

  it("refuses an unknown type, a bad status and a PDF path elsewhere", () => {
    const r = check("normativa", { ...act, type: "ley", status: "vigentE", attachment: "/media/acto.docx", modified_by: ["Decreto 12"] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const all = r.issues.join("\n");
      expect(all).toMatch(/type: debe ser uno de «decreto», «acuerdo», «resolucion», «circular», «acta»/);
      expect(all).toMatch(/status: debe ser uno de/);
      expect(all).toMatch(/attachment: debe terminar en \.pdf/);
      expect(all).toMatch(/modified_by\.0: debe ser el identificador/);
    }
  });
});

describe("planes and paginas", () => {
  it("validates nested tables of a plan", () => {
    const plan = {
      title: "Plan",
      summary: "Resumen",
      period: "2008-2011",
      approved: "2008-08-27",
      approved_by: "Comité",
      signatories: [{ name: "A", role: "B" }],
      phases: [{ phase: "Información", national_deadline: "2008-06-01", territorial_deadline: "2008-11-31" }],
    };
    const r = check("planes", plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.stringMatching(/^phases\.0\.territorial_deadline: .*«2008-11-31» no existe/)]);
  });

  it("requires a page's title and summary", () => {
    const r = check("paginas", { title: "Contacto" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual(["summary: es obligatorio y está vacío o falta"]);
  });
});
