/**
 * The menu "Transparencia y acceso a la información pública" (Resolución MinTIC 1519 de 2020, Anexo 2,
 * 2.4.2): ten categories, and in them every numbered item the Procuraduría checks (src/schema/anexo2.ts).
 * Each item, or each of its sub-items, says where its information is published, why it does not apply,
 * or what is still missing: a missing item is said, never left out.
 */
import { z } from "zod";
import { ANEXO2, CANONICAL } from "./anexo2.ts";
import { list, number, object, objectSchema, select, string, text, type Field, type FieldSpec, type GroupProblem, type Infer } from "./fields.ts";

/** How often an item's information must be renewed; `months` undefined: only when it changes. */
export const FREQUENCIES = [
  { value: "semanal", label: "Semanal", days: 7 },
  { value: "mensual", label: "Mensual", months: 1 },
  { value: "trimestral", label: "Trimestral", months: 3 },
  { value: "semestral", label: "Semestral", months: 6 },
  { value: "anual", label: "Anual", months: 12 },
  { value: "cuatrienal", label: "Cada periodo de gobierno (cuatro años)", months: 48 },
  { value: "cuando-cambie", label: "Cada vez que cambie" },
] as const satisfies readonly { value: string; label: string; months?: number; days?: number }[];
export type Frequency = (typeof FREQUENCIES)[number]["value"];

export const LINK_PATTERN = {
  regex: /^(?:\/[a-z0-9/#._-]*|https:\/\/[a-z0-9.-]+\.gov\.co(?:\/[\w/#.?=&%-]*)?)$/,
  description: "una dirección dentro del sitio que empiece por «/», o una de un sitio del Estado (…gov.co) que empiece por «https://»",
};

/**
 * A numeral such as «1.4» or «1.4.c». Written without quotes, YAML reads 1.10 as the number 1,1: the
 * message says to quote it.
 */
function numeral(label: string, regex: RegExp, example: string): Field<string> {
  const spec: FieldSpec = { kind: "string", label, required: true, pattern: { regex, description: `un numeral como «${example}»` } };
  const zod = z.unknown().transform((v, ctx) => {
    if (typeof v === "number") {
      ctx.addIssue({ code: "custom", message: `debe ir entre comillas, como "${example}": sin ellas, un numeral como 1.10 se lee como el número 1,1 (se encontró ${v})` });
      return z.NEVER;
    }
    const s = typeof v === "string" ? v.trim() : "";
    if (!regex.test(s)) {
      ctx.addIssue({ code: "custom", message: s ? `debe ser un numeral como «${example}»; se encontró «${s}»` : `es obligatorio: el numeral, como «${example}»` });
      return z.NEVER;
    }
    return s;
  });
  return { spec, zod: zod as unknown as z.ZodType<string> };
}

const ITEM_NUMBER = /^\d{1,2}\.\d{1,2}$/;
const SUBITEM_NUMBER = /^\d{1,2}\.\d{1,2}\.(?:\d{1,2}|[a-z])$/;

/** Where an item's information is, and what the site cannot know about it (who produces it, who answers for it). */
function placementFields() {
  return {
    link: string({
      label: "Enlace",
      hint: "Dónde está publicada la información: una dirección del sitio, como «/normativa/» o «/contacto/#horario-de-atencion-presencial», o la dirección completa de un sistema del Estado (SECOP II, SUIT, SUIN-Juriscol…) que empiece por «https://».",
      required: false,
      pattern: LINK_PATTERN,
    }),
    missing: text({
      label: "Falta publicar",
      hint: "Si la información aplica a la entidad pero el portal no la tiene todavía, dígalo aquí: qué falta y cómo pedirla mientras tanto. El ciudadano lo lee tal cual, y el índice de la Procuraduría lo cuenta como no cumplido. Puede dejar además un enlace a lo más cercano que sí está publicado.",
      required: false,
    }),
    not_applicable: text({ label: "No aplica: razón legal", hint: "Si el numeral no aplica a la entidad, la norma que lo explica.", required: false }),
    frequency: select({
      label: "Frecuencia de actualización",
      hint: "Cada cuánto debe renovarse la información. Obligatoria si hay enlace; el portal avisa cuando lo enlazado es más antiguo.",
      options: FREQUENCIES.map(({ value, label }) => ({ value, label })),
      required: false,
    }),
    note: text({ label: "Nota", hint: "Una aclaración para el ciudadano.", required: false }),
    producer: string({ label: "Responsable de la producción", hint: "La dependencia que produce la información, si el portal no puede saberlo por el contenido enlazado (Esquema de publicación).", required: false }),
    responsible: string({ label: "Responsable de la información", hint: "La dependencia que responde por la información (Esquema de publicación); vacío: la del esquema.", required: false }),
  };
}

type Placement = { link?: string; missing?: string; not_applicable?: string; frequency?: Frequency; number: string; title?: string };

const L = {
  link: "«Enlace» (link)",
  missing: "«Falta publicar» (missing)",
  na: "«No aplica: razón legal» (not_applicable)",
  frequency: "«Frecuencia de actualización» (frequency)",
};

/** The rules one item or sub-item keeps by itself: a link and a legal reason exclude each other. */
function ownProblems(p: Placement, path: (string | number)[] = []): GroupProblem[] {
  const out: GroupProblem[] = [];
  const name = `el numeral ${p.number}${p.title ? ` «${p.title}»` : ""}`;
  if (p.link && p.not_applicable) out.push({ path, message: `${name} tiene ${L.link} y ${L.na}: si no aplica, borre el enlace; si está publicado, borre la razón` });
  if (p.missing && p.not_applicable) out.push({ path, message: `${name} dice a la vez que falta publicar y que no aplica: deje solo uno de los dos` });
  return out;
}

/**
 * What a leaf (an item without sub-items, or a sub-item) says, its own words or, when it says nothing of
 * where it is, its item's: an item's link, «Falta publicar» or «No aplica» stand for the sub-items that
 * say nothing else. The frequency, producer and office are inherited one by one.
 */
export function effectivePlacement<P extends Omit<Placement, "number" | "title"> & { note?: string; producer?: string; responsible?: string }>(
  own: P,
  parent?: P,
): Pick<P, "link" | "missing" | "not_applicable" | "frequency" | "note" | "producer" | "responsible"> & { inherited: boolean } {
  const says = Boolean(own.link || own.missing || own.not_applicable);
  const from = says || !parent ? own : parent;
  return {
    link: from.link,
    missing: from.missing,
    not_applicable: from.not_applicable,
    note: own.note ?? (says ? undefined : parent?.note),
    frequency: own.frequency ?? parent?.frequency,
    producer: own.producer ?? parent?.producer,
    responsible: own.responsible ?? parent?.responsible,
    inherited: !says && Boolean(parent),
  };
}

/** Whether a leaf says where it is, why not, or what is missing; and how often, when it is published. */
function leafProblems(p: Placement, parent: Placement | undefined, path: (string | number)[]): GroupProblem[] {
  const e = effectivePlacement(p, parent);
  const name = `el numeral ${p.number}${p.title ? ` «${p.title}»` : ""}`;
  if (!e.link && !e.missing && !e.not_applicable) {
    return [
      {
        path,
        message:
          `${name} no dice dónde está la información: escriba su ${L.link}, o ${L.na} si no aplica, o ${L.missing} si aplica pero el portal no la tiene` +
          (parent ? ` (o dígalo en el numeral ${parent.number}, y vale para todos sus subnumerales)` : ""),
      },
    ];
  }
  if (e.link && !e.missing && !e.not_applicable && !e.frequency) {
    return [{ path, message: `${name} tiene enlace y le falta la ${L.frequency}: cada cuánto debe renovarse esa información` }];
  }
  return [];
}

const subitem = object({
  label: "Subnumeral",
  fields: {
    number: numeral("Numeral", SUBITEM_NUMBER, "1.4.a"),
    title: string({ label: "Título", hint: "Vacío: el del anexo 2.", required: false }),
    ...placementFields(),
  },
  check: (v) => ownProblems(v as Placement),
});

const item = object({
  label: "Numeral",
  fields: {
    number: numeral("Numeral", ITEM_NUMBER, "1.4"),
    title: string({ label: "Título", hint: "Vacío: el del anexo 2.", required: false }),
    ...placementFields(),
    subitems: list({
      label: "Subnumerales",
      summary: "{{fields.number}} {{fields.title}}",
      hint: "Lo que no diga un subnumeral lo toma de su numeral: si el numeral tiene enlace, «Falta publicar» o «No aplica», vale para los subnumerales que no digan otra cosa.",
      item: subitem,
    }),
  },
  check: (v) => {
    const p = v as Placement & { subitems?: Placement[] };
    const out = ownProblems(p);
    const subs = p.subitems ?? [];
    if (!subs.length) return [...out, ...leafProblems(p, undefined, [])];
    subs.forEach((s, n) => {
      out.push(...leafProblems(s, p, ["subitems", n]));
      if (!s.number.startsWith(`${p.number}.`)) out.push({ path: ["subitems", n, "number"], message: `«${s.number}» no es un subnumeral de ${p.number}: debe empezar por «${p.number}.»` });
    });
    return out;
  },
});

export const transparencyFields = {
  intro: text({ label: "Introducción" }),
  // Which of the ten is missing is said by name (completeness), not as a count.
  categories: list({
    label: "Categorías",
    required: true,
    summary: "{{fields.number}}. {{fields.title}}",
    item: object({
      label: "Categoría",
      fields: {
        number: number({ label: "Número", min: 1, max: 10, integer: true }),
        title: string({ label: "Título" }),
        items: list({ label: "Numerales", required: true, min: 1, item, summary: "{{fields.number}} {{fields.title}}" }),
      },
      check: (c) =>
        c.items.flatMap((it, n) =>
          it.number.startsWith(`${c.number}.`) ? [] : [{ path: ["items", n, "number"], message: `«${it.number}» no es un numeral de la categoría ${c.number}: debe empezar por «${c.number}.»` }],
        ),
    }),
  }),
} as const;

export type TransparencyData = Infer<typeof transparencyFields>;
export type TransparencyCategory = TransparencyData["categories"][number];
export type TransparencyItem = TransparencyCategory["items"][number];
export type TransparencySubitem = NonNullable<TransparencyItem["subitems"]>[number];

/**
 * Every numeral of the annex must appear, once, under its category: one that does not apply still
 * appears, with its reason (Resolución 1519 de 2020, anexo 2). Numerals the list does not know are
 * allowed (the official text may have items this list lacks) as long as they have a title.
 */
function completeness(data: TransparencyData): GroupProblem[] {
  const out: GroupProblem[] = [];
  const seen = new Map<string, string>();
  data.categories.forEach((c, ci) => {
    c.items.forEach((it, ii) => {
      const where = ["categories", ci, "items", ii];
      const entries: [string, string | undefined, (string | number)[]][] = [
        [it.number, it.title, where],
        ...(it.subitems ?? []).map((s, si) => [s.number, s.title, [...where, "subitems", si]] as [string, string | undefined, (string | number)[]]),
      ];
      for (const [num, title, path] of entries) {
        if (seen.has(num)) out.push({ path: [...path, "number"], message: `repite el numeral ${num}, que ya está ${seen.get(num)}: cada numeral va una sola vez` });
        seen.set(num, `en la categoría ${c.number}`);
        if (!CANONICAL.has(num) && !title) out.push({ path: [...path, "title"], message: `el numeral ${num} no está en la lista del anexo 2 que conoce el portal: escriba su título` });
      }
    });
  });
  const numbers = data.categories.map((c) => c.number);
  for (const cat of ANEXO2) {
    if (!numbers.includes(cat.number)) {
      out.push({ path: ["categories"], message: `falta la categoría ${cat.number}, «${cat.title}», que la ley exige aunque no aplique` });
      continue;
    }
    for (const it of cat.items) {
      for (const num of [it.number, ...(it.sub ?? []).map((s) => s.number)]) {
        if (!seen.has(num)) {
          const canonical = CANONICAL.get(num)!;
          out.push({
            path: ["categories", numbers.indexOf(cat.number)],
            message: `falta el numeral ${num}, «${canonical.title}», de la categoría ${cat.number}: todo numeral del anexo 2 debe aparecer, aunque no aplique (dígalo con su razón legal) o falte publicarlo`,
          });
        }
      }
    }
  }
  const dupCats = numbers.filter((n, k) => numbers.indexOf(n) !== k);
  for (const n of new Set(dupCats)) out.push({ path: ["categories"], message: `repite la categoría ${n}` });
  return out;
}

export const transparencySchema = (objectSchema(transparencyFields) as z.ZodType<TransparencyData>).superRefine((v, ctx) => {
  for (const p of completeness(v)) ctx.addIssue({ code: "custom", message: p.message, path: p.path ?? [] });
}) as unknown as z.ZodType<TransparencyData>;

/** The ten categories, in the order and wording of the annex. */
export const TRANSPARENCY_CATEGORIES = ANEXO2.map((c) => c.title);

