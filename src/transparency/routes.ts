/**
 * The transparency menu's pages, the instruments' pages and files, the open-data pages and files, from
 * the transparency model: each page's props computed here, as every route does.
 */
import type { DateTime } from "luxon";
import { formatLongDate, isoAttribute, type ContentDate } from "../dates/index.ts";
import type { Entry, Portal } from "../content/types.ts";
import { COLLECTION_NAMES } from "../schema/collections.ts";
import { pageRoute } from "../routes/render.ts";
import type { Route } from "../routes/types.ts";
import { DatasetPage, type DictionaryColumn } from "../../layouts/pages/DatasetPage.tsx";
import { InstrumentPage, type InstrumentCell } from "../../layouts/pages/InstrumentPage.tsx";
import { OpenDataPage, type DatasetSummary } from "../../layouts/pages/OpenDataPage.tsx";
import { Transparency, type NumeralView } from "../../layouts/pages/Transparency.tsx";
import type { DownloadLink } from "../../layouts/components/Downloads.tsx";
import { CATALOG_URL, datasetUrls, frequencyLabel, OPEN_DATA_PAGE, type Dataset } from "./datasets.ts";
import { listingEntries } from "./dated.ts";
import { textFiles } from "./files.ts";
import { INSTRUMENT_PAGES, INSTRUMENT_TITLES, instrumentFiles, type Instrument, type InstrumentId, type TransparencyModel } from "./instruments.ts";
import type { ItaItem, ItaLeaf } from "./ita.ts";
import { isCellDate, type ColumnType, type Table } from "./table.ts";

export const TRANSPARENCY_PAGE = "/transparencia/";
const SECTION = "Transparencia y acceso a la información pública";

function dateView(d: ContentDate | DateTime): { iso: string; text: string } {
  return "dt" in d ? { iso: isoAttribute(d), text: formatLongDate(d) } : { iso: d.toISODate()!, text: formatLongDate(d) };
}

/** The State systems the list sends citizens to, by the names they know them by. */
const SYSTEMS: [RegExp, string][] = [
  [/^https:\/\/www\.colombiacompra\.gov\.co\/secop-ii/, "SECOP II, de Colombia Compra Eficiente"],
  [/^https:\/\/www\.colombiacompra\.gov\.co\//, "Colombia Compra Eficiente"],
  [/^https:\/\/www\.suit\.gov\.co\//, "el Sistema Único de Información de Trámites (SUIT)"],
  [/^https:\/\/www\.suin-juriscol\.gov\.co\//, "el SUIN-Juriscol, del Ministerio de Justicia"],
  [/^https:\/\/www\.datos\.gov\.co\//, "el Portal de Datos Abiertos, datos.gov.co"],
];

/** What a link's target is called, for the text of a link to it. */
export function linkLabel(portal: Portal, link: string): string {
  if (link.startsWith("https://")) return SYSTEMS.find(([re]) => re.test(link))?.[1] ?? new URL(link).host;
  const path = link.split("#")[0]!;
  for (const name of COLLECTION_NAMES) {
    const e = (portal.entries[name] as Entry[]).find((x) => x.url === path);
    if (e) return e.title;
  }
  const listing = listingEntries(portal, path);
  if (listing) return listing.name.replace(/^./, (c) => c.toUpperCase());
  for (const id of Object.keys(INSTRUMENT_PAGES) as InstrumentId[]) if (INSTRUMENT_PAGES[id] === path) return INSTRUMENT_TITLES[id];
  if (path === OPEN_DATA_PAGE) return "Datos abiertos";
  return path;
}

function numeral(portal: Portal, l: ItaLeaf | ItaItem): NumeralView {
  const subitems = "subitems" in l ? l.subitems.map((s) => numeral(portal, s)) : [];
  return {
    number: l.number,
    title: l.title,
    status: l.status,
    ...(l.link && l.url ? { link: { url: l.external ? l.url : l.link, label: linkLabel(portal, l.link), external: l.external } } : {}),
    ...(l.missing ? { missing: l.missing } : {}),
    ...(l.notApplicable ? { notApplicable: l.notApplicable } : {}),
    ...(l.note ? { note: l.note } : {}),
    ...(l.status === "desactualizado" && l.content?.date && l.due ? { stale: { last: formatLongDate(l.content.date), due: formatLongDate(l.due) } } : {}),
    ...(l.inherited ? { inherited: true } : {}),
    subitems,
  };
}

function transparencyPage(portal: Portal, model: TransparencyModel): Route {
  const { ita } = model;
  return pageRoute(
    TRANSPARENCY_PAGE,
    "content/transparencia.yaml",
    Transparency,
    {
      intro: portal.transparency.intro,
      categories: ita.categories.map((c) => ({ number: c.number, title: c.title, items: c.items.map((i) => numeral(portal, i)) })),
      counts: { ...ita.counts, total: ita.leaves.length },
      checkedAt: dateView(ita.checkedAt),
      datasets: model.datasets.map((d) => ({ title: d.title, url: datasetUrls(d.id).page })),
    },
    { title: SECTION, section: "Portal" },
  );
}

/** A table's cells as a page shows them: dates the Colombian way, addresses as links. */
function cells<R>(table: Table<R>, row: R, site: string): InstrumentCell[] {
  return table.columns.map((c) => {
    const v = c.value(row);
    if (v === undefined || v === "") return { text: "—" };
    if (isCellDate(v)) return { text: formatLongDate(v.date) };
    if (typeof v === "boolean") return { text: v ? "Sí" : "No" };
    if (typeof v === "number") return { text: String(v).replace(".", ",") };
    if (c.type === "url") return { text: v.startsWith(site) ? v.slice(site.length) || "/" : v, href: v };
    const published = /^Publicada: (https?:\/\/\S+)$/.exec(v);
    if (published) return { text: `Publicada: ${published[1]!.startsWith(site) ? published[1]!.slice(site.length) : published[1]}`, href: published[1] };
    return { text: v };
  });
}

const INTROS: Record<InstrumentId, { intro: string; howMade: string; empty: string }> = {
  registro: {
    intro:
      "El inventario de la información que tiene la Alcaldía, publicada o no: cada categoría con su descripción, idioma, medio, formato y si está publicada o disponible para quien la pida (Ley 1712 de 2014, artículo 13).",
    howMade:
      "Las categorías que el portal publica como colección (noticias, normativa, planes, páginas, eventos, convenios) las calcula el portal con lo publicado; las demás las escribe la Alcaldía.",
    empty: "El registro no tiene categorías todavía.",
  },
  indice: {
    intro:
      "La información que la Alcaldía no publica porque la ley la protege: la clasificada, que protege derechos de las personas (Ley 1712 de 2014, artículo 18), y la reservada, que protege intereses públicos (artículo 19), cada una con su fundamento y su plazo (artículo 20).",
    howMade:
      "Cada fila la escribe la Alcaldía; el portal exige todas las columnas de la ley y el plazo de cada reserva, que no puede pasar de quince años (artículo 22).",
    empty: "La Alcaldía no ha registrado información clasificada o reservada.",
  },
  esquema: {
    intro:
      "Toda la información que publica el portal, con su idioma, medio, formato, fecha de generación, frecuencia de actualización, lugar de consulta y responsables (Ley 1712 de 2014, artículo 12).",
    howMade:
      "El portal lo calcula cada vez que se publica algo: una fila por cada numeral publicado del menú de transparencia, por cada colección y página del sitio y por cada conjunto de datos abiertos.",
    empty: "El portal no tiene información publicada todavía.",
  },
};

function instrumentRoute(portal: Portal, inst: Instrument<unknown>): Route {
  const files = instrumentFiles(inst.id);
  const downloads: DownloadLink[] = [
    { url: files.xlsx, format: "XLSX", use: "para Excel o LibreOffice" },
    { url: files.csv, format: "CSV", use: "texto separado por «;»" },
  ];
  return pageRoute(
    INSTRUMENT_PAGES[inst.id],
    inst.file,
    InstrumentPage,
    {
      title: inst.title,
      ...INTROS[inst.id],
      ...(inst.adoptedBy ? { adoptedBy: { title: inst.adoptedBy.title, subject: inst.adoptedBy.summary, url: inst.adoptedBy.url } } : {}),
      ...(inst.reviewed ? { reviewed: dateView(inst.reviewed) } : {}),
      ...(inst.datosGovCo ? { datosGovCo: inst.datosGovCo } : {}),
      downloads,
      columns: inst.table.columns.map((c) => c.title),
      rows: inst.table.rows.map((r) => cells(inst.table, r, portal.site.url)),
    },
    { title: inst.title, section: SECTION },
  );
}

const TYPE_NAMES: Record<ColumnType, string> = {
  string: "Texto",
  url: "Dirección web",
  date: "Fecha (AAAA-MM-DD)",
  datetime: "Fecha y hora de Colombia (AAAA-MM-DD HH:MM)",
  integer: "Número entero",
  decimal: "Número decimal (coma decimal en el CSV)",
  boolean: "Sí o No",
};

function summary(d: Dataset): DatasetSummary {
  const urls = datasetUrls(d.id);
  const coverage = d.temporal ? `${d.spatial}, del ${formatLongDate(d.temporal.from)} al ${formatLongDate(d.temporal.to)}` : d.spatial;
  return {
    title: d.title,
    description: d.description,
    url: urls.page,
    rows: d.table.rows.length,
    responsible: d.responsible,
    frequency: frequencyLabel(d.frequency),
    licence: { label: d.licence.label, url: d.licence.url },
    coverage,
    ...(d.modified ? { modified: dateView(d.modified) } : {}),
    downloads: [
      { url: urls.xlsx, format: "XLSX", use: "para Excel o LibreOffice" },
      { url: urls.csv, format: "CSV", use: "texto separado por «;»" },
      { url: urls.json, format: "JSON", use: "para programas" },
    ],
  };
}

function openDataRoutes(portal: Portal, model: TransparencyModel): Route[] {
  const settings = model.openData;
  const withLink = (d: Dataset): DatasetSummary => {
    const s = summary(d);
    const link = settings[d.id].datos_gov_co;
    return link ? { ...s, datosGovCo: link } : s;
  };
  return [
    pageRoute(OPEN_DATA_PAGE, model.openDataFile, OpenDataPage, { datasets: model.datasets.map(withLink), catalogUrl: CATALOG_URL }, { title: "Datos abiertos", section: "Datos abiertos" }),
    ...model.datasets.map((d) =>
      pageRoute(
        datasetUrls(d.id).page,
        `${model.openDataFile} (${d.id})`,
        DatasetPage,
        {
          dataset: withLink(d),
          columns: d.table.columns.map((c): DictionaryColumn => ({ title: c.title, name: c.name, type: TYPE_NAMES[c.type], description: c.description })),
          dictionaryUrl: datasetUrls(d.id).dictionary,
        },
        { title: d.title, section: "Datos abiertos" },
      ),
    ),
  ];
}

/** A text file, written as the route's only prop: rewritten when its content changes. */
function fileRoute(url: string, source: string, content: string): Route<string> {
  return { url, source, props: content, render: (p) => p };
}

export function transparencyRoutes(portal: Portal, model: TransparencyModel): Route[] {
  return [
    transparencyPage(portal, model),
    ...([model.registro, model.indice, model.esquema] as Instrument<unknown>[]).map((i) => instrumentRoute(portal, i)),
    ...openDataRoutes(portal, model),
    ...textFiles(portal, model).map((f) => fileRoute(f.url, f.source, f.content)),
  ];
}

