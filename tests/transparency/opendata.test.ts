import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import readXlsx from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { catalog, dictionary } from "../../src/transparency/catalog.ts";
import { toCsv, toJsonRows } from "../../src/transparency/csv.ts";
import type { Dataset } from "../../src/transparency/datasets.ts";
import type { Table } from "../../src/transparency/table.ts";
import { toXlsx } from "../../src/transparency/xlsx.ts";
import { workbooks } from "../../src/transparency/files.ts";
import { transparencyModel } from "../../src/transparency/instruments.ts";
import { act, load, makeContent, news, type Files } from "../helpers/content.ts";

interface R {
  text: string;
  n?: number;
  x?: number;
  ok?: boolean;
  when?: DateTime;
  day?: DateTime;
}

const at = (iso: string) => DateTime.fromISO(iso, { zone: "America/Bogota" });

const table: Table<R> = {
  columns: [
    { name: "texto", title: "Texto", type: "string", description: "Un texto.", value: (r) => r.text },
    { name: "entero", title: "Número entero", type: "integer", description: "Un entero.", value: (r) => r.n },
    { name: "decimal", title: "Valor decimal", type: "decimal", description: "Un decimal.", value: (r) => r.x },
    { name: "cumple", title: "¿Cumple?", type: "boolean", description: "Sí o no.", value: (r) => r.ok },
    { name: "fecha_y_hora", title: "Fecha y hora", type: "datetime", description: "Hora de Colombia.", value: (r) => (r.when ? { date: r.when, time: true } : undefined) },
    { name: "fecha", title: "Fecha", type: "date", description: "Un día.", value: (r) => (r.day ? { date: r.day, time: false } : undefined) },
  ],
  rows: [
    { text: "Acuerdo; «presupuesto» de \"2025\"", n: 12, x: 71.5, ok: true, when: at("2026-12-12T09:00"), day: at("2008-08-19") },
    { text: "Dos líneas\nen una celda", n: 0, x: -3.25, ok: false },
    { text: "=HIPERVINCULO(\"https://x.example\")" },
    { text: "  con espacios  " },
  ],
};

/** Python's csv module, as a program would read the file: utf-8-sig strips the BOM, «;» splits. */
function parseWithPython(csv: string): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-csv-"));
  const file = path.join(dir, "datos.csv");
  writeFileSync(file, csv);
  const r = spawnSync("python3", ["-c", "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))))", file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`python3 no pudo leer el CSV: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

describe("the CSV", () => {
  it("opens in Excel in Spanish: UTF-8 with BOM, «;» between fields, decimal comma, CRLF", () => {
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFFTexto;Número entero;Valor decimal;¿Cumple?;Fecha y hora;Fecha\r\n")).toBe(true);
    expect(csv).toContain(';12;71,5;Sí;2026-12-12 09:00;2008-08-19\r\n');
    expect(csv).toContain(';0;-3,25;No;;\r\n');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes what would split a field, and defuses text that a spreadsheet would run as a formula", () => {
    const rows = parseWithPython(toCsv(table));
    expect(rows[0]).toEqual(["Texto", "Número entero", "Valor decimal", "¿Cumple?", "Fecha y hora", "Fecha"]);
    expect(rows[1]).toEqual(['Acuerdo; «presupuesto» de "2025"', "12", "71,5", "Sí", "2026-12-12 09:00", "2008-08-19"]);
    expect(rows[2]![0]).toBe("Dos líneas\nen una celda");
    expect(rows[3]![0]).toBe("'=HIPERVINCULO(\"https://x.example\")");
    expect(rows[4]![0]).toBe("  con espacios  ");
    expect(rows).toHaveLength(5);
  });

  it("and the same rows as JSON: numbers as numbers, dates ISO with Bogota's offset, nothing as null", () => {
    const [first, second] = toJsonRows(table);
    expect(first).toEqual({ texto: 'Acuerdo; «presupuesto» de "2025"', entero: 12, decimal: 71.5, cumple: true, fecha_y_hora: "2026-12-12T09:00:00-05:00", fecha: "2008-08-19" });
    expect(second).toMatchObject({ cumple: false, fecha_y_hora: null, fecha: null });
  });
});

describe("the XLSX", () => {
  it("is the same file for the same table, whenever it is written", async () => {
    const first = await toXlsx(table, { sheet: "Datos", about: [["k", "v"]] });
    await new Promise((r) => setTimeout(r, 2100));
    const second = await toXlsx(table, { sheet: "Datos", about: [["k", "v"]] });
    expect(second.equals(first)).toBe(true);
    const r = spawnSync("python3", ["-c", "import io,sys,zipfile; z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(z.testzip(), sorted({i.date_time for i in z.infolist()}))"], { input: first, encoding: "utf8" });
    expect(r.stdout.trim()).toBe("None [(1980, 1, 1, 0, 0, 0)]");
  });

  it("reads back with the headers, the values, real dates shown the Colombian way, and a sheet that says what it is", async () => {
    const buffer = await toXlsx(table, { sheet: "Registro de Activos de Información: Palmar", about: [["Instrumento", "Registro de Activos de Información"]] });
    const sheets = await readXlsx(buffer);
    expect(sheets.map((s) => s.sheet)).toEqual(["Registro de Activos de Informac", "Información"]);
    const data = sheets[0]!.data;
    expect(data[0]).toEqual(["Texto", "Número entero", "Valor decimal", "¿Cumple?", "Fecha y hora", "Fecha"]);
    expect(data[1]).toEqual(['Acuerdo; «presupuesto» de "2025"', 12, 71.5, "Sí", new Date(Date.UTC(2026, 11, 12, 9, 0)), new Date(Date.UTC(2008, 7, 19))]);
    // A text cell is never a formula in XLSX: it keeps its characters as they are.
    expect(data[3]![0]).toBe('=HIPERVINCULO("https://x.example")');
    expect(sheets[1]!.data[0]).toEqual(["Instrumento", "Registro de Activos de Información"]);
  });
});

/** A site with a published act, a draft one, one scheduled for later, and an event yet to happen. */
function site(extra: Files = {}) {
  const dir = makeContent(
    {
      ...act("decreto-001-2024", "2024-01-10"),
      ...act("decreto-002-2024", "2024-02-10", "type: decreto\nissuer: Alcaldía Municipal\nhidden: true\n"),
      ...act("decreto-003-2099", "2099-01-10"),
      ...news("2024-03-01-noticia", "2024-03-01"),
      "eventos/2024-05-01-taller.md": "---\ntitle: Taller\nkind: taller\ndate: 2024-05-01T09:00\nplace: Salón\nsummary: Un taller futuro.\n---\n",
      "eventos/2024-02-01-borrador.md": "---\ntitle: Borrador\nkind: taller\ndate: 2024-02-01T09:00\nplace: Salón\nsummary: Un borrador.\nhidden: true\n---\n",
      ...extra,
    },
    {},
  );
  const portal = load(dir, "2024-04-01T10:00");
  return { portal, model: transparencyModel(portal, dir) };
}

const byId = (sets: Dataset[], id: string) => sets.find((d) => d.id === id)!;

describe("the datasets", () => {
  it("hold exactly the published entries: nothing hidden, nothing scheduled; an announced event is published", () => {
    const { model } = site();
    const acts = toJsonRows(byId(model.datasets, "normativa").table);
    expect(acts.map((r) => r.identificador)).toEqual(["decreto-001-2024"]);
    const events = toJsonRows(byId(model.datasets, "eventos").table);
    expect(events.map((r) => r.identificador)).toEqual(["2024-05-01-taller"]);
    expect(events[0]).toMatchObject({ titulo: "Taller", tipo_de_evento: "Taller o socialización", fecha_y_hora: "2024-05-01T09:00:00-05:00", numero_de_asistentes: null });
    // Announced for May, published by the build of 1 April: the dataset changed no later than that.
    expect(byId(model.datasets, "eventos").modified?.toISODate()).toBe("2024-04-01");
    expect(byId(model.datasets, "eventos").temporal?.to.toISODate()).toBe("2024-05-01");
  });

  it("title their columns with the CMS form's labels, and describe them with its hints", () => {
    const { model } = site();
    const acts = byId(model.datasets, "normativa");
    expect(acts.table.columns.map((c) => c.title)).toEqual([
      "Identificador",
      "Título",
      "Tipo de acto",
      "Número",
      "Fecha de expedición",
      "Asunto",
      "Órgano que lo expide",
      "Estado",
      "Vigente hasta",
      "Modificado por",
      "Derogado por",
      "Documento PDF",
      "Última actualización",
      "Dirección en el portal",
    ]);
    expect(acts.table.columns.find((c) => c.name === "numero")!.description).toBe("Como aparece en el acto: «045», «012-2024».");
  });

  it("have a workbook for spreadsheets in which an act's number keeps its zeros and a date is a date", async () => {
    const { portal, model } = site();
    const book = workbooks(portal, model).find((b) => b.url === "/datos-abiertos/normativa.xlsx")!;
    const [data, about] = await readXlsx(await book.content());
    expect(data!.sheet).toBe("Normativa");
    expect(data!.data[1]!.slice(0, 5)).toEqual(["decreto-001-2024", "Decreto 001 de 2024", "Decreto", "001", new Date(Date.UTC(2024, 0, 10))]);
    expect(about!.data).toContainEqual(["Licencia", "Creative Commons Atribución 4.0 Internacional (CC BY 4.0) (https://creativecommons.org/licenses/by/4.0/)"]);
  });

  it("carry their metadata: office, frequency, licence, language, coverage and last update", () => {
    const { model } = site();
    const acts = byId(model.datasets, "normativa");
    expect(acts).toMatchObject({ responsible: "Despacho del Alcalde", frequency: "mensual", language: "es-CO", spatial: "Municipio de Palmar, Santander, Colombia" });
    expect(acts.licence.url).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(acts.temporal?.from.toISODate()).toBe("2024-01-10");
    expect(acts.modified?.toISODate()).toBe("2024-01-10");
  });

  it("are described in a DCAT-US 1.1 catalogue with every field datos.gov.co's platform reads", () => {
    const { portal, model } = site();
    const c = catalog(portal, model.datasets) as { dataset: Record<string, unknown>[] } & Record<string, unknown>;
    expect(c).toMatchObject({ "@type": "dcat:Catalog", conformsTo: "https://project-open-data.cio.gov/v1.1/schema", "@id": "https://www.municipio-ejemplo.gov.co/data.json" });
    expect(c.dataset.map((d) => d.identifier)).toEqual([
      "https://www.municipio-ejemplo.gov.co/datos-abiertos/normativa/",
      "https://www.municipio-ejemplo.gov.co/datos-abiertos/eventos/",
      "https://www.municipio-ejemplo.gov.co/datos-abiertos/convenios/",
      "https://www.municipio-ejemplo.gov.co/datos-abiertos/indicadores/",
    ]);
    for (const d of c.dataset) {
      // The fields the non-federal v1.1 schema requires, and the patterns it checks.
      for (const k of ["title", "description", "publisher", "contactPoint", "identifier", "accessLevel", "keyword", "license", "distribution"]) expect(d[k], `${d.identifier}: ${k}`).toBeTruthy();
      expect(d.accessLevel).toBe("public");
      expect((d.contactPoint as { hasEmail: string }).hasEmail).toMatch(/^mailto:[\w_~!$&'()*+,;=:.-]+@[\w.-]+\.[\w.-]+?$/);
      expect(d.accrualPeriodicity).toMatch(/^(?:irregular|R\/P\d+[YMWD])$/);
      if (d.temporal) expect(d.temporal).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
      expect(d.language).toEqual(["es-CO"]);
      for (const dist of d.distribution as Record<string, string>[]) {
        expect(dist.downloadURL).toMatch(/^https:\/\/www\.municipio-ejemplo\.gov\.co\/datos-abiertos\/[a-z]+\.(?:csv|json|xlsx)$/);
        // The pattern of DCAT-US 1.1 for a distribution's mediaType.
        expect(dist.mediaType).toMatch(/^[-\w]+\/[-\w]+(\.[-\w]+)*([+][-\w]+)?$/);
      }
    }
    const acts = c.dataset[0]!;
    expect(acts).toMatchObject({ temporal: "2024-01-10/2024-01-10", modified: "2024-01-10", accrualPeriodicity: "R/P1M", describedByType: "application/csvm+json" });
    // A dataset with no rows says nothing of dates it does not have.
    expect(c.dataset[2]).not.toHaveProperty("temporal");
  });

  it("each have a CSVW dictionary that names the CSV's dialect and every column as the CSV heads it", () => {
    const { portal, model } = site();
    const acts = byId(model.datasets, "normativa");
    const dict = dictionary(portal, acts) as { dialect: unknown; tableSchema: { columns: { titles: string; name: string; datatype: unknown }[]; primaryKey: unknown } };
    expect(dict.dialect).toEqual({ encoding: "utf-8", delimiter: ";", header: true, doubleQuote: true, lineTerminators: ["\r\n"] });
    const header = parseWithPython(toCsv(acts.table))[0];
    expect(dict.tableSchema.columns.map((c) => c.titles)).toEqual(header);
    expect(dict.tableSchema.primaryKey).toBe("identificador");
    expect(dict.tableSchema.columns.find((c) => c.name === "fecha_de_expedicion")!.datatype).toEqual({ base: "date", format: "yyyy-MM-dd" });
    const ind = dictionary(portal, byId(model.datasets, "indicadores")) as { tableSchema: { primaryKey: unknown; columns: { name: string; datatype: unknown }[] } };
    expect(ind.tableSchema.primaryKey).toEqual(["identificador_del_plan", "identificador_del_indicador", "periodo"]);
    expect(ind.tableSchema.columns.find((c) => c.name === "valor")!.datatype).toEqual({ base: "decimal", format: { decimalChar: "," } });
  });
});
