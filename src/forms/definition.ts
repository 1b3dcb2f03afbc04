/**
 * Forms citizens fill in are data: a list of fields with their kind, limits, options and the conditions
 * under which they are required. The same definition gives the HTML constraint attributes
 * (src/forms/attributes.ts), the browser's checks and the server's checks (src/forms/validate.ts). It
 * imports nothing, so the browser script that bundles it stays small.
 */

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** A condition on another field's submitted value: `field` equals one of `in`. */
export interface When {
  field: string;
  in: readonly string[];
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  /** Always required (true), never (false/absent), or only when a condition holds. */
  required?: boolean | When;
  /** Shown (and accepted) only when the condition holds; otherwise the value is dropped. */
  shownWhen?: When;
  /** Message when a required field is empty: GOV.UK style, says what to do. */
  missing?: string;
  /** HTML autocomplete token. */
  autocomplete?: string;
}

export interface TextField extends FieldBase {
  kind: "text" | "email" | "tel" | "textarea";
  minLength?: number;
  maxLength: number;
  /** Whole-value pattern (no anchors: they are added). */
  pattern?: string;
  /** Message when the pattern does not match. */
  invalid?: string;
  /** Narrower patterns chosen by another field's value (e.g. the ID number by the ID type). */
  patternBy?: { field: string; patterns: Record<string, { pattern: string; invalid: string }> };
  inputmode?: "numeric" | "tel" | "email" | "text";
  /** Visible width hint for short inputs (GOV.UK width classes). */
  width?: 5 | 10 | 20 | 30;
  /** Visible lines of a textarea (8 unless said). */
  rows?: number;
}

export interface ChoiceField extends FieldBase {
  kind: "radio" | "select";
  options: readonly Option[];
  /** Message for a value that is none of the options (a tampered or outdated form); `missing` if absent. */
  unknown?: string;
}

/** Several options may be ticked: the field's name is sent once per ticked option. */
export interface ChoicesField extends FieldBase {
  kind: "checkboxes";
  options: readonly Option[];
  unknown?: string;
}

export interface CheckboxField extends FieldBase {
  kind: "checkbox";
  /** The value sent when ticked. */
  value: string;
}

export interface FileField extends FieldBase {
  kind: "file";
  maxFiles: number;
  /** Per file and in total, in bytes. */
  maxBytes: number;
  maxTotalBytes: number;
  /** Allowed extensions (lower case, no dot) and the MIME types the browser may report for them. */
  types: readonly { ext: string; mime: readonly string[]; label: string }[];
  /** What to do when a file does not fit: the other channels. */
  tooBig: string;
  badType: string;
  tooMany: string;
}

export type FieldDef = TextField | ChoiceField | ChoicesField | CheckboxField | FileField;

/** A group of fields shown together (a fieldset with a legend), in order. */
export interface Section {
  id: string;
  legend: string;
  hint?: string;
  shownWhen?: When;
  fields: readonly FieldDef[];
}

export interface FormDef {
  id: string;
  /** Bumped whenever the fields change, stored with each submission. */
  version: string;
  sections: readonly Section[];
  /** Spam defences that need no outside service. */
  spam: { honeypot: string; honeypotLabel: string; minSeconds: number };
}

export function allFields(def: FormDef): FieldDef[] {
  return def.sections.flatMap((s) => [...s.fields]);
}

export function fieldByName(def: FormDef, name: string): FieldDef | undefined {
  return allFields(def).find((f) => f.name === name);
}
