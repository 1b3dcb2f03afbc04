/**
 * The downloadable files of the instruments and the datasets: what each contains, computed from the
 * model. Text files (CSV, JSON) are written like pages; the XLSX workbooks are binary and written once
 * the pages are (src/pipeline).
 */
import { formatLongDate } from "../dates/index.ts";
import type { Portal } from "../content/types.ts";
import { safeJson } from "../text/json.ts";
import { catalog, dictionary } from "./catalog.ts";
import { toCsv, toJsonRows } from "./csv.ts";
import { CATALOG_URL, datasetUrls, frequencyLabel, type Dataset } from "./datasets.ts";
import { INSTRUMENT_PAGES, instrumentFiles, type Instrument, type InstrumentId, type TransparencyModel } from "./instruments.ts";
import { toXlsx, type WorkbookInfo } from "./xlsx.ts";

export interface TextFile {
  url: string;
  /** What generates it, for duplicate-address errors. */
  source: string;
  content: string;
}

const SHEETS: Record<InstrumentId, string> = { registro: "Registro de activos", indice: "Índice", esquema: "Esquema de publicación" };

/** What the «Información» sheet of an instrument's workbook says: what it is, who adopted it, when. */
export function workbookInfo(portal: Portal, inst: Instrument<unknown>): WorkbookInfo {
  const abs = (p: string) => new URL(p, `${portal.site.url}/`).toString();
  return {
    sheet: SHEETS[inst.id],
    about: [
      ["Instrumento", inst.title],
      ["Entidad", portal.site.entity],
      ["Acto que lo adopta", inst.adoptedBy ? `${inst.adoptedBy.title}: ${inst.adoptedBy.summary} (${abs(inst.adoptedBy.url)})` : "Todavía no ha sido adoptado por un acto administrativo."],
      ...(inst.reviewed ? ([["Última revisión", formatLongDate(inst.reviewed)]] as [string, string][]) : []),
      ...(inst.id === "esquema" ? ([["Cálculo", `Calculado por el portal con lo publicado el ${formatLongDate(portal.buildTime)}.`]] as [string, string][]) : []),
      ["Publicado en", abs(INSTRUMENT_PAGES[inst.id])],
      ["En datos.gov.co", inst.datosGovCo ?? "Todavía no está registrado en datos.gov.co."],
    ],
  };
}

function instruments(model: TransparencyModel): Instrument<unknown>[] {
  return [model.registro, model.indice, model.esquema] as Instrument<unknown>[];
}

export function textFiles(portal: Portal, model: TransparencyModel): TextFile[] {
  const out: TextFile[] = [];
  for (const inst of instruments(model)) out.push({ url: instrumentFiles(inst.id).csv, source: `${inst.file} (CSV)`, content: toCsv(inst.table) });
  for (const d of model.datasets) {
    const urls = datasetUrls(d.id);
    const source = `${model.openDataFile} (${d.id})`;
    out.push({ url: urls.csv, source, content: toCsv(d.table) });
    out.push({ url: urls.json, source, content: safeJson(toJsonRows(d.table)) });
    out.push({ url: urls.dictionary, source, content: safeJson(dictionary(portal, d)) });
  }
  out.push({ url: CATALOG_URL, source: `${model.openDataFile} (catálogo)`, content: safeJson(catalog(portal, model.datasets)) });
  return out;
}

export interface BinaryFile {
  url: string;
  /** What the file holds, as plain data: a writer compares it to skip a file that has not changed. */
  stamp: unknown;
  content: () => Promise<Buffer>;
}

/** A dataset's workbook, for spreadsheets: texts stay texts (an act numbered «045» keeps its zero). */
function datasetInfo(portal: Portal, d: Dataset): WorkbookInfo {
  const abs = (p: string) => new URL(p, `${portal.site.url}/`).toString();
  return {
    sheet: d.id === "indicadores" ? "Indicadores" : d.title.split(":")[0]!,
    about: [
      ["Conjunto de datos", d.title],
      ["Descripción", d.description],
      ["Entidad", portal.site.entity],
      ["Dependencia responsable", d.responsible],
      ["Frecuencia de actualización", frequencyLabel(d.frequency)],
      ["Licencia", `${d.licence.label} (${d.licence.url})`],
      ["Cobertura", d.temporal ? `${d.spatial}, del ${formatLongDate(d.temporal.from)} al ${formatLongDate(d.temporal.to)}` : d.spatial],
      ["Última actualización", d.modified ? formatLongDate(d.modified) : "Sin filas todavía"],
      ["Diccionario de datos", abs(datasetUrls(d.id).page)],
    ],
  };
}

export function workbooks(portal: Portal, model: TransparencyModel): BinaryFile[] {
  return [
    ...instruments(model).map((inst) => {
      const info = workbookInfo(portal, inst);
      return { url: instrumentFiles(inst.id).xlsx, stamp: [toJsonRows(inst.table), info], content: () => toXlsx(inst.table, info) };
    }),
    ...model.datasets.map((d) => {
      const info = datasetInfo(portal, d);
      return { url: datasetUrls(d.id).xlsx, stamp: [toJsonRows(d.table), info], content: () => toXlsx(d.table, info) };
    }),
  ];
}


