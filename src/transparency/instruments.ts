/**
 * The three instruments of Ley 1712 de 2014 as tables, and the open datasets: read from
 * content/instrumentos/ and content/datos-abiertos.yaml, checked against the rest of the content, and
 * completed with what the site knows.
 *   - Registro de Activos de Información: the site's own collections, computed, then the editors' rows.
 *   - Índice de Información Clasificada y Reservada: the editors' rows, with the term the law sets.
 *   - Esquema de Publicación: computed; every published numeral of the transparency list, every
 *     collection and page not already listed, every dataset.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { ZONE, type ContentDate } from "../dates/index.ts";
import { ContentValidationError, type ContentIssue } from "../content/errors.ts";
import { readDataFile } from "../content/load.ts";
import type { ActEntry, Entry, Portal } from "../content/types.ts";
import { fieldLabel } from "../content/labels.ts";
import { objectSchema, specsOf, type Field, type FieldSpec } from "../schema/fields.ts";
import { COLLECTION_NAMES, type CollectionDef } from "../schema/collections.ts";
import { collectionBase } from "../content/urls.ts";
import {
  indexFields,
  INSTRUMENT_FILES,
  MEDIA,
  openDataFields,
  registryFields,
  schemeFields,
  EXCEPTION_SCOPES,
  type IndexData,
  type IndexRow,
  type OpenDataData,
  type RegistryData,
  type SchemeData,
} from "../schema/instruments.ts";
import { FREQUENCIES } from "../schema/transparency.ts";
import { datasets, datasetUrls, OPEN_DATA_PAGE, type Dataset } from "./datasets.ts";
import type { Cell, Table, TableColumn } from "./table.ts";
import { listingEntries, type DatedContent } from "./dated.ts";
import { FREQUENCY_PAGE } from "../feeds/routes.ts";
import { indicatorsUrl } from "../indicators/routes.ts";
import { PQRSD_REPORT_URL } from "../routes/pqrsd.ts";
import { itaReport, type ItaLeaf, type ItaReport } from "./ita.ts";

export const INSTRUMENT_PAGES = {
  registro: "/transparencia/registro-de-activos-de-informacion/",
  indice: "/transparencia/indice-de-informacion-clasificada-y-reservada/",
  esquema: "/transparencia/esquema-de-publicacion/",
} as const;
export type InstrumentId = keyof typeof INSTRUMENT_PAGES;

export const INSTRUMENT_TITLES: Record<InstrumentId, string> = {
  registro: "Registro de Activos de Información",
  indice: "Índice de Información Clasificada y Reservada",
  esquema: "Esquema de Publicación de Información",
};

export const instrumentFiles = (id: InstrumentId) => {
  const page = INSTRUMENT_PAGES[id];
  return { csv: `${page.slice(0, -1)}.csv`, xlsx: `${page.slice(0, -1)}.xlsx` };
};

export interface Instrument<R> {
  id: InstrumentId;
  title: string;
  /** The file editors keep, as messages name it. */
  file: string;
  adoptedBy?: ActEntry;
  reviewed?: ContentDate;
  datosGovCo?: string;
  table: Table<R>;
}

export interface RegistryOutRow {
  category: string;
  description: string;
  language: string;
  medium: string;
  format: string;
  /** Publicada / Disponible, in words; with its address when published. */
  availability: string;
  url?: string;
  /** A row the site computed from its own collections. */
  computed: boolean;
}

export interface SchemeRow {
  numeral?: string;
  title: string;
  language: string;
  medium: string;
  format: string;
  generated?: ContentDate | DateTime;
  frequency: string;
  url: string;
  producer: string;
  responsible: string;
}

export interface TransparencyModel {
  ita: ItaReport;
  registro: Instrument<RegistryOutRow>;
  indice: Instrument<IndexRow>;
  esquema: Instrument<SchemeRow>;
  datasets: Dataset[];
  openData: OpenDataData;
  /** The file of the open-data settings. */
  openDataFile: string;
  /** The Registro's rows as the editors wrote them, for the link check. */
  registryRows: NonNullable<RegistryData["rows"]>;
}

const LANGUAGE = "Español";
const ELECTRONIC = MEDIA.find((m) => m.value === "electronico")!.label;
const mediumLabel = (v: string) => MEDIA.find((m) => m.value === v)?.label ?? v;

const WHAT_FILE: Record<keyof typeof INSTRUMENT_FILES, string> = {
  registro: "el Registro de Activos de Información (Ley 1712 de 2014, artículo 13)",
  indice: "el Índice de Información Clasificada y Reservada (Ley 1712 de 2014, artículo 20)",
  esquema: "lo que el portal no sabe del Esquema de Publicación (Ley 1712 de 2014, artículo 12): quién produce la información y quién responde por ella",
  datos: "la licencia de los datos abiertos y, por cada conjunto, la dependencia responsable y su frecuencia de actualización",
};

interface Files {
  registro?: RegistryData;
  indice?: IndexData;
  esquema?: SchemeData;
  datos?: OpenDataData;
}

/** Reads and checks the four files; every problem of all of them is reported at once. */
function readFiles(portal: Portal, root: string): { files: Files; rel: Record<keyof typeof INSTRUMENT_FILES, string>; specs: Record<keyof typeof INSTRUMENT_FILES, Record<string, FieldSpec>> } {
  const issues: ContentIssue[] = [];
  const defs = {
    registro: registryFields(),
    indice: indexFields(portal.site),
    esquema: schemeFields(portal.site),
    datos: openDataFields(portal.site),
  } as const;
  const rel = Object.fromEntries(Object.entries(INSTRUMENT_FILES).map(([k, f]) => [k, path.relative(root, path.join(portal.contentDir, f))])) as Record<keyof typeof INSTRUMENT_FILES, string>;
  const specs = Object.fromEntries(Object.entries(defs).map(([k, f]) => [k, specsOf(f as Record<string, Field<unknown>>)])) as Record<keyof typeof INSTRUMENT_FILES, Record<string, FieldSpec>>;
  const files: Files = {};
  for (const key of Object.keys(defs) as (keyof typeof defs)[]) {
    if (!existsSync(path.join(portal.contentDir, INSTRUMENT_FILES[key]))) {
      issues.push({ file: rel[key], message: `no existe, y es obligatorio: ${WHAT_FILE[key]}. Créelo en el administrador de contenidos (Transparencia) o copie el de otro municipio y ajústelo` });
      continue;
    }
    const schema = objectSchema(defs[key] as Record<string, Field<unknown>>);
    (files as Record<string, unknown>)[key] = readDataFile(path.join(portal.contentDir, INSTRUMENT_FILES[key]), rel[key], schema, specs[key], issues);
  }
  for (const key of ["registro", "indice", "esquema"] as const) {
    const act = files[key]?.adopted_by;
    if (!act) continue;
    const entry = portal.all.normativa.get(act);
    if (!entry) issues.push({ file: rel[key], field: "adopted_by", label: fieldLabel(specs[key], "adopted_by"), message: `nombra el acto «${act}», que no existe en content/normativa/: escriba el nombre de su archivo sin .md` });
    else if (!portal.entries.normativa.includes(entry)) {
      issues.push({ file: rel[key], field: "adopted_by", label: fieldLabel(specs[key], "adopted_by"), message: `nombra el acto «${entry.title}», que no está publicado (está oculto o tiene fecha futura): el instrumento solo puede citar un acto publicado` });
    }
  }
  if (issues.length) throw new ContentValidationError(issues);
  return { files, rel, specs };
}

function adopted(portal: Portal, id: string | undefined): ActEntry | undefined {
  return id ? portal.entries.normativa.find((a) => a.id === id) : undefined;
}

/** The formats a collection is published in: HTML, the PDFs some entries carry, and its dataset. */
function collectionFormats(portal: Portal, name: (typeof COLLECTION_NAMES)[number]): string {
  const formats = ["HTML"];
  const entries = portal.entries[name] as Entry[];
  if (entries.some((e) => (e.data as { attachment?: string; document?: string }).attachment || (e.data as { document?: string }).document)) formats.push("PDF");
  if (name === "normativa" || name === "eventos" || name === "convenios") formats.push("CSV", "JSON");
  return joinWords(formats);
}

function joinWords(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} y ${words.at(-1)}` : words[0] ?? "";
}

const abs = (portal: Portal, p: string) => (p.startsWith("https://") ? p : new URL(p, `${portal.site.url}/`).toString());

function listingUrl(name: (typeof COLLECTION_NAMES)[number]): string {
  return name === "paginas" ? "/mapa-del-sitio/" : collectionBase(name);
}

function registryTable(portal: Portal, data: RegistryData, index: IndexData): Table<RegistryOutRow> {
  const specs = specsOf(registryFields());
  const label = (k: string) => specs.rows!.item!.fields![k]!.label;
  const classified = new Set((index.rows ?? []).map((r) => r.category.trim().toLocaleLowerCase("es")));
  const computed: RegistryOutRow[] = COLLECTION_NAMES.filter((n) => portal.entries[n].length).map((n) => {
    const def = portal.collections[n] as CollectionDef;
    const url = listingUrl(n);
    return { category: def.label, description: def.description, language: LANGUAGE, medium: ELECTRONIC, format: collectionFormats(portal, n), availability: "Publicada", url: abs(portal, url), computed: true };
  });
  const own: RegistryOutRow[] = (data.rows ?? []).map((r) => ({
    category: r.category,
    description: r.description,
    language: r.language,
    medium: mediumLabel(r.medium),
    format: r.format,
    availability: r.published_at
      ? "Publicada"
      : classified.has(r.category.trim().toLocaleLowerCase("es"))
        ? "Disponible, salvo la información clasificada o reservada que dice el índice"
        : "Disponible: se entrega a quien la pida",
    url: r.published_at ? abs(portal, r.published_at) : undefined,
    computed: false,
  }));
  const col = (k: string, value: (r: RegistryOutRow) => Cell, type: TableColumn<RegistryOutRow>["type"] = "string"): TableColumn<RegistryOutRow> => ({ name: k, title: label(k), type, description: label(k), value });
  return {
    rows: [...computed, ...own],
    columns: [
      { ...col("category", (r) => r.category), name: "categoria" },
      { ...col("description", (r) => r.description), name: "descripcion" },
      { ...col("language", (r) => r.language), name: "idioma" },
      { ...col("medium", (r) => r.medium), name: "medio" },
      { ...col("format", (r) => r.format), name: "formato" },
      {
        name: "publicada_o_disponible",
        title: "Información publicada o disponible",
        type: "string",
        description: "«Publicada», con su dirección, o «Disponible» si se entrega a quien la pida.",
        value: (r) => (r.url ? `${r.availability}: ${r.url}` : r.availability),
      },
    ],
  };
}

/** The term the law gives an exception: a reserve has its years; a classification, none. */
export function termText(r: IndexRow): string {
  if (r.term_years !== undefined) return `${r.term_years} ${r.term_years === 1 ? "año" : "años"}`;
  return "Ilimitado: la información clasificada no tiene plazo (Ley 1712 de 2014, artículo 18, parágrafo)";
}

function indexTable(portal: Portal, data: IndexData): Table<IndexRow> {
  const specs = specsOf(indexFields(portal.site)).rows!.item!.fields!;
  const col = (k: keyof IndexRow & string, name: string, value: (r: IndexRow) => Cell): TableColumn<IndexRow> => ({ name, title: specs[k]!.label, type: "string", description: specs[k]!.hint ?? specs[k]!.label, value });
  return {
    rows: data.rows ?? [],
    columns: [
      col("category", "categoria", (r) => r.category),
      col("title", "nombre_de_la_informacion", (r) => r.title),
      col("language", "idioma", (r) => r.language),
      col("medium", "medio", (r) => mediumLabel(r.medium)),
      col("generated", "fecha_de_generacion", (r) => r.generated),
      col("producer", "responsable_de_la_produccion", (r) => r.producer),
      col("responsible", "responsable_de_la_informacion", (r) => r.responsible),
      col("legitimate_aim", "objetivo_legitimo", (r) => r.legitimate_aim),
      col("constitutional_basis", "fundamento_constitucional_o_legal", (r) => r.constitutional_basis),
      col("exception_basis", "fundamento_juridico_de_la_excepcion", (r) => r.exception_basis),
      col("scope", "excepcion_total_o_parcial", (r) => EXCEPTION_SCOPES.find((s) => s.value === r.scope)!.label),
      { name: "plazo", title: "Plazo de la clasificación o reserva", type: "string", description: "Cuánto dura la excepción: los años de una reserva (quince como máximo) o ilimitado para la información clasificada.", value: termText },
    ],
  };
}

/** Who produces what a link shows, when the content says it: an act's issuer, a news item's office. */
function producersOf(portal: Portal, link: string): string | undefined {
  const p = link.split("#")[0]!;
  const of = (e: Entry) => {
    const d = e.data as { issuer?: string; office?: string };
    return d.issuer ?? d.office;
  };
  for (const name of COLLECTION_NAMES) {
    const e = (portal.entries[name] as Entry[]).find((x) => x.url === p);
    if (e) return of(e);
  }
  const listing = listingEntries(portal, p);
  if (listing) {
    const counts = new Map<string, number>();
    for (const e of listing.entries) {
      const who = of(e);
      if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
    }
    const names = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "es")).map(([n]) => n);
    return names.length ? names.join("; ") : undefined;
  }
  return undefined;
}

/** The first time the information a link shows was produced: an entry's date, a listing's oldest entry. */
function generatedAt(portal: Portal, link: string): ContentDate | undefined {
  const p = link.split("#")[0]!;
  for (const name of COLLECTION_NAMES) {
    const e = (portal.entries[name] as Entry[]).find((x) => x.url === p);
    if (e) return e.date;
  }
  const listing = listingEntries(portal, p);
  if (listing) return listing.entries.map((e) => e.date).filter((d): d is ContentDate => Boolean(d)).sort((a, b) => a.dt.toMillis() - b.dt.toMillis())[0];
  return undefined;
}

function formatOf(portal: Portal, link: string): string {
  if (link.startsWith("https://")) return "HTML, en el sistema de información del Estado que se enlaza";
  const p = link.split("#")[0]!;
  if (p.startsWith("/media/")) return p.toLowerCase().endsWith(".pdf") ? "PDF" : "Archivo descargable";
  if ((Object.values(INSTRUMENT_PAGES) as string[]).includes(p)) return "HTML, CSV y XLSX";
  if (p === OPEN_DATA_PAGE) return "HTML, CSV y JSON";
  for (const name of COLLECTION_NAMES) {
    const e = (portal.entries[name] as Entry[]).find((x) => x.url === p);
    if (e) return (e.data as { attachment?: string; document?: string }).attachment || (e.data as { document?: string }).document ? "HTML y PDF" : "HTML";
  }
  const listing = listingEntries(portal, p);
  if (listing?.entries.some((e) => (e.data as { attachment?: string }).attachment || (e.data as { document?: string }).document)) return "HTML y PDF";
  return "HTML";
}

const frequencyText = (f: string | undefined) => FREQUENCIES.find((x) => x.value === f)?.label ?? FREQUENCIES.find((x) => x.value === "cuando-cambie")!.label;

function schemeTable(portal: Portal, data: SchemeData, ita: ItaReport, sets: Dataset[]): Table<SchemeRow> {
  const rows: SchemeRow[] = [];
  const listed = new Set<string>();
  const published = (l: ItaLeaf) => (l.status === "cumple" || l.status === "desactualizado") && l.link;
  for (const l of ita.leaves.filter(published)) {
    const link = l.link!;
    rows.push({
      numeral: l.number,
      title: `${l.number} ${l.title}`,
      language: LANGUAGE,
      medium: ELECTRONIC,
      format: formatOf(portal, link),
      generated: link.startsWith("https://") ? undefined : generatedAt(portal, link),
      frequency: frequencyText(l.frequency),
      url: abs(portal, link),
      producer: l.producer ?? (link.startsWith("https://") ? undefined : producersOf(portal, link)) ?? data.producer,
      responsible: l.responsible ?? data.responsible,
    });
    listed.add(link.split("#")[0]!);
  }
  // What the site publishes besides the list: its collections and pages, once each.
  for (const name of COLLECTION_NAMES) {
    const def = portal.collections[name] as CollectionDef;
    const entries = portal.entries[name] as Entry[];
    if (!entries.length) continue;
    if (name === "paginas") {
      for (const page of entries) {
        if (listed.has(page.url)) continue;
        rows.push({ title: page.title, language: LANGUAGE, medium: ELECTRONIC, format: "HTML", generated: undefined, frequency: frequencyText("cuando-cambie"), url: abs(portal, page.url), producer: data.producer, responsible: data.responsible });
        listed.add(page.url);
      }
      continue;
    }
    const url = listingUrl(name);
    if (listed.has(url)) continue;
    rows.push({
      title: def.label,
      language: LANGUAGE,
      medium: ELECTRONIC,
      format: formatOf(portal, url),
      generated: generatedAt(portal, url),
      frequency: frequencyText("cuando-cambie"),
      url: abs(portal, url),
      producer: producersOf(portal, url) ?? data.producer,
      responsible: data.responsible,
    });
    listed.add(url);
  }
  for (const d of sets) {
    const urls = datasetUrls(d.id);
    rows.push({ title: `Datos abiertos: ${d.title}`, language: LANGUAGE, medium: ELECTRONIC, format: "CSV y JSON", generated: d.issued, frequency: frequencyText(d.frequency), url: abs(portal, urls.page), producer: d.responsible, responsible: d.responsible });
  }
  // A generation date is a day, even for an event that has its hour.
  const date = (v: ContentDate | DateTime | undefined): Cell => (v ? { date: ("dt" in v ? v.dt : v).setZone(ZONE), time: false } : undefined);
  return {
    rows,
    columns: [
      { name: "nombre_de_la_informacion", title: "Nombre o título de la información", type: "string", description: "La información publicada; las filas del menú de transparencia empiezan por su numeral del anexo 2.", value: (r) => r.title },
      { name: "idioma", title: "Idioma", type: "string", description: "El idioma en que está publicada.", value: (r) => r.language },
      { name: "medio", title: "Medio de conservación o soporte", type: "string", description: "Dónde se conserva la información publicada.", value: (r) => r.medium },
      { name: "formato", title: "Formato", type: "string", description: "En qué formatos se publica.", value: (r) => r.format },
      { name: "fecha_de_generacion", title: "Fecha de generación de la información", type: "date", description: "La fecha de la primera publicación: la de la entrada, o la de la más antigua de un listado. Vacía si el portal no la sabe.", value: (r) => date(r.generated) },
      { name: "frecuencia", title: "Frecuencia de actualización", type: "string", description: "Cada cuánto se renueva la información.", value: (r) => r.frequency },
      { name: "lugar_de_consulta", title: "Lugar de consulta", type: "url", description: "La dirección donde se consulta.", value: (r) => r.url },
      { name: "responsable_de_la_produccion", title: "Responsable de la producción de la información", type: "string", description: "Quien la produce: el órgano que expide un acto, la dependencia que publica una noticia, o la que dice el esquema.", value: (r) => r.producer },
      { name: "responsable_de_la_informacion", title: "Responsable de la información", type: "string", description: "La dependencia que responde por ella.", value: (r) => r.responsible },
    ],
  };
}

/** What an ITA numeral linking an instrument or the datasets should know: their dates, and what is missing. */
function generatedContent(model: Omit<TransparencyModel, "ita">, portal: Portal): { generated: (p: string) => DatedContent | undefined; observe: (p: string) => string[] } {
  const instruments = { registro: model.registro, indice: model.indice, esquema: model.esquema };
  return {
    generated: (p) => {
      for (const inst of Object.values(instruments)) {
        if (INSTRUMENT_PAGES[inst.id] !== p) continue;
        if (inst.id === "esquema") return { what: "el esquema de publicación, que el portal calcula en cada construcción", date: portal.buildTime };
        return inst.reviewed
          ? { what: `el ${inst.title.charAt(0).toLowerCase()}${inst.title.slice(1)}`, date: inst.reviewed }
          : { what: inst.title };
      }
      // Reports the build computes afresh every time, from the store's counts or the content.
      const computed: Record<string, string> = {
        [PQRSD_REPORT_URL]: "el informe de PQRSD, que el portal calcula en cada construcción",
        [FREQUENCY_PAGE]: "la frecuencia de actualización, que el portal calcula en cada construcción",
        ...Object.fromEntries(portal.entries.planes.map((plan) => [indicatorsUrl(plan.url), `los indicadores del ${plan.title}, que el portal calcula en cada construcción`])),
      };
      if (computed[p]) return { what: computed[p], date: portal.buildTime };
      if (p === OPEN_DATA_PAGE) {
        const newest = model.datasets.map((d) => d.modified).filter((d): d is DateTime => Boolean(d)).sort((a, b) => b.toMillis() - a.toMillis())[0];
        return { what: "los conjuntos de datos abiertos", date: newest };
      }
      return undefined;
    },
    observe: (p) => {
      for (const inst of Object.values(instruments)) {
        if (INSTRUMENT_PAGES[inst.id] !== p) continue;
        const out: string[] = [];
        if (!inst.adoptedBy) out.push(`no ha sido adoptado por un acto administrativo (escriba el acto en ${inst.file}, campo adopted_by, cuando se expida)`);
        if (!inst.datosGovCo) out.push(`no enlaza su publicación en datos.gov.co (campo datos_gov_co de ${inst.file})`);
        return out;
      }
      return [];
    },
  };
}

/**
 * The whole transparency model: the ITA list, the three instruments, the datasets. Throws a
 * ContentValidationError naming every problem of the instruments' and open-data files.
 */
export function transparencyModel(portal: Portal, root = process.cwd()): TransparencyModel {
  const { files, rel } = readFiles(portal, root);
  const sets = datasets(portal, files.datos!);
  const reviewedOf = (d: { reviewed?: ContentDate }) => d.reviewed;
  const registro: Instrument<RegistryOutRow> = {
    id: "registro",
    title: INSTRUMENT_TITLES.registro,
    file: rel.registro,
    adoptedBy: adopted(portal, files.registro!.adopted_by),
    reviewed: reviewedOf(files.registro!),
    datosGovCo: files.registro!.datos_gov_co,
    table: registryTable(portal, files.registro!, files.indice!),
  };
  const indice: Instrument<IndexRow> = {
    id: "indice",
    title: INSTRUMENT_TITLES.indice,
    file: rel.indice,
    adoptedBy: adopted(portal, files.indice!.adopted_by),
    reviewed: reviewedOf(files.indice!),
    datosGovCo: files.indice!.datos_gov_co,
    table: indexTable(portal, files.indice!),
  };
  const partial = {
    registro,
    indice,
    esquema: { id: "esquema", title: INSTRUMENT_TITLES.esquema, file: rel.esquema, adoptedBy: adopted(portal, files.esquema!.adopted_by), datosGovCo: files.esquema!.datos_gov_co, table: { columns: [], rows: [] } } as Instrument<SchemeRow>,
    datasets: sets,
    openData: files.datos!,
    openDataFile: rel.datos,
    registryRows: files.registro!.rows ?? [],
  };
  const ita = itaReport(portal, { file: path.relative(root, path.join(portal.contentDir, "transparencia.yaml")), ...generatedContent(partial, portal) });
  const esquema: Instrument<SchemeRow> = { ...partial.esquema, table: schemeTable(portal, files.esquema!, ita, sets) };
  return { ...partial, esquema, ita };
}
