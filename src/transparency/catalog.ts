/**
 * The catalogue of the datasets in DCAT-US 1.1 (Project Open Data's data.json), and each dataset's data
 * dictionary in CSVW (W3C «CSV on the Web»).
 *
 * Why data.json: datos.gov.co runs on Socrata (Tyler Data & Insights), which writes its own catalogues in
 * this format and is among the platforms that read it natively; DCAT-AP is the European profile, which
 * it does not. The dictionary is CSVW because CSVW also declares the CSV's dialect («;», decimal
 * comma, UTF-8 with BOM), which no data.json field can.
 */
import type { DateTime } from "luxon";
import type { Portal } from "../content/types.ts";
import type { Frequency } from "../schema/transparency.ts";
import { CSV_DIALECT } from "./csv.ts";
import { CATALOG_URL, datasetUrls, type Dataset } from "./datasets.ts";
import type { ColumnType } from "./table.ts";

const POD = "https://project-open-data.cio.gov/v1.1/schema";

/** ISO 8601 repeating durations, as DCAT-US's accrualPeriodicity takes them. */
export const ACCRUAL: Record<Frequency, string> = {
  semanal: "R/P1W",
  mensual: "R/P1M",
  trimestral: "R/P3M",
  semestral: "R/P6M",
  anual: "R/P1Y",
  cuatrienal: "R/P4Y",
  "cuando-cambie": "irregular",
};

const day = (d: DateTime) => d.toISODate()!;

export function catalog(portal: Portal, sets: readonly Dataset[]): Record<string, unknown> {
  const abs = (p: string) => new URL(p, `${portal.site.url}/`).toString();
  return {
    "@context": `${POD}/catalog.jsonld`,
    "@id": abs(CATALOG_URL),
    "@type": "dcat:Catalog",
    conformsTo: POD,
    describedBy: `${POD}/catalog.json`,
    dataset: sets.map((d) => {
      const urls = datasetUrls(d.id);
      return {
        "@type": "dcat:Dataset",
        identifier: abs(urls.page),
        title: d.title,
        description: d.description,
        keyword: d.keywords,
        theme: [d.theme],
        ...(d.modified ? { modified: day(d.modified) } : {}),
        publisher: { "@type": "org:Organization", name: portal.site.entity },
        contactPoint: { "@type": "vcard:Contact", fn: `${d.responsible}, ${portal.site.entity}`, hasEmail: `mailto:${portal.site.email}` },
        accessLevel: "public",
        license: d.licence.url,
        spatial: d.spatial,
        ...(d.temporal ? { temporal: `${day(d.temporal.from)}/${day(d.temporal.to)}` } : {}),
        accrualPeriodicity: ACCRUAL[d.frequency],
        language: [d.language],
        landingPage: abs(urls.page),
        describedBy: abs(urls.dictionary),
        describedByType: "application/csvm+json",
        distribution: [
          {
            "@type": "dcat:Distribution",
            title: `${d.title} (CSV)`,
            description: "Separado por punto y coma, con coma decimal, en UTF-8: se abre directamente en Excel en español.",
            downloadURL: abs(urls.csv),
            mediaType: "text/csv",
            format: "CSV",
            describedBy: abs(urls.dictionary),
            describedByType: "application/csvm+json",
          },
          {
            "@type": "dcat:Distribution",
            title: `${d.title} (XLSX)`,
            description: "Las mismas filas en un libro de Excel, con los textos como textos y las fechas como fechas.",
            downloadURL: abs(urls.xlsx),
            mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            format: "XLSX",
          },
          {
            "@type": "dcat:Distribution",
            title: `${d.title} (JSON)`,
            description: "Las mismas filas en JSON, con los nombres de columna del diccionario de datos.",
            downloadURL: abs(urls.json),
            mediaType: "application/json",
            format: "JSON",
            describedBy: abs(urls.dictionary),
            describedByType: "application/csvm+json",
          },
        ],
      };
    }),
  };
}

function csvwType(type: ColumnType): unknown {
  switch (type) {
    case "string":
      return "string";
    case "url":
      return "anyURI";
    case "date":
      return { base: "date", format: "yyyy-MM-dd" };
    case "datetime":
      return { base: "datetime", format: "yyyy-MM-dd HH:mm" };
    case "integer":
      return "integer";
    case "decimal":
      return { base: "decimal", format: { decimalChar: CSV_DIALECT.decimal } };
    case "boolean":
      return { base: "boolean", format: "Sí|No" };
  }
}

/** The data dictionary of one dataset: its CSV's dialect and what each column holds. */
export function dictionary(portal: Portal, d: Dataset): Record<string, unknown> {
  const abs = (p: string) => new URL(p, `${portal.site.url}/`).toString();
  const urls = datasetUrls(d.id);
  return {
    "@context": ["http://www.w3.org/ns/csvw", { "@language": "es" }],
    url: abs(urls.csv),
    "dc:title": d.title,
    "dc:description": d.description,
    "dc:publisher": portal.site.entity,
    "dc:license": d.licence.url,
    ...(d.modified ? { "dc:modified": day(d.modified) } : {}),
    dialect: { encoding: CSV_DIALECT.encoding, delimiter: CSV_DIALECT.delimiter, header: true, doubleQuote: true, lineTerminators: [CSV_DIALECT.lineTerminator] },
    tableSchema: {
      columns: d.table.columns.map((c) => ({ name: c.name, titles: c.title, "dc:description": c.description, datatype: csvwType(c.type) })),
      ...(d.table.primaryKey ? { primaryKey: d.table.primaryKey.length === 1 ? d.table.primaryKey[0] : d.table.primaryKey } : {}),
    },
  };
}
