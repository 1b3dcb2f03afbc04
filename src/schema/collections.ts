/**
 * The content types. These definitions are the single source of truth: the build validates entries with
 * them, the CMS configuration is generated from them, and the layouts receive the types inferred here.
 */
import type { z } from "zod";
import type { ContentDate } from "../dates/index.ts";
import {
  boolean,
  date,
  datetime,
  file,
  image,
  list,
  number,
  object,
  objectSchema,
  relation,
  select,
  string,
  text,
  specsOf,
  type Field,
  type FieldSpec,
  type Infer,
} from "./fields.ts";
import type { SiteData } from "./site.ts";

export interface CollectionDef<S extends Record<string, Field<unknown>> = Record<string, Field<unknown>>> {
  name: string;
  label: string;
  labelSingular: string;
  /** How a message names one entry: «nombra el acto «x», que no existe». */
  noun: string;
  /** Folder under content/ */
  folder: string;
  description: string;
  fields: S;
  body: { label: string; hint: string; required: boolean };
  /** The field that gives the entry's publication date. */
  dateField: keyof S & string;
  /** How the CMS names new files: a pattern over fields; accents are removed. */
  slug: string;
  /**
   * Whether a date after the build means "scheduled": not published until then. Events are the
   * exception: a calendar announces them before they happen.
   */
  scheduled: boolean;
}

function options<const V extends string>(pairs: readonly (readonly [V, string])[]) {
  return pairs.map(([value, label]) => ({ value, label }));
}

export const NEWS_CATEGORIES = options([
  ["gobierno", "Gobierno y administración"],
  ["gobierno-digital", "Gobierno digital"],
  ["salud", "Salud"],
  ["educacion", "Educación"],
  ["obras", "Obras e infraestructura"],
  ["agro", "Desarrollo rural"],
  ["cultura", "Cultura, turismo y deporte"],
  ["social", "Desarrollo social"],
  ["participacion", "Participación ciudadana"],
  ["hacienda", "Hacienda y presupuesto"],
] as const);

export const ACT_TYPES = [
  { value: "decreto", label: "Decreto", plural: "Decretos", slug: "decretos", feminine: false, record: false },
  { value: "acuerdo", label: "Acuerdo", plural: "Acuerdos", slug: "acuerdos", feminine: false, record: false },
  { value: "resolucion", label: "Resolución", plural: "Resoluciones", slug: "resoluciones", feminine: true, record: false },
  { value: "circular", label: "Circular", plural: "Circulares", slug: "circulares", feminine: true, record: false },
  // An acta records a meeting: it does not rule, so the site shows no «Vigente» for it.
  { value: "acta", label: "Acta", plural: "Actas", slug: "actas", feminine: true, record: true },
] as const;
export type ActType = (typeof ACT_TYPES)[number]["value"];

export const ACT_STATUSES = options([
  ["vigente", "Vigente"],
  ["modificado", "Modificado"],
  ["derogado", "Derogado"],
] as const);

export const PERIODS = options([
  ["month", "Mensual"],
  ["semester", "Semestral"],
  ["year", "Anual"],
  ["once", "Una sola vez"],
] as const);

/**
 * Keeps an entry in content/ without showing it. Not a draft: a new entry waiting for the committee is
 * Decap's own «Borrador» (a branch and its pull request), which the site never sees until it is published.
 * The key was `draft` until the review flow made «Borrador» mean that; the old key is refused by name.
 */
const hidden = () =>
  boolean({
    label: "Ocultar en el sitio",
    hint: "Active para que el sitio deje de mostrar esta entrada sin borrarla; desactívelo para volver a mostrarla. No hace falta para preparar una entrada nueva: mientras esté en «Borrador», «En revisión» o «Listo» nadie la ve en el sitio.",
    defaultValue: false,
    formerKeys: ["draft"],
  });
const updated = () =>
  datetime({ label: "Última actualización", hint: "Fecha del último cambio de fondo; vacía si no ha cambiado.", required: false });

function newsFields(site: SiteData) {
  return {
    title: string({ label: "Título", maxLength: 160 }),
    date: datetime({ label: "Fecha de publicación", hint: "Una fecha futura deja la noticia programada hasta ese día." }),
    summary: text({ label: "Resumen", hint: "Una o dos frases que aparecen en los listados y en los lectores de noticias.", maxLength: 320 }),
    image: image({ label: "Imagen", required: false }),
    category: select({ label: "Categoría", options: NEWS_CATEGORIES }),
    office: select({ label: "Dependencia", hint: "La oficina que publica la noticia.", options: site.offices.map((o) => ({ value: o, label: o })) }),
    hidden: hidden(),
    updated: updated(),
  };
}

function actFields(site: SiteData) {
  return {
    type: select({ label: "Tipo de acto", options: ACT_TYPES.map(({ value, label }) => ({ value, label })) }),
    number: string({
      label: "Número",
      hint: "Como aparece en el acto: «045», «012-2024».",
      maxLength: 20,
      pattern: { regex: /^[0-9A-Za-z][0-9A-Za-z-]*$/, description: "un número como «045» o «012-2024» (cifras, letras y guiones)" },
    }),
    date: date({ label: "Fecha de expedición" }),
    subject: text({ label: "Asunto", hint: "De qué trata el acto, en una frase.", maxLength: 400 }),
    issuer: select({ label: "Órgano que lo expide", options: site.issuers.map((o) => ({ value: o, label: o })) }),
    status: select({ label: "Estado", options: ACT_STATUSES, defaultValue: "vigente" }),
    valid_until: date({
      label: "Vigente hasta",
      hint: "Solo si el acto rige por un tiempo, como el presupuesto de un año o una circular para unas fechas: su último día. Pasada esa fecha, el portal lo muestra como «Vigencia cumplida».",
      required: false,
    }),
    modified_by: list({
      label: "Modificado por",
      hint: "Los actos que lo modifican (obligatorio si el estado es «Modificado»).",
      item: relation({ label: "Acto", collection: "normativa" }),
    }),
    repealed_by: relation({ label: "Derogado por", hint: "El acto que lo deroga (obligatorio si el estado es «Derogado»).", collection: "normativa", required: false }),
    attachment: file({ label: "Documento PDF", hint: "El acto firmado, escaneado o digital.", accept: [".pdf"], required: false }),
    hidden: hidden(),
    updated: updated(),
  };
}

const rule = object({
  label: "Regla de cálculo",
  hint: "Cómo se calcula el indicador a partir del contenido publicado.",
  fields: {
    collections: list({ label: "Colecciones", required: true, min: 1, item: string({ label: "Colección" }) }),
    where: list({
      label: "Condiciones",
      item: object({
        label: "Condición",
        fields: {
          field: string({ label: "Campo" }),
          equals: string({ label: "Igual a", required: false }),
          at_least: number({ label: "Como mínimo", required: false }),
          of: string({ label: "Proporción respecto al campo", hint: "Compara campo ÷ este campo con «Como mínimo».", required: false }),
        },
      }),
    }),
    measure: select({
      label: "Medida",
      options: options([
        ["count", "Número de entradas"],
        ["sum", "Suma de un campo"],
        ["share", "Proporción entre dos campos"],
        ["manual", "Valor medido e ingresado a mano"],
      ] as const),
      defaultValue: "count",
    }),
    field: string({ label: "Campo sumado o numerador", required: false }),
    total_field: string({ label: "Campo denominador", required: false }),
    group_by: string({ label: "Agrupar por", hint: "Cada grupo debe cumplir la meta (por ejemplo, «level»).", required: false }),
  },
});

function planFields() {
  return {
    title: string({ label: "Título", maxLength: 200 }),
    summary: text({ label: "Resumen", maxLength: 400 }),
    period: string({ label: "Vigencia", hint: "Años que cubre: «2008-2011».", pattern: { regex: /^\d{4}(-\d{4})?$/, description: "un año o un rango como «2008-2011»" } }),
    approved: date({ label: "Fecha de aprobación" }),
    approved_by: string({ label: "Aprobado por" }),
    tracked_until: date({
      label: "Seguimiento hasta",
      hint: "Último día que miden los indicadores; vacío: el 31 de diciembre del último año de la vigencia.",
      required: false,
    }),
    signatories: list({
      label: "Firmantes",
      required: true,
      min: 1,
      item: object({ label: "Firmante", fields: { name: string({ label: "Nombre" }), role: string({ label: "Cargo" }) } }),
    }),
    phases: list({
      label: "Fases y plazos",
      item: object({
        label: "Fase",
        fields: {
          phase: string({ label: "Fase" }),
          national_deadline: date({ label: "Plazo para entidades del orden nacional" }),
          territorial_deadline: date({ label: "Plazo para entidades del orden territorial" }),
        },
      }),
    }),
    actions: list({
      label: "Acciones",
      item: object({
        label: "Acción",
        fields: {
          action: string({ label: "Acción" }),
          benefit: text({ label: "Beneficios para los ciudadanos" }),
          indicator: text({ label: "Indicadores de gestión" }),
          target: text({ label: "Metas" }),
          activities: list({ label: "Actividades", required: true, min: 1, item: text({ label: "Actividad" }) }),
          responsible: list({ label: "Responsables", required: true, min: 1, item: string({ label: "Responsable" }) }),
          resources: list({ label: "Recursos", required: true, min: 1, item: string({ label: "Recurso" }) }),
          time: string({ label: "Tiempos" }),
          indicators: list({ label: "Indicadores calculados", hint: "Identificadores de los indicadores que miden esta acción.", item: string({ label: "Indicador" }) }),
        },
      }),
    }),
    support_intro: text({ label: "Introducción al soporte técnico", required: false }),
    support: list({
      label: "Soporte técnico",
      item: object({
        label: "Problema",
        fields: {
          problem: text({ label: "Problema" }),
          procedure: text({ label: "Procedimiento" }),
          assistance: list({ label: "Asistencia", required: true, min: 1, item: string({ label: "Canal" }) }),
        },
      }),
    }),
    incentives_intro: text({ label: "Introducción a los incentivos", required: false }),
    incentives: list({
      label: "Incentivos",
      item: object({ label: "Incentivo", fields: { title: string({ label: "Incentivo" }), description: text({ label: "Descripción" }) } }),
    }),
    indicators: list({
      label: "Indicadores",
      item: object({
        label: "Indicador",
        fields: {
          id: string({ label: "Identificador", pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, description: "minúsculas y guiones, como «frecuencia-actualizacion»" } }),
          name: string({ label: "Nombre" }),
          wording: text({ label: "Redacción en el plan", hint: "El indicador tal como lo escribe el plan." }),
          target: object({
            label: "Meta",
            fields: {
              value: number({ label: "Valor", min: 0 }),
              unit: string({ label: "Unidad", hint: "«publicaciones», «reuniones», «%»…" }),
              period: select({ label: "Periodo", options: PERIODS }),
              wording: string({ label: "Meta tal como la escribe el plan" }),
            },
          }),
          rule,
          measurements: list({
            label: "Mediciones ingresadas",
            hint: "Solo para indicadores que se miden a mano.",
            item: object({ label: "Medición", fields: { period: string({ label: "Periodo" }), value: number({ label: "Valor" }) } }),
          }),
        },
      }),
    }),
    hidden: hidden(),
    updated: updated(),
  };
}

export const EVENT_KINDS = options([
  ["capacitacion", "Capacitación"],
  ["taller", "Taller o socialización"],
  ["reunion", "Reunión"],
] as const);

export const LEVELS = options([
  ["local", "Local"],
  ["departamental", "Departamental"],
  ["nacional", "Nacional"],
  ["internacional", "Internacional"],
] as const);

function eventFields() {
  return {
    title: string({ label: "Título", maxLength: 160 }),
    kind: select({ label: "Tipo de evento", options: EVENT_KINDS }),
    date: datetime({ label: "Fecha y hora", hint: "Un evento futuro aparece en el calendario; cuenta en los indicadores cuando ya ocurrió." }),
    place: string({ label: "Lugar", maxLength: 200 }),
    summary: text({ label: "Resumen", maxLength: 320 }),
    attendees: number({ label: "Número de asistentes", hint: "Déjelo vacío hasta que el evento ocurra.", min: 0, integer: true, required: false }),
    members_present: number({ label: "Integrantes del comité presentes", min: 0, integer: true, required: false }),
    committee_size: number({ label: "Integrantes del comité en total", hint: "Para calcular qué parte del comité asistió.", min: 1, integer: true, required: false }),
    hidden: hidden(),
    updated: updated(),
  };
}

function agreementFields() {
  return {
    title: string({ label: "Título", hint: "Como «Convenio con la Gobernación de Santander».", maxLength: 200 }),
    entity: string({ label: "Entidad u organización", maxLength: 200 }),
    level: select({ label: "Nivel", options: LEVELS }),
    date: date({ label: "Fecha de firma" }),
    purpose: text({ label: "Objeto del convenio", maxLength: 600 }),
    number: string({ label: "Número", required: false, maxLength: 40 }),
    document: file({ label: "Documento PDF", accept: [".pdf"], required: false }),
    hidden: hidden(),
    updated: updated(),
  };
}

function pageFields() {
  return {
    title: string({ label: "Título", maxLength: 160 }),
    summary: text({ label: "Resumen", hint: "Una frase que describe la página.", maxLength: 320 }),
    updated: updated(),
  };
}

/** The acts a draft can become: those the administration issues after a public comment period. */
export const DRAFT_ACT_TYPES = ACT_TYPES.filter((t) => t.value === "decreto" || t.value === "acuerdo" || t.value === "resolucion");

export const COMMENT_DECISIONS = options([
  ["acogida", "Acogida"],
  ["parcial", "Acogida parcialmente"],
  ["no-acogida", "No acogida"],
] as const);

/**
 * A draft rule published for comment (Ley 1437 de 2011, art. 8, numeral 8; Decreto 1081 de 2015, art.
 * 2.1.2.1.14; Resolución 1519 de 2020, anexo 2, numeral 2.3): its text, its comment window, and after
 * it the matrix of comments received with the entity's answer to each.
 */
function draftFields(site: SiteData) {
  return {
    title: string({ label: "Título", hint: "Como «Proyecto de decreto por el cual se adopta…».", maxLength: 200 }),
    type: select({ label: "Tipo de acto", hint: "El acto que se expedirá si el proyecto se aprueba.", options: DRAFT_ACT_TYPES.map(({ value, label }) => ({ value, label })) }),
    date: datetime({ label: "Fecha de publicación", hint: "Una fecha futura deja el proyecto programado hasta ese día." }),
    summary: text({ label: "Resumen", hint: "Qué propone el proyecto y a quién afecta, en una o dos frases.", maxLength: 400 }),
    office: select({ label: "Dependencia responsable", hint: "La oficina que recibe y responde los comentarios.", options: site.offices.map((o) => ({ value: o, label: o })) }),
    opens: datetime({ label: "Abre para comentarios", hint: "Fecha y hora de Colombia desde la que se reciben comentarios." }),
    closes: datetime({ label: "Cierra para comentarios", hint: "Fecha y hora de Colombia hasta la que se reciben comentarios; después el formulario se cierra." }),
    document: file({ label: "Documento PDF", hint: "El proyecto firmado o su memoria justificativa. Si no escribe el texto abajo, este documento es obligatorio.", accept: [".pdf"], required: false }),
    matrix_date: date({
      label: "Fecha de publicación de la matriz",
      hint: "Después del cierre: el día en que la Alcaldía publica los comentarios recibidos y sus respuestas. Si no llegaron comentarios, ponga la fecha y deje la matriz vacía.",
      required: false,
    }),
    matrix: list({
      label: "Matriz de comentarios y respuestas",
      hint: "Un renglón por comentario recibido, con la respuesta de la Alcaldía. Los comentarios llegan al área del personal; no copie aquí datos personales de quien no autorizó publicarlos.",
      summary: "{{fields.author}}: {{fields.decision}}",
      item: object({
        label: "Comentario",
        fields: {
          author: string({ label: "Presentado por", hint: "Nombre u organización solo si quien comentó autorizó publicarlo; si no, «Ciudadano(a)».", maxLength: 160 }),
          received: date({ label: "Fecha de recibido" }),
          comment: text({ label: "Comentario u observación", hint: "El comentario recibido, o su síntesis fiel.", maxLength: 4000 }),
          decision: select({ label: "Decisión", options: COMMENT_DECISIONS }),
          answer: text({ label: "Respuesta de la Alcaldía", hint: "Por qué se acoge o no, y qué cambió en el texto.", maxLength: 4000 }),
        },
      }),
    }),
    issued_act: relation({ label: "Acto expedido", hint: "El decreto, acuerdo o resolución que finalmente se expidió a partir de este proyecto.", collection: "normativa", required: false }),
    hidden: hidden(),
    updated: updated(),
  };
}

export function defineCollections(site: SiteData) {
  const noticias = {
    name: "noticias",
    noun: "la noticia",
    label: "Noticias",
    labelSingular: "Noticia",
    folder: "noticias",
    description: "Noticias de la administración municipal.",
    fields: newsFields(site),
    body: { label: "Texto", hint: "El texto de la noticia.", required: true },
    dateField: "date",
    slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
    scheduled: true,
  } satisfies CollectionDef;
  const normativa = {
    name: "normativa",
    noun: "el acto",
    label: "Normativa",
    labelSingular: "Acto administrativo",
    folder: "normativa",
    description: "Decretos, acuerdos, resoluciones, circulares y actas.",
    fields: actFields(site),
    body: { label: "Texto completo", hint: "El texto íntegro del acto: es su versión accesible.", required: true },
    dateField: "date",
    slug: "{{type}}-{{number}}-{{year}}",
    scheduled: true,
  } satisfies CollectionDef;
  const planes = {
    name: "planes",
    noun: "el plan",
    label: "Planes",
    labelSingular: "Plan",
    folder: "planes",
    description: "Planes de acción y documentos de planeación.",
    fields: planFields(),
    body: { label: "Texto del plan", hint: "Marco legal, visión, objetivos y demás texto del documento.", required: true },
    dateField: "approved",
    slug: "{{slug}}",
    scheduled: true,
  } satisfies CollectionDef;
  const paginas = {
    name: "paginas",
    noun: "la página",
    label: "Páginas",
    labelSingular: "Página",
    folder: "paginas",
    description: "Páginas institucionales: quiénes somos, contacto, políticas.",
    fields: pageFields(),
    body: { label: "Texto", hint: "El contenido de la página.", required: true },
    dateField: "updated",
    slug: "{{slug}}",
    scheduled: false,
  } satisfies CollectionDef;
  const eventos = {
    name: "eventos",
    noun: "el evento",
    label: "Eventos",
    labelSingular: "Evento",
    folder: "eventos",
    description: "Capacitaciones, talleres de socialización y reuniones: el calendario de eventos.",
    fields: eventFields(),
    body: { label: "Descripción", hint: "Agenda, conclusiones o memorias del evento.", required: false },
    dateField: "date",
    slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
    scheduled: false,
  } satisfies CollectionDef;
  const convenios = {
    name: "convenios",
    noun: "el convenio",
    label: "Convenios",
    labelSingular: "Convenio",
    folder: "convenios",
    description: "Alianzas y convenios con entidades locales, departamentales, nacionales e internacionales.",
    fields: agreementFields(),
    body: { label: "Descripción", hint: "Compromisos, resultados y vigencia del convenio.", required: false },
    dateField: "date",
    slug: "{{year}}-{{slug}}",
    scheduled: true,
  } satisfies CollectionDef;
  const proyectos = {
    name: "proyectos",
    noun: "el proyecto de norma",
    label: "Proyectos de normas",
    labelSingular: "Proyecto de norma",
    folder: "proyectos",
    description: "Proyectos de decretos, acuerdos y resoluciones publicados para comentarios de la ciudadanía, con la matriz de respuestas.",
    fields: draftFields(site),
    body: { label: "Texto del proyecto", hint: "El texto íntegro del proyecto (su versión accesible). Si solo hay PDF, déjelo vacío y suba el documento.", required: false },
    dateField: "date",
    slug: "{{year}}-{{slug}}",
    scheduled: true,
  } satisfies CollectionDef;
  return { noticias, normativa, planes, paginas, eventos, convenios, proyectos };
}

export type Collections = ReturnType<typeof defineCollections>;
export type CollectionName = keyof Collections;
export const COLLECTION_NAMES = ["noticias", "normativa", "planes", "paginas", "eventos", "convenios", "proyectos"] as const satisfies readonly CollectionName[];

export type DataOf<C extends CollectionName> = Infer<Collections[C]["fields"]>;
export type NewsData = DataOf<"noticias">;
export type ActData = DataOf<"normativa">;
export type PlanData = DataOf<"planes">;
export type PageData = DataOf<"paginas">;
export type EventData = DataOf<"eventos">;
export type AgreementData = DataOf<"convenios">;
export type DraftData = DataOf<"proyectos">;

// Built once per definition: the dev server validates on every edit.
const schemas = new WeakMap<CollectionDef, z.ZodType<Record<string, unknown>>>();

export function entrySchema(def: CollectionDef): z.ZodType<Record<string, unknown>> {
  let schema = schemas.get(def);
  if (!schema) schemas.set(def, (schema = objectSchema(def.fields) as z.ZodType<Record<string, unknown>>));
  return schema;
}

export function fieldSpecs(def: CollectionDef): Record<string, FieldSpec> {
  return specsOf(def.fields);
}

export type { ContentDate };

/**
 * Pages the menu and the footer link to on every page; the law asks for most of them (Resolución
 * 1519 de 2020, anexo 2: policies and terms in the footer; "Participa"; a channel for requests).
 */
export const REQUIRED_PAGES = [
  { id: "atencion-al-ciudadano", why: "el menú principal y el pie de página enlazan al canal de peticiones, quejas, reclamos y denuncias" },
  { id: "participa", why: "el menú «Participa» es obligatorio (Resolución 1519 de 2020)" },
  { id: "politica-de-privacidad", why: "el pie de página debe enlazar la política de tratamiento de datos personales (Ley 1581 de 2012)" },
  { id: "terminos-y-condiciones", why: "el pie de página debe enlazar los términos y condiciones de uso" },
  { id: "accesibilidad", why: "el pie de página enlaza la declaración de accesibilidad" },
] as const;
