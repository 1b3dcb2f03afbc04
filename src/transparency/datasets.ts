/**
 * The open datasets (category 7 of the transparency menu): the acts, the events, the agreements and the
 * plans' indicators. Their rows are exactly what the site publishes (nothing hidden, nothing scheduled), their
 * columns are titled with the CMS form's labels, and their metadata come from the content: only the
 * licence, the responsible office and the frequency are the editors' (content/datos-abiertos.yaml).
 */
import type { DateTime } from "luxon";
import type { ActEntry, AgreementEntry, Entry, EventEntry, Portal } from "../content/types.ts";
import { ACT_TYPES, EVENT_KINDS, LEVELS, type CollectionDef } from "../schema/collections.ts";
import type { FieldSpec } from "../schema/fields.ts";
import { specAt } from "../content/labels.ts";
import { DATASET_IDS, LICENCES, type DatasetId, type OpenDataData } from "../schema/instruments.ts";
import { FREQUENCIES, type Frequency } from "../schema/transparency.ts";
import { planIndicators, planSpan } from "../indicators/report.ts";
import { actState } from "../content/acts.ts";
import { renewedAt } from "./dated.ts";
import { cellDate, columnName, type Cell, type ColumnType, type Table, type TableColumn } from "./table.ts";

export const OPEN_DATA_PAGE = "/datos-abiertos/";
export const CATALOG_URL = "/data.json";

export const datasetUrls = (id: DatasetId) => ({
  page: `${OPEN_DATA_PAGE}${id}/`,
  csv: `${OPEN_DATA_PAGE}${id}.csv`,
  json: `${OPEN_DATA_PAGE}${id}.json`,
  xlsx: `${OPEN_DATA_PAGE}${id}.xlsx`,
  dictionary: `${OPEN_DATA_PAGE}${id}.csv-metadata.json`,
});

export interface Dataset<R = unknown> {
  id: DatasetId;
  title: string;
  description: string;
  keywords: string[];
  /** A theme of datos.gov.co's catalogue. */
  theme: string;
  responsible: string;
  frequency: Frequency;
  licence: (typeof LICENCES)[number];
  language: "es-CO";
  spatial: string;
  /** First and last day the rows cover; undefined for an empty dataset. */
  temporal?: { from: DateTime; to: DateTime };
  /** When its rows last changed: the newest publication or change among them. */
  modified?: DateTime;
  /** Its oldest row: since when the information it holds was generated (the Esquema says so). */
  issued?: DateTime;
  table: Table<R>;
}

/** A column for a schema field: titled and described as the CMS form shows it. */
function fieldColumn<R>(fields: Record<string, FieldSpec>, key: string, type: ColumnType, value: (r: R) => Cell, extra?: string): TableColumn<R> {
  const spec = specAt(fields, key);
  if (!spec) throw new Error(`dataset column: no field ${key}`);
  return { name: columnName(spec.label), title: spec.label, type, description: [spec.hint, extra].filter(Boolean).join(" ") || spec.label, value };
}

function specs(def: CollectionDef): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, f.spec]));
}

const label = (options: readonly { value: string; label: string }[], v: string | undefined) => (v === undefined ? undefined : options.find((o) => o.value === v)?.label ?? v);

function common<R extends Entry>(portal: Portal): { first: TableColumn<R>[]; last: TableColumn<R>[] } {
  const abs = (url: string) => new URL(url, `${portal.site.url}/`).toString();
  return {
    first: [{ name: "identificador", title: "Identificador", type: "string", description: "El nombre del archivo de la entrada en el portal, que no cambia: identifica la fila.", value: (e) => e.id }],
    last: [
      { name: "ultima_actualizacion", title: "Última actualización", type: "datetime", description: "Fecha del último cambio de fondo; vacía si no ha cambiado desde su publicación.", value: (e) => cellDate(e.updated) },
      { name: "direccion_en_el_portal", title: "Dirección en el portal", type: "url", description: "La página de la entrada en el portal.", value: (e) => abs(e.url) },
    ],
  };
}

function actsTable(portal: Portal): Table<ActEntry> {
  const f = specs(portal.collections.normativa as CollectionDef);
  const { first, last } = common<ActEntry>(portal);
  const titleOf = (id: string) => portal.all.normativa.get(id)?.title ?? id;
  const abs = (p: string) => new URL(p, `${portal.site.url}/`).toString();
  return {
    rows: portal.entries.normativa,
    primaryKey: ["identificador"],
    columns: [
      ...first,
      { name: "titulo", title: "Título", type: "string", description: "El tipo, el número y el año del acto, como lo nombra el portal.", value: (a) => a.title },
      fieldColumn(f, "type", "string", (a: ActEntry) => label(ACT_TYPES, a.data.type)),
      fieldColumn(f, "number", "string", (a: ActEntry) => a.data.number),
      fieldColumn(f, "date", "date", (a: ActEntry) => cellDate(a.data.date)),
      fieldColumn(f, "subject", "string", (a: ActEntry) => a.data.subject),
      fieldColumn(f, "issuer", "string", (a: ActEntry) => a.data.issuer),
      fieldColumn(f, "status", "string", (a: ActEntry) => actState(a, portal.buildTime)?.label, "Vacío para las actas, que registran una reunión y no rigen. «Vigencia cumplida» si su «Vigente hasta» ya pasó."),
      fieldColumn(f, "valid_until", "date", (a: ActEntry) => cellDate(a.data.valid_until)),
      fieldColumn(f, "modified_by", "string", (a: ActEntry) => (a.data.modified_by ?? []).map(titleOf).join("; ") || undefined, "Separados por «;»."),
      fieldColumn(f, "repealed_by", "string", (a: ActEntry) => (a.data.repealed_by ? titleOf(a.data.repealed_by) : undefined)),
      fieldColumn(f, "attachment", "url", (a: ActEntry) => (a.data.attachment ? abs(a.data.attachment) : undefined), "Dirección completa del documento."),
      ...last,
    ],
  };
}

function eventsTable(portal: Portal): Table<EventEntry> {
  const f = specs(portal.collections.eventos as CollectionDef);
  const { first, last } = common<EventEntry>(portal);
  return {
    rows: portal.entries.eventos,
    primaryKey: ["identificador"],
    columns: [
      ...first,
      fieldColumn(f, "title", "string", (e: EventEntry) => e.data.title),
      fieldColumn(f, "kind", "string", (e: EventEntry) => label(EVENT_KINDS, e.data.kind)),
      fieldColumn(f, "date", "datetime", (e: EventEntry) => cellDate(e.data.date), "Hora de Colombia (UTC−5)."),
      fieldColumn(f, "place", "string", (e: EventEntry) => e.data.place),
      fieldColumn(f, "summary", "string", (e: EventEntry) => e.data.summary),
      fieldColumn(f, "attendees", "integer", (e: EventEntry) => e.data.attendees),
      fieldColumn(f, "members_present", "integer", (e: EventEntry) => e.data.members_present),
      fieldColumn(f, "committee_size", "integer", (e: EventEntry) => e.data.committee_size),
      ...last,
    ],
  };
}

function agreementsTable(portal: Portal): Table<AgreementEntry> {
  const f = specs(portal.collections.convenios as CollectionDef);
  const { first, last } = common<AgreementEntry>(portal);
  const abs = (p: string) => new URL(p, `${portal.site.url}/`).toString();
  return {
    rows: portal.entries.convenios,
    primaryKey: ["identificador"],
    columns: [
      ...first,
      fieldColumn(f, "title", "string", (a: AgreementEntry) => a.data.title),
      fieldColumn(f, "entity", "string", (a: AgreementEntry) => a.data.entity),
      fieldColumn(f, "level", "string", (a: AgreementEntry) => label(LEVELS, a.data.level)),
      fieldColumn(f, "date", "date", (a: AgreementEntry) => cellDate(a.data.date)),
      fieldColumn(f, "purpose", "string", (a: AgreementEntry) => a.data.purpose),
      fieldColumn(f, "number", "string", (a: AgreementEntry) => a.data.number),
      fieldColumn(f, "document", "url", (a: AgreementEntry) => (a.data.document ? abs(a.data.document) : undefined), "Dirección completa del documento."),
      ...last,
    ],
  };
}

export interface IndicatorRow {
  plan: { id: string; title: string };
  id: string;
  name: string;
  period: string;
  value: number;
  target: number;
  unit: string;
  met: boolean;
  /** The plan's span, for the coverage; and the build the values were computed at. */
  from: DateTime;
  to: DateTime;
}

function indicatorRows(portal: Portal): IndicatorRow[] {
  return portal.entries.planes.flatMap((plan) => {
    if (!(plan.data.indicators ?? []).length) return [];
    const { from, to } = planSpan(plan, portal.buildTime);
    return planIndicators(portal, plan).indicators.flatMap((ind) =>
      ind.periods.map((p) => ({ plan: { id: plan.id, title: plan.title }, id: ind.id, name: ind.name, period: p.period, value: p.value, target: ind.target.value, unit: ind.target.unit, met: p.met, from, to })),
    );
  });
}

function indicatorsTable(portal: Portal): Table<IndicatorRow> {
  const f = specs(portal.collections.planes as CollectionDef);
  const ind = (key: string) => specAt(f, `indicators.0.${key}`)!;
  const col = (key: string, name: string, type: ColumnType, value: (r: IndicatorRow) => Cell, description?: string, title?: string): TableColumn<IndicatorRow> => ({
    name,
    title: title ?? ind(key).label,
    type,
    description: description ?? ind(key).hint ?? ind(key).label,
    value,
  });
  return {
    rows: indicatorRows(portal),
    primaryKey: ["identificador_del_plan", "identificador_del_indicador", "periodo"],
    columns: [
      { name: "plan", title: "Plan", type: "string", description: "El plan al que pertenece el indicador.", value: (r) => r.plan.title },
      { name: "identificador_del_plan", title: "Identificador del plan", type: "string", description: "El nombre del archivo del plan en el portal.", value: (r) => r.plan.id },
      col("id", "identificador_del_indicador", "string", (r) => r.id, "El identificador del indicador dentro del plan.", "Identificador del indicador"),
      col("name", "nombre", "string", (r) => r.name),
      {
        name: "periodo",
        title: "Periodo",
        type: "string",
        description: "AAAA-MM para un mes, AAAA-S1 o AAAA-S2 para un semestre, AAAA para un año, «total» para todo el plan.",
        value: (r) => r.period,
      },
      { name: "valor", title: "Valor", type: "decimal", description: "El valor calculado por el portal con lo publicado. En los indicadores que agrupan (por nivel), el total.", value: (r) => r.value },
      col("target.value", "meta", "decimal", (r) => r.target, "La meta del plan para cada periodo.", "Meta"),
      col("target.unit", "unidad", "string", (r) => r.unit),
      { name: "meta_cumplida", title: "Meta cumplida", type: "boolean", description: "Sí cuando el valor alcanza la meta; en los indicadores que agrupan, cuando cada grupo la alcanza.", value: (r) => r.met },
    ],
  };
}

const DEFS: Record<DatasetId, { title: string; description: string; keywords: string[]; theme: string }> = {
  normativa: {
    title: "Normativa: decretos, acuerdos, resoluciones, circulares y actas",
    description: "Los actos administrativos y las actas publicados en el portal, con su tipo, número, fecha, asunto, órgano que los expide, estado y relaciones con otros actos.",
    keywords: ["normativa", "decretos", "acuerdos", "resoluciones", "actos administrativos"],
    theme: "Función pública",
  },
  eventos: {
    title: "Calendario de eventos",
    description: "Las capacitaciones, los talleres y las reuniones publicados en el calendario del portal, los ya ocurridos y los anunciados, con su lugar, fecha y asistencia.",
    keywords: ["eventos", "capacitaciones", "participación ciudadana", "calendario"],
    theme: "Participación ciudadana",
  },
  convenios: {
    title: "Convenios y alianzas",
    description: "Los convenios y alianzas de la administración municipal con entidades locales, departamentales, nacionales e internacionales, con su objeto y fecha de firma.",
    keywords: ["convenios", "alianzas", "contratación"],
    theme: "Función pública",
  },
  indicadores: {
    title: "Indicadores de los planes",
    description: "Los indicadores de los planes publicados en el portal, periodo por periodo, calculados con lo publicado, frente a la meta de cada plan.",
    keywords: ["indicadores", "planeación", "seguimiento", "gobierno digital"],
    theme: "Planeación",
  },
};

function spanOf(dates: DateTime[]): { from: DateTime; to: DateTime } | undefined {
  if (!dates.length) return undefined;
  const sorted = [...dates].sort((a, b) => a.toMillis() - b.toMillis());
  return { from: sorted[0]!, to: sorted.at(-1)! };
}

function newestOf(dates: (DateTime | undefined)[]): DateTime | undefined {
  return dates.filter((d): d is DateTime => Boolean(d)).sort((a, b) => b.toMillis() - a.toMillis())[0];
}

/** The newest publication or change of the content an indicator of a plan counts, within the plan's span. */
function indicatorsModified(portal: Portal): DateTime | undefined {
  const dates: (DateTime | undefined)[] = [];
  for (const plan of portal.entries.planes) {
    if (!(plan.data.indicators ?? []).length) continue;
    const { to } = planSpan(plan, portal.buildTime);
    dates.push(renewedAt(plan)?.dt);
    for (const list of Object.values(portal.entries) as Entry[][]) for (const e of list) if (e.date && e.date.dt <= to) dates.push(renewedAt(e)?.dt);
  }
  return newestOf(dates);
}

export function datasets(portal: Portal, settings: OpenDataData): Dataset[] {
  const licence = LICENCES.find((l) => l.value === settings.licence)!;
  const spatial = `Municipio de ${portal.site.municipality}, ${portal.site.department}, Colombia`;
  const entryMeta = (rows: readonly Entry[]) => {
    const dates = rows.map((r) => r.date?.dt).filter((d): d is DateTime => Boolean(d));
    const temporal = spanOf(dates);
    // An event announced for a later day was published before it: the dataset changed no later than the build.
    const renewed = rows.map((r) => renewedAt(r)?.dt).map((d) => (d && d > portal.buildTime ? portal.buildTime : d));
    return { temporal, issued: temporal?.from, modified: newestOf(renewed) };
  };
  const tables: { [K in DatasetId]: () => { table: Table<any>; meta: Pick<Dataset, "temporal" | "issued" | "modified"> } } = {
    normativa: () => ({ table: actsTable(portal), meta: entryMeta(portal.entries.normativa) }),
    eventos: () => ({ table: eventsTable(portal), meta: entryMeta(portal.entries.eventos) }),
    convenios: () => ({ table: agreementsTable(portal), meta: entryMeta(portal.entries.convenios) }),
    indicadores: () => {
      const table = indicatorsTable(portal);
      const rows = table.rows as IndicatorRow[];
      const temporal = rows.length ? { from: rows.reduce((m, r) => (r.from < m ? r.from : m), rows[0]!.from), to: rows.reduce((m, r) => (r.to > m ? r.to : m), rows[0]!.to) } : undefined;
      return { table, meta: { temporal, issued: temporal?.from, modified: indicatorsModified(portal) } };
    },
  };
  return DATASET_IDS.map((id) => {
    const { table, meta } = tables[id]();
    return {
      id,
      ...DEFS[id],
      responsible: settings[id].responsible,
      frequency: settings[id].frequency,
      licence,
      language: "es-CO" as const,
      spatial,
      ...meta,
      table,
    };
  });
}

export const frequencyLabel = (f: Frequency) => FREQUENCIES.find((x) => x.value === f)!.label;
