import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentValidationError } from "../../src/content/errors.ts";
import { transparencyModel } from "../../src/transparency/instruments.ts";
import { FIXTURE_SITE } from "../helpers/build.ts";
import { load, makeContent, type Files } from "../helpers/content.ts";

const NOW = "2024-04-15T10:00";

function model(files: Files = {}, withFixtureEntries = true) {
  const dir = makeContent(files, { withFixtureEntries });
  return transparencyModel(load(dir, NOW), dir);
}

function problems(files: Files, mutate?: (dir: string) => void): string[] {
  const dir = makeContent(files, { withFixtureEntries: true });
  mutate?.(dir);
  try {
    transparencyModel(load(dir, NOW), dir);
    return [];
  } catch (e) {
    if (!(e instanceof ContentValidationError)) throw e;
    return e.issues.map((i) => `${i.file}|${i.label ?? ""}|${i.message}`);
  }
}

const fixture = (rel: string) => readFileSync(path.join(FIXTURE_SITE, rel), "utf8");
const INDEX = "instrumentos/indice-de-informacion-clasificada.yaml";

describe("the Registro de Activos de Información", () => {
  it("lists the site's published collections, then the categories the editors keep, with the six legal columns", () => {
    const { registro } = model();
    expect(registro.table.columns.map((c) => c.title)).toEqual([
      "Nombre o título de la categoría de información",
      "Descripción del contenido de la categoría",
      "Idioma",
      "Medio de conservación o soporte",
      "Formato",
      "Información publicada o disponible",
    ]);
    expect(registro.table.rows.map((r) => r.category)).toEqual(["Noticias", "Normativa", "Planes", "Páginas", "Eventos", "Convenios", "Historias laborales"]);
    const acts = registro.table.rows[1]!;
    expect(acts).toMatchObject({ medium: "Electrónico", availability: "Publicada", url: "https://www.municipio-ejemplo.gov.co/normativa/", computed: true });
    expect(acts.format).toBe("HTML, CSV y JSON");
    // Historias laborales are also in the index: available, except what it classifies.
    expect(registro.table.rows.at(-1)).toMatchObject({ medium: "Físico", availability: "Disponible, salvo la información clasificada o reservada que dice el índice", computed: false });
  });
});

describe("the Índice de Información Clasificada y Reservada", () => {
  it("has exactly the legal columns, and says the term the law gives each exception", () => {
    const { indice } = model();
    expect(indice.table.columns.map((c) => c.title)).toEqual([
      "Nombre o título de la categoría de información",
      "Nombre o título de la información",
      "Idioma",
      "Medio de conservación o soporte",
      "Fecha de generación de la información",
      "Responsable de la producción de la información",
      "Responsable de la información",
      "Objetivo legítimo de la excepción",
      "Fundamento constitucional o legal",
      "Fundamento jurídico de la excepción",
      "Excepción total o parcial",
      "Plazo de la clasificación o reserva",
    ]);
    const row = indice.table.rows[0]!;
    expect(indice.table.columns.at(-1)!.value(row)).toBe("Ilimitado: la información clasificada no tiene plazo (Ley 1712 de 2014, artículo 18, parágrafo)");
    expect(indice.table.columns.find((c) => c.name === "excepcion_total_o_parcial")!.value(row)).toBe("Parcial");
  });

  it("refuses a row without one of its legal columns, naming the file and the field", () => {
    const p = problems({ [INDEX]: fixture(INDEX).replace(/^    legitimate_aim: .*\n/m, "") });
    expect(p).toEqual([expect.stringMatching(/indice-de-informacion-clasificada\.yaml\|Información clasificada o reservada › 1 › Objetivo legítimo de la excepción\|es obligatorio y está vacío o falta$/)]);
  });

  it("refuses a reserve without its term, or longer than the fifteen years of the law", () => {
    const reserved = fixture(INDEX).replace("kind: clasificada", "kind: reservada");
    expect(problems({ [INDEX]: reserved })).toEqual([
      expect.stringMatching(/Información clasificada o reservada › 1 › Plazo de la clasificación o reserva, en años\|es obligatorio para información reservada \(«Datos personales de los servidores»\): escriba cuántos años dura la reserva, 15 como máximo \(Ley 1712 de 2014, artículo 22\)$/),
    ]);
    expect(problems({ [INDEX]: `${reserved}    term_years: 16\n` }).join("\n")).toMatch(/debe ser como máximo 15; se encontró 16/);
    const ok = model({ [INDEX]: `${reserved}    term_years: 15\n` });
    expect(ok.indice.table.columns.at(-1)!.value(ok.indice.table.rows[0]!)).toBe("15 años");
  });
});

describe("each instrument", () => {
  it("names the act that adopts it, which must exist and be published", () => {
    const adopted = model({ [INDEX]: `adopted_by: resolucion-015-2010\n${fixture(INDEX)}` });
    expect(adopted.indice.adoptedBy?.title).toBe("Resolución 015 de 2010");
    const ita = adopted.ita.leaves;
    expect(ita.find((l) => l.number === "7.1.2")?.observations).toBeUndefined();
    expect(problems({ [INDEX]: `adopted_by: decreto-999-2020\n${fixture(INDEX)}` })).toEqual([
      expect.stringMatching(/indice-de-informacion-clasificada\.yaml\|Acto que lo adopta\|nombra el acto «decreto-999-2020», que no existe en content\/normativa\/: escriba el nombre de su archivo sin \.md$/),
    ]);
    const draft = problems(
      { [INDEX]: `adopted_by: decreto-077-2023\n${fixture(INDEX)}`, "normativa/decreto-077-2023.md": "---\ntype: decreto\nnumber: \"077\"\ndate: 2023-05-02\nsubject: Adopta el índice.\nissuer: Alcaldía Municipal\nstatus: vigente\nhidden: true\n---\nTexto.\n" },
    );
    expect(draft.join("\n")).toMatch(/nombra el acto «Decreto 077 de 2023», que no está publicado \(está oculto o tiene fecha futura\)/);
  });

  it("that is missing says which instrument it is and how to create it", () => {
    const p = problems({}, (dir) => rmSync(path.join(dir, "instrumentos/registro-de-activos.yaml")));
    expect(p).toEqual([expect.stringMatching(/registro-de-activos\.yaml\|\|no existe, y es obligatorio: el Registro de Activos de Información \(Ley 1712 de 2014, artículo 13\)\. Créelo en el administrador de contenidos/)]);
  });

  it("not yet adopted, nor on datos.gov.co, is met on the ITA list with an observation", () => {
    const text = readFileSync(path.join(FIXTURE_SITE, "transparencia.yaml"), "utf8").replace(
      /(- number: "7\.1"\n)        missing: [^\n]+\n/,
      "$1        link: /transparencia/registro-de-activos-de-informacion/\n        frequency: anual\n",
    );
    const m = model({ "transparencia.yaml": text });
    const leaf = m.ita.leaves.find((l) => l.number === "7.1.1")!;
    expect(leaf.status).toBe("cumple");
    expect(leaf.observations).toEqual([
      expect.stringMatching(/^no ha sido adoptado por un acto administrativo \(escriba el acto en .*instrumentos\/registro-de-activos\.yaml, campo adopted_by, cuando se expida\)$/),
      expect.stringMatching(/^no enlaza su publicación en datos\.gov\.co/),
    ]);
    // Reviewed on 15 January 2024, renewed yearly: due on 15 January 2025.
    expect(leaf.content?.date && ("dt" in leaf.content.date ? leaf.content.date.dt : leaf.content.date).toISODate()).toBe("2024-01-15");
  });
});

describe("the Esquema de Publicación", () => {
  it("is computed: every published numeral, then the collections and pages not yet listed, then every dataset, with the nine legal columns", () => {
    const { esquema } = model();
    expect(esquema.table.columns.map((c) => c.title)).toEqual([
      "Nombre o título de la información",
      "Idioma",
      "Medio de conservación o soporte",
      "Formato",
      "Fecha de generación de la información",
      "Frecuencia de actualización",
      "Lugar de consulta",
      "Responsable de la producción de la información",
      "Responsable de la información",
    ]);
    const titles = esquema.table.rows.map((r) => r.title);
    // The fixture's published numerals: 1.1 (two sub-items), 1.10, 1.11, 2.1 (six), 4.6 (one), 5.1, 6.1 (ten).
    expect(titles.slice(0, 3)).toEqual(["1.1.a Misión y visión", "1.1.b Funciones y deberes", "1.10 Mecanismo de presentación directa de solicitudes, quejas y reclamos a disposición del público en relación con acciones u omisiones del sujeto obligado"]);
    expect(titles.filter((t) => /^\d/.test(t))).toHaveLength(22);
    expect(titles).toEqual(expect.arrayContaining(["Planes", "Convenios", "Accesibilidad", "Datos abiertos: Calendario de eventos"]));
    // The news are numeral 4.6.1: not listed again as a collection.
    expect(titles).not.toContain("Noticias");
    // Listed once: normativa and eventos are numerals of the list, the pages it links are not repeated.
    expect(titles).not.toContain("Normativa");
    expect(titles.filter((t) => t === "Quiénes somos")).toHaveLength(0);
    const acts = esquema.table.rows.find((r) => r.numeral === "2.1.3")!;
    expect(acts).toMatchObject({ producer: "Alcaldía Municipal; Comité GEL-T", responsible: "Secretaría de Gobierno", frequency: "Cada vez que cambie", format: "HTML" });
    expect(acts.generated && ("dt" in acts.generated ? acts.generated.dt : acts.generated).toISODate()).toBe("2008-08-20");
    const suit = esquema.table.rows.find((r) => r.numeral === "5.1")!;
    expect(suit).toMatchObject({ producer: "Despacho del Alcalde", url: "https://www.suit.gov.co/", generated: undefined });
  });
});

