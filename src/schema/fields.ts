/**
 * The field vocabulary content types are written in. Each builder returns both the validator (zod) and a
 * plain description of the field; the build validates with the first, the CMS configuration is generated
 * from the second, and the layouts get their types from the first. One definition, three uses.
 */
import { z } from "zod";
import { MONTHS, parseContentDate, type ContentDate } from "../dates/index.ts";

export type FieldKind =
  | "string"
  | "text"
  | "date"
  | "datetime"
  | "select"
  | "boolean"
  | "number"
  | "image"
  | "file"
  | "relation"
  | "list"
  | "object";

export interface FieldSpec {
  kind: FieldKind;
  label: string;
  hint?: string;
  required: boolean;
  /** select */
  options?: readonly { value: string; label: string }[];
  /** list: the item's field; object: its fields */
  item?: FieldSpec;
  fields?: Record<string, FieldSpec>;
  /** relation: the collection the value names an entry of */
  collection?: string;
  multiple?: boolean;
  /** file: accepted extensions */
  accept?: readonly string[];
  /** number */
  min?: number;
  max?: number;
  integer?: boolean;
  /** string/text */
  maxLength?: number;
  pattern?: { regex: RegExp; description: string };
  defaultValue?: unknown;
  /** list: how the CMS names each item in the collapsed list, over the item's fields («{{fields.number}} {{fields.title}}»). */
  summary?: string;
  /** Keys this field had before it was renamed: a file that still uses one is told the new name. */
  formerKeys?: readonly string[];
}

export interface Field<T> {
  spec: FieldSpec;
  zod: z.ZodType<T>;
}

type Opt<T, R extends boolean> = R extends true ? T : T | undefined;

interface Common<R extends boolean> {
  label: string;
  hint?: string;
  required?: R;
}

/** Builds the field whose missing value is an error when required, and `undefined` otherwise. */
function finish<T, R extends boolean>(spec: FieldSpec, inner: z.ZodType<T>): Field<Opt<T, R>> {
  const zod = z.unknown().transform((v, ctx) => {
    if (isEmpty(v)) {
      if (!spec.required) return undefined;
      ctx.addIssue({ code: "custom", message: "es obligatorio y está vacío o falta" });
      return z.NEVER;
    }
    const r = inner.safeParse(v);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: spanishMessage(issue), path: issue.path as PropertyKey[] });
      return z.NEVER;
    }
    return r.data;
  });
  // zod 4 only lets a key be absent when its schema says so explicitly.
  return { spec, zod: (spec.required ? zod : zod.optional()) as unknown as z.ZodType<Opt<T, R>> };
}

/**
 * Nothing written: no value, blank text, or a group whose fields are all blank (the CMS writes an
 * optional image left empty as `image: { src: "", alt: "" }`).
 */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  if (v !== null && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const values = Object.values(v as Record<string, unknown>);
    return values.length > 0 && values.every(isEmpty);
  }
  return false;
}

/** zod's own wording is English; these are the cases our builders leave to zod. */
export function spanishMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `tiene ${issue.keys.length > 1 ? "campos" : "un campo"} que no se admite${issue.keys.length > 1 ? "n" : ""}: ${issue.keys.map((k) => `«${k}»`).join(", ")}`;
    case "invalid_type":
      return issue.message.startsWith("Invalid") ? `tiene un tipo de valor que no corresponde (se esperaba ${issue.expected})` : issue.message;
    default:
      return issue.message;
  }
}

/** A value as an editor would recognise it in a message, whatever it is. */
export function show(v: unknown): string {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return "una lista";
  if (v !== null && typeof v === "object") return "un grupo de campos";
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}

function stringType(spec: FieldSpec): z.ZodType<string> {
  let s = z.string({ error: "debe ser un texto" }).transform((v) => v.trim());
  return s.superRefine((v, ctx) => {
    if (spec.maxLength && v.length > spec.maxLength) {
      ctx.addIssue({ code: "custom", message: `debe tener como máximo ${spec.maxLength} caracteres (tiene ${v.length})` });
    }
    if (spec.pattern && !spec.pattern.regex.test(v)) {
      ctx.addIssue({ code: "custom", message: `debe ser ${spec.pattern.description}; se encontró «${v}»` });
    }
  }) as unknown as z.ZodType<string>;
}

export function string<R extends boolean = true>(
  o: Common<R> & { maxLength?: number; pattern?: FieldSpec["pattern"] },
): Field<Opt<string, R>> {
  const spec: FieldSpec = { kind: "string", label: o.label, hint: o.hint, required: o.required ?? true, maxLength: o.maxLength, pattern: o.pattern };
  return finish<string, R>(spec, stringType(spec));
}

/** A paragraph of plain text (no Markdown). */
export function text<R extends boolean = true>(o: Common<R> & { maxLength?: number }): Field<Opt<string, R>> {
  const spec: FieldSpec = { kind: "text", label: o.label, hint: o.hint, required: o.required ?? true, maxLength: o.maxLength };
  return finish<string, R>(spec, stringType(spec));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a day does not exist, in words: "febrero de 2024 tiene 29 días". Undefined when it does exist. */
function whyNoSuchDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `no hay mes ${month}: los meses van del 01 al 12`;
  if (day < 1 || day > daysIn(year, month)) return `${MONTHS[month - 1]} de ${year} tiene ${daysIn(year, month)} días`;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * What a date field expects, said for the field it is (with or without a time of day), and what is wrong
 * with what was written: the order of its parts, or a day the calendar does not have.
 */
export function dateMessage(v: unknown, reason: string, allowTime: boolean): string {
  const form = allowTime
    ? "una fecha con el formato AAAA-MM-DD, o una fecha y hora con el formato AAAA-MM-DDTHH:MM (por ejemplo 2024-03-15 o 2024-03-15T09:00, hora de Colombia)"
    : "una fecha con el formato AAAA-MM-DD (por ejemplo 2024-03-15)";
  if (typeof v !== "string" && typeof v !== "number") return `debe ser ${form}; se encontró «${show(v)}»`;
  const raw = String(v).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(raw);
  if (iso && / no existe/.test(reason)) {
    const why = whyNoSuchDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? (iso[4] ? "la hora va de 00:00 a 23:59" : undefined);
    return `debe ser ${allowTime ? "una fecha y hora que existan" : "una fecha que exista en el calendario"} («${raw}» no existe${why ? `: ${why}` : ""})`;
  }
  // 31/02/2024, 5-3-2024: the day first, as dates are written in Colombia.
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(raw);
  if (dmy) {
    const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const why = whyNoSuchDay(year, month, day);
    const time = dmy[4] !== undefined && allowTime ? `T${pad(Number(dmy[4]))}:${dmy[5]}` : "";
    return (
      `debe ser ${form}; se encontró «${raw}», con el día primero` +
      (why
        ? `, y además esa fecha no existe (${why})`
        : `: escríbala con el año primero, «${year}-${pad(month)}-${pad(day)}${time}»`)
    );
  }
  return `debe ser ${form}; se encontró «${raw}»`;
}

function dateType(allowTime: boolean): z.ZodType<ContentDate> {
  return z.unknown().transform((v, ctx) => {
    const r = parseContentDate(v);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: dateMessage(v, r.reason, allowTime) });
      return z.NEVER;
    }
    if (!allowTime && !r.value.dateOnly) {
      ctx.addIssue({ code: "custom", message: `debe ser solo una fecha AAAA-MM-DD, sin hora; se encontró «${r.value.raw}»` });
      return z.NEVER;
    }
    return r.value;
  });
}

/** A calendar date (AAAA-MM-DD). */
export function date<R extends boolean = true>(o: Common<R>): Field<Opt<ContentDate, R>> {
  return finish<ContentDate, R>({ kind: "date", label: o.label, hint: o.hint, required: o.required ?? true }, dateType(false));
}

/** A date, with an optional time of day in Bogota. */
export function datetime<R extends boolean = true>(o: Common<R>): Field<Opt<ContentDate, R>> {
  return finish<ContentDate, R>({ kind: "datetime", label: o.label, hint: o.hint, required: o.required ?? true }, dateType(true));
}

export function select<const V extends string, R extends boolean = true>(
  o: Common<R> & {
    options: readonly { value: V; label: string }[];
    defaultValue?: V;
    /** Values no longer admitted, each with what to write instead. */
    retired?: Record<string, string>;
  },
): Field<Opt<V, R>> {
  const values = o.options.map((x) => x.value);
  const list = o.options.map((x) => `«${x.value}»`).join(", ");
  const fold = (t: string) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();
  const inner = z.unknown().superRefine((v, ctx) => {
    if (typeof v === "string" && o.retired?.[v.trim()]) {
      ctx.addIssue({ code: "custom", message: o.retired[v.trim()]! });
    } else if (typeof v !== "string" || !values.includes(v as V)) {
      // «Educación» is what the CMS form shows for «educacion»: say which word goes in the file.
      const meant = typeof v === "string" ? o.options.find((x) => x.value !== x.label && (fold(x.label) === fold(v) || fold(x.value) === fold(v))) : undefined;
      const hint = meant ? `: en el archivo, la opción «${meant.label}» se escribe «${meant.value}»` : "";
      ctx.addIssue({ code: "custom", message: `debe ser uno de ${list}; se encontró «${show(v)}»${hint}` });
    }
  }) as unknown as z.ZodType<V>;
  return finish<V, R>(
    { kind: "select", label: o.label, hint: o.hint, required: o.required ?? true, options: o.options, defaultValue: o.defaultValue },
    inner,
  );
}

/** A yes/no flag; missing means `defaultValue`. */
export function boolean(o: { label: string; hint?: string; defaultValue: boolean; formerKeys?: readonly string[] }): Field<boolean> {
  const zod = z
    .unknown()
    .transform((v, ctx) => {
      if (v === undefined || v === null) return o.defaultValue;
      if (typeof v !== "boolean") {
        const quoted = typeof v === "string" && /^(?:true|false)$/i.test(v.trim());
        ctx.addIssue({
          code: "custom",
          message:
            `debe decir true (activado) o false (desactivado), así, en minúsculas y sin comillas; se encontró «${show(v)}»` +
            `${quoted ? " entre comillas" : ""}. En el administrador de contenidos basta con usar el interruptor «${o.label}»`,
        });
        return z.NEVER;
      }
      return v;
    });
  return {
    spec: { kind: "boolean", label: o.label, hint: o.hint, required: false, defaultValue: o.defaultValue, ...(o.formerKeys ? { formerKeys: o.formerKeys } : {}) },
    zod: zod.optional().transform((v) => v ?? o.defaultValue),
  };
}

export function number<R extends boolean = true>(
  o: Common<R> & { min?: number; max?: number; integer?: boolean },
): Field<Opt<number, R>> {
  const spec: FieldSpec = { kind: "number", label: o.label, hint: o.hint, required: o.required ?? true, min: o.min, max: o.max, integer: o.integer };
  const inner = z.unknown().transform((v, ctx) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      ctx.addIssue({ code: "custom", message: `debe ser un número; se encontró «${show(v)}»` });
      return z.NEVER;
    }
    if (o.integer && !Number.isInteger(v)) ctx.addIssue({ code: "custom", message: `debe ser un número entero; se encontró ${v}` });
    if (o.min !== undefined && v < o.min) ctx.addIssue({ code: "custom", message: `debe ser como mínimo ${o.min}; se encontró ${v}` });
    if (o.max !== undefined && v > o.max) ctx.addIssue({ code: "custom", message: `debe ser como máximo ${o.max}; se encontró ${v}` });
    return v;
  });
  return finish<number, R>(spec, inner);
}

/** Site-relative path of an uploaded file: "/media/…". No other host is ever referenced. */
const MEDIA_PATH = /^\/media\/[a-z0-9][a-z0-9._/-]*$/;

function mediaPath(accept: readonly string[], what: string): z.ZodType<string> {
  return z.unknown().transform((v, ctx) => {
    if (typeof v !== "string" || !MEDIA_PATH.test(v.trim()) || v.includes("..")) {
      ctx.addIssue({
        code: "custom",
        message: `debe ser la ruta de ${what} a la carpeta de medios, como «/media/archivo${accept[0]}» (minúsculas, sin espacios ni tildes); se encontró «${show(v)}»`,
      });
      return z.NEVER;
    }
    const p = v.trim();
    if (!accept.some((ext) => p.toLowerCase().endsWith(ext))) {
      ctx.addIssue({ code: "custom", message: `debe terminar en ${accept.join(" o ")}; se encontró «${p}»` });
      return z.NEVER;
    }
    return p;
  });
}

export interface ImageValue {
  src: string;
  alt: string;
}

/** An image always comes with its text alternative. */
export function image<R extends boolean = true>(o: Common<R>): Field<Opt<ImageValue, R>> {
  const fields = {
    src: { kind: "file", label: "Archivo de imagen", required: true, accept: [".jpg", ".jpeg", ".png", ".webp"] },
    alt: {
      kind: "string",
      label: "Texto alternativo",
      hint: "Describa la imagen para quien no puede verla (obligatorio).",
      required: true,
      maxLength: 250,
    },
  } satisfies Record<string, FieldSpec>;
  const inner = z
    .object(
      {
        src: mediaPath([".jpg", ".jpeg", ".png", ".webp"], "una imagen subida"),
        alt: z
          .string({ error: "es obligatorio: describa la imagen para quien no puede verla" })
          .trim()
          .min(1, { error: "es obligatorio: describa la imagen para quien no puede verla" })
          .max(250, { error: "debe tener como máximo 250 caracteres" }),
      },
      {
        error: (issue) =>
          issue.code === "unrecognized_keys"
            ? spanishMessage(issue as z.core.$ZodIssue)
            : "debe tener «src» (la ruta de la imagen) y «alt» (su descripción)",
      },
    )
    .strict();
  return finish<ImageValue, R>({ kind: "image", label: o.label, hint: o.hint, required: o.required ?? true, fields: { ...fields } }, inner);
}

/** An uploaded document (a PDF, say). */
export function file<R extends boolean = true>(o: Common<R> & { accept: readonly string[] }): Field<Opt<string, R>> {
  return finish<string, R>(
    { kind: "file", label: o.label, hint: o.hint, required: o.required ?? true, accept: o.accept },
    mediaPath(o.accept, "un archivo subido"),
  );
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The identifier (file name without .md) of an entry of another collection; checked to exist later. */
export function relation<R extends boolean = true>(o: Common<R> & { collection: string }): Field<Opt<string, R>> {
  const inner = z.unknown().transform((v, ctx) => {
    if (typeof v !== "string" || !SLUG.test(v)) {
      ctx.addIssue({ code: "custom", message: `debe ser el identificador de una entrada de «${o.collection}» (su nombre de archivo sin .md); se encontró «${show(v)}»` });
      return z.NEVER;
    }
    return v;
  });
  return finish<string, R>({ kind: "relation", label: o.label, hint: o.hint, required: o.required ?? true, collection: o.collection }, inner);
}

export function list<T, R extends boolean = false>(
  o: Common<R> & { item: Field<T>; min?: number; summary?: string },
): Field<Opt<NonNullable<T>[], R>> {
  const inner = z
    .array(o.item.zod, { error: "debe ser una lista" })
    .superRefine((v, ctx) => {
      if (o.min !== undefined && v.length < o.min) ctx.addIssue({ code: "custom", message: `debe tener al menos ${o.min} elemento(s)` });
    }) as unknown as z.ZodType<NonNullable<T>[]>;
  return finish<NonNullable<T>[], R>(
    { kind: "list", label: o.label, hint: o.hint, required: o.required ?? (false as R), item: o.item.spec, min: o.min, ...(o.summary ? { summary: o.summary } : {}) },
    inner,
  );
}

type Shape = Record<string, Field<unknown>>;
export type Infer<S extends Shape> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/** A problem a group's own rule finds across its fields: which field, and what is wrong. */
export interface GroupProblem {
  path?: (string | number)[];
  message: string;
}

/**
 * A group of fields; unknown keys are refused. `check` states a rule across its fields (one of two is
 * required, say) that no single field can; it runs once every field is valid.
 */
export function object<S extends Shape, R extends boolean = true>(
  o: Common<R> & { fields: S; check?: (value: Infer<S>) => GroupProblem[] },
): Field<Opt<Infer<S>, R>> {
  const schema = objectSchema(o.fields);
  const check = o.check;
  const inner = check
    ? (schema.superRefine((v, ctx) => {
        for (const p of check(v)) ctx.addIssue({ code: "custom", message: p.message, path: p.path ?? [] });
      }) as unknown as z.ZodType<Infer<S>>)
    : schema;
  return finish<Infer<S>, R>({ kind: "object", label: o.label, hint: o.hint, required: o.required ?? true, fields: specsOf(o.fields) }, inner);
}

export function specsOf(fields: Shape): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.spec]));
}

/** The strict object validator behind entries and nested groups. */
export function objectSchema<S extends Shape>(fields: S): z.ZodType<Infer<S>> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.zod]));
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? spanishMessage(issue as z.core.$ZodIssue) : "debe ser un grupo de campos (clave: valor)",
    }) as unknown as z.ZodType<Infer<S>>;
}
