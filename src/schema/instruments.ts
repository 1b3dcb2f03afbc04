/**
 * The three instruments of information management (Ley 1712 de 2014, arts. 13 and 20; Decreto 103 de
 * 2015, compiled in Decreto 1081 de 2015) and the open-data settings, as the files editors keep in
 * content/instrumentos/ and content/datos-abiertos.yaml. Each instrument's columns are the legal ones
 * (/work/shared/reference.md); what the site can compute (the Esquema de Publicación, the rows of the
 * Registro for the site's own collections, every dataset's rows) is not typed here.
 */
import { date, list, number, object, relation, select, string, text, type GroupProblem, type Infer } from "./fields.ts";
import type { SiteData } from "./site.ts";
import { FREQUENCIES, LINK_PATTERN } from "./transparency.ts";

export const INSTRUMENT_FILES = {
  registro: "instrumentos/registro-de-activos.yaml",
  indice: "instrumentos/indice-de-informacion-clasificada.yaml",
  esquema: "instrumentos/esquema-de-publicacion.yaml",
  datos: "datos-abiertos.yaml",
} as const;

export const MEDIA = [
  { value: "electronico", label: "Electrónico" },
  { value: "fisico", label: "Físico" },
  { value: "fisico-y-electronico", label: "Físico y electrónico" },
] as const;

export const EXCEPTION_SCOPES = [
  { value: "total", label: "Total" },
  { value: "parcial", label: "Parcial" },
] as const;

/** Ley 1712 de 2014: art. 18 (harm to persons' rights) and art. 19 (harm to public interests). */
export const EXCEPTION_KINDS = [
  { value: "clasificada", label: "Información clasificada (Ley 1712 de 2014, artículo 18)" },
  { value: "reservada", label: "Información reservada (Ley 1712 de 2014, artículo 19)" },
] as const;

/** Ley 1712 de 2014, art. 22: a reserve lasts at most fifteen years. */
export const MAX_RESERVE_YEARS = 15;

export const LICENCES = [
  { value: "cc-by-4.0", label: "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)", url: "https://creativecommons.org/licenses/by/4.0/" },
  { value: "cc-by-sa-4.0", label: "Creative Commons Atribución-CompartirIgual 4.0 Internacional (CC BY-SA 4.0)", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  { value: "cc0-1.0", label: "Dominio público (CC0 1.0 Universal)", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
] as const;

const officeOptions = (names: readonly string[]) => [...new Set(names)].map((o) => ({ value: o, label: o }));

function adoptedBy() {
  return relation({
    label: "Acto que lo adopta",
    hint: "El acto administrativo (decreto o resolución) que adopta este instrumento, publicado en Normativa. Vacío si todavía no se ha expedido: el portal lo dice así.",
    collection: "normativa",
    required: false,
  });
}

/** Anexo 2 asks for each instrument's link to its copy on the national open-data portal. */
function datosGovCo(what: string) {
  return string({
    label: "Publicación en datos.gov.co",
    hint: `La dirección de ${what} en el Portal de Datos Abiertos del Estado, cuando ya esté registrado allí. Vacía: el portal dice que falta.`,
    required: false,
    pattern: { regex: /^https:\/\/www\.datos\.gov\.co\/[A-Za-z0-9/._-]+$/, description: "una dirección de datos.gov.co, como «https://www.datos.gov.co/d/abcd-1234»" },
  });
}

function language() {
  return string({ label: "Idioma", hint: "Normalmente «Español».", maxLength: 60 });
}

function medium() {
  return select({ label: "Medio de conservación o soporte", options: MEDIA });
}

export function registryFields() {
  return {
    adopted_by: adoptedBy(),
    datos_gov_co: datosGovCo("este registro"),
    reviewed: date({ label: "Última revisión", hint: "La fecha en que se revisó por última vez el registro completo." }),
    rows: list({
      label: "Categorías de información",
      summary: "{{fields.category}}",
      hint: "Las categorías de información que la Alcaldía tiene y que el portal no publica como colección propia (esas las agrega el portal).",
      item: object({
        label: "Categoría",
        fields: {
          category: string({ label: "Nombre o título de la categoría de información", maxLength: 200 }),
          description: text({ label: "Descripción del contenido de la categoría", maxLength: 600 }),
          language: language(),
          medium: medium(),
          format: string({ label: "Formato", hint: "Como «PDF», «Hoja de cálculo», «Papel».", maxLength: 120 }),
          published_at: string({
            label: "Dónde está publicada",
            hint: "Si la información está publicada, su dirección en el sitio o en un sistema del Estado. Vacío: está disponible y se entrega a quien la pida.",
            required: false,
            pattern: LINK_PATTERN,
          }),
        },
      }),
    }),
  };
}

export function indexFields(site: SiteData) {
  return {
    adopted_by: adoptedBy(),
    datos_gov_co: datosGovCo("este índice"),
    reviewed: date({ label: "Última revisión", hint: "La fecha en que se revisó por última vez el índice completo." }),
    rows: list({
      label: "Información clasificada o reservada",
      summary: "{{fields.title}}",
      item: object({
        label: "Información",
        fields: {
          category: string({ label: "Nombre o título de la categoría de información", maxLength: 200 }),
          title: string({ label: "Nombre o título de la información", maxLength: 200 }),
          language: language(),
          medium: medium(),
          generated: string({ label: "Fecha de generación de la información", hint: "Una fecha (AAAA-MM-DD) o un periodo: «Desde 2008», «Cada vez que se recibe una petición».", maxLength: 120 }),
          producer: select({ label: "Responsable de la producción de la información", options: officeOptions([...site.offices, ...site.issuers]) }),
          responsible: select({ label: "Responsable de la información", options: officeOptions(site.offices) }),
          kind: select({ label: "Tipo de excepción", hint: "Clasificada si protege derechos de las personas (artículo 18); reservada si protege intereses públicos (artículo 19).", options: EXCEPTION_KINDS }),
          legitimate_aim: text({ label: "Objetivo legítimo de la excepción", hint: "Qué derecho o interés protege no divulgarla.", maxLength: 600 }),
          constitutional_basis: text({ label: "Fundamento constitucional o legal", hint: "La norma de la Constitución o de la ley que permite la excepción.", maxLength: 600 }),
          exception_basis: text({ label: "Fundamento jurídico de la excepción", hint: "El artículo y literal precisos en que se apoya (por ejemplo, de la Ley 1712 de 2014).", maxLength: 600 }),
          scope: select({ label: "Excepción total o parcial", options: EXCEPTION_SCOPES }),
          term_years: number({
            label: "Plazo de la clasificación o reserva, en años",
            hint: `Obligatorio para información reservada: como máximo ${MAX_RESERVE_YEARS} años (Ley 1712 de 2014, artículo 22). Vacío para información clasificada: su excepción no tiene plazo.`,
            min: 1,
            max: MAX_RESERVE_YEARS,
            integer: true,
            required: false,
          }),
        },
        check: (row): GroupProblem[] =>
          row.kind === "reservada" && row.term_years === undefined
            ? [{ path: ["term_years"], message: `es obligatorio para información reservada («${row.title}»): escriba cuántos años dura la reserva, ${MAX_RESERVE_YEARS} como máximo (Ley 1712 de 2014, artículo 22)` }]
            : [],
      }),
    }),
  };
}

export function schemeFields(site: SiteData) {
  return {
    adopted_by: adoptedBy(),
    datos_gov_co: datosGovCo("este esquema"),
    producer: select({
      label: "Responsable de la producción, por omisión",
      hint: "Para la información cuyo productor el portal no sabe por el contenido (las páginas, los sistemas externos). Cada numeral de transparencia puede decir otro.",
      options: officeOptions([...site.offices, ...site.issuers]),
    }),
    responsible: select({
      label: "Responsable de la información, por omisión",
      hint: "La dependencia que responde por la información publicada, salvo que el numeral de transparencia diga otra.",
      options: officeOptions(site.offices),
    }),
  };
}

export const DATASET_IDS = ["normativa", "eventos", "convenios", "indicadores"] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

const DATASET_LABELS: Record<DatasetId, string> = {
  normativa: "Normativa (actos administrativos y actas)",
  eventos: "Eventos",
  convenios: "Convenios",
  indicadores: "Indicadores de los planes",
};

export function openDataFields(site: SiteData) {
  const dataset = (id: DatasetId) =>
    object({
      label: DATASET_LABELS[id],
      fields: {
        responsible: select({ label: "Dependencia responsable", hint: "La que responde por los datos y atiende las preguntas sobre ellos.", options: officeOptions(site.offices) }),
        frequency: select({ label: "Frecuencia de actualización", options: FREQUENCIES.map(({ value, label }) => ({ value, label })) }),
        datos_gov_co: datosGovCo("este conjunto de datos"),
      },
    });
  return {
    licence: select({ label: "Licencia", hint: "La licencia con que se publican todos los conjuntos de datos.", options: LICENCES.map(({ value, label }) => ({ value, label })) }),
    normativa: dataset("normativa"),
    eventos: dataset("eventos"),
    convenios: dataset("convenios"),
    indicadores: dataset("indicadores"),
  };
}

export type RegistryData = Infer<ReturnType<typeof registryFields>>;
export type IndexData = Infer<ReturnType<typeof indexFields>>;
export type SchemeData = Infer<ReturnType<typeof schemeFields>>;
export type OpenDataData = Infer<ReturnType<typeof openDataFields>>;
export type RegistryRow = NonNullable<RegistryData["rows"]>[number];
export type IndexRow = NonNullable<IndexData["rows"]>[number];
