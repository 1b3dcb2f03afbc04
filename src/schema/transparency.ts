/**
 * The menu "Transparencia y acceso a la información pública" (Resolución MinTIC 1519 de 2020, Anexo 2,
 * 2.4.2): ten categories, each item linking to its content or saying why it does not apply.
 */
import { list, number, object, objectSchema, string, text, type Infer } from "./fields.ts";

export const transparencyFields = {
  intro: text({ label: "Introducción" }),
  categories: list({
    label: "Categorías",
    required: true,
    min: 10,
    item: object({
      label: "Categoría",
      fields: {
        number: number({ label: "Número", min: 1, max: 10, integer: true }),
        title: string({ label: "Título" }),
        items: list({
          label: "Elementos",
          required: true,
          min: 1,
          item: object({
            label: "Elemento",
            fields: {
              title: string({ label: "Título" }),
              link: string({
                label: "Enlace",
                hint: "Dirección dentro del sitio, como «/normativa/», o la dirección completa de un sistema del Estado donde se publica (SECOP II, SUIT), que empiece por «https://».",
                required: false,
                pattern: {
                  regex: /^(?:\/[a-z0-9/#._-]*|https:\/\/[a-z0-9.-]+\.gov\.co(?:\/[\w/#.?=&%-]*)?)$/,
                  description: "una dirección dentro del sitio que empiece por «/», o una de un sitio del Estado (…gov.co) que empiece por «https://»",
                },
              }),
              not_applicable: text({ label: "No aplica: razón legal", hint: "Si el elemento no aplica a la entidad, la norma que lo explica.", required: false }),
              note: text({ label: "Nota", required: false }),
            },
          }),
        }),
      },
    }),
  }),
} as const;

export const transparencySchema = objectSchema(transparencyFields);
export type TransparencyData = Infer<typeof transparencyFields>;

/** The ten categories, in the order and wording of the annex. */
export const TRANSPARENCY_CATEGORIES = [
  "Información de la entidad",
  "Normativa",
  "Contratación",
  "Planeación, presupuesto e informes",
  "Trámites",
  "Participa",
  "Datos abiertos",
  "Información específica para grupos de interés",
  "Obligación de reporte de información específica por parte de la entidad",
  "Información tributaria en entidades territoriales locales",
] as const;
