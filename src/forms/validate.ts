/**
 * The one validator of citizen forms, in plain TypeScript with no dependencies: the Netlify Function runs
 * it on the server and the page's script bundles it for the browser, so both accept and refuse exactly
 * the same inputs (tests/forms/agreement.test.ts runs it in Node and in Chromium on the same cases).
 */
import { allFields, type FieldDef, type FileField, type FormDef, type When } from "./definition.ts";

export interface FileInfo {
  name: string;
  size: number;
  type: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Validated {
  errors: FieldError[];
  /** Cleaned values of the fields that apply (trimmed; fields hidden by a condition dropped). */
  data: Record<string, string>;
  /** The ticked options of each multiple-choice field that has any, in the order of its options. */
  choices: Record<string, string[]>;
}

/** What a form sent: one value per field, several for a multiple-choice field. */
export type SubmittedValues = Record<string, string | readonly string[] | undefined>;

/** The browser compiles `pattern` attributes with the `v` flag; so do we, so a pattern means the same. */
export function patternRegExp(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "v");
}

/** Control characters other than tab and newline are never part of what a person types. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
}

/** Length in UTF-16 code units: what the browser's `maxlength` counts, so both stop at the same text. */
export function textLength(value: string): number {
  return value.length;
}

export function holds(when: When | undefined, values: Record<string, string>): boolean {
  if (!when) return true;
  return when.in.includes(values[when.field] ?? "");
}

function isRequired(field: FieldDef, values: Record<string, string>): boolean {
  if (field.required === true) return true;
  if (!field.required) return false;
  return holds(field.required, values);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function checkFiles(field: FileField, files: readonly FileInfo[]): string | undefined {
  const real = files.filter((f) => f.name !== "" || f.size > 0);
  if (real.length > field.maxFiles) return field.tooMany;
  for (const f of real) {
    if (!field.types.some((t) => t.ext === extensionOf(f.name))) return `${field.badType} («${f.name}» no lo es)`;
  }
  for (const f of real) {
    if (f.size > field.maxBytes) return `«${f.name}» pesa ${formatBytes(f.size)}. ${field.tooBig}`;
  }
  const total = real.reduce((s, f) => s + f.size, 0);
  if (total > field.maxTotalBytes) return `Los archivos suman ${formatBytes(total)}. ${field.tooBig}`;
  return undefined;
}

/**
 * Checks submitted values against a form definition. `values` holds one string per field name (a
 * checkbox that was not ticked is absent); `files` the attachments chosen for the file field.
 */
export function validateForm(def: FormDef, rawValues: SubmittedValues, files: readonly FileInfo[] = []): Validated {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const field of allFields(def)) {
    const sent = rawValues[field.name];
    if (field.kind === "checkboxes") {
      const all = (typeof sent === "string" ? [sent] : [...(sent ?? [])]).map((v) => v.trim()).filter(Boolean);
      if (all.length) lists[field.name] = [...new Set(all)];
      continue;
    }
    // A single-value field keeps the first value sent, as the form never sends two.
    const raw = typeof sent === "string" ? sent : sent?.[0];
    if (typeof raw === "string") values[field.name] = field.kind === "textarea" || field.kind === "text" || field.kind === "email" || field.kind === "tel" ? cleanText(raw) : raw.trim();
  }
  const errors: FieldError[] = [];
  const data: Record<string, string> = {};
  const choices: Record<string, string[]> = {};
  for (const section of def.sections) {
    const sectionShown = holds(section.shownWhen, values);
    for (const field of section.fields) {
      if (!sectionShown || !holds(field.shownWhen, values)) continue;
      const message = checkField(field, values, files, lists[field.name] ?? []);
      if (message) errors.push({ field: field.name, message });
      else if (field.kind === "checkboxes") {
        const ticked = lists[field.name];
        if (ticked) choices[field.name] = field.options.map((o) => o.value).filter((v) => ticked.includes(v));
      } else if (field.kind !== "file" && values[field.name]) data[field.name] = values[field.name]!;
    }
  }
  return { errors, data, choices };
}

function checkField(field: FieldDef, values: Record<string, string>, files: readonly FileInfo[], ticked: readonly string[]): string | undefined {
  const value = values[field.name] ?? "";
  const required = isRequired(field, values);
  const missing = field.missing ?? `Complete «${field.label}»`;
  switch (field.kind) {
    case "checkboxes":
      if (ticked.some((v) => !field.options.some((o) => o.value === v))) return field.unknown ?? missing;
      return required && !ticked.length ? missing : undefined;
    case "file":
      return checkFiles(field, files);
    case "checkbox":
      if (value && value !== field.value) return missing;
      return required && !value ? missing : undefined;
    case "radio":
    case "select":
      if (!value) return required ? missing : undefined;
      return field.options.some((o) => o.value === value) ? undefined : (field.unknown ?? missing);
    default: {
      if (!value) return required ? missing : undefined;
      const length = textLength(value);
      if (length > field.maxLength) return `«${field.label}» puede tener como máximo ${field.maxLength} caracteres; tiene ${length}`;
      if (field.minLength && length < field.minLength) return field.invalid ?? `Escriba al menos ${field.minLength} caracteres en «${field.label}»`;
      const narrower = field.patternBy?.patterns[values[field.patternBy.field] ?? ""];
      // The narrower pattern speaks more precisely («solo con números»), so it is checked first.
      if (narrower && !patternRegExp(narrower.pattern).test(value)) return narrower.invalid;
      if (field.pattern && !patternRegExp(field.pattern).test(value)) return field.invalid ?? missing;
      return undefined;
    }
  }
}
