/**
 * HTML constraint attributes of a field, from the same definition the validator reads: what the browser
 * can check by itself without JavaScript (only unconditional requirements: HTML has no «required if»).
 */
import type { FieldDef } from "./definition.ts";

export interface InputAttributes {
  type?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  inputMode?: "numeric" | "tel" | "email" | "text";
  autoComplete?: string;
  accept?: string;
  multiple?: boolean;
}

export function constraintAttributes(field: FieldDef): InputAttributes {
  const required = field.required === true ? { required: true } : {};
  switch (field.kind) {
    case "text":
    case "email":
    case "tel":
    case "textarea":
      return {
        ...(field.kind === "textarea" ? {} : { type: field.kind }),
        ...required,
        maxLength: field.maxLength,
        ...(field.minLength ? { minLength: field.minLength } : {}),
        // A textarea has no pattern attribute; the validator still checks it.
        ...(field.pattern && field.kind !== "textarea" ? { pattern: field.pattern } : {}),
        ...(field.inputmode ? { inputMode: field.inputmode } : {}),
        ...(field.autocomplete ? { autoComplete: field.autocomplete } : {}),
      };
    case "file":
      return {
        type: "file",
        multiple: field.maxFiles > 1,
        accept: [...new Set(field.types.flatMap((t) => [`.${t.ext}`, ...t.mime]))].join(","),
      };
    case "checkbox":
      return { type: "checkbox", ...required };
    case "radio":
      return { type: "radio", ...required };
    // HTML's required on a checkbox means that one box: «at least one» is left to the validator.
    case "checkboxes":
      return { type: "checkbox" };
    case "select":
      return { ...required };
  }
}

export const fieldId = (name: string) => `campo-${name.replace(/_/g, "-")}`;
export const hintId = (name: string) => `${fieldId(name)}-ayuda`;
export const errorId = (name: string) => `${fieldId(name)}-error`;
/** Where the error summary links: the field, or a radio group's first option. */
export function anchorId(field: FieldDef): string {
  return field.kind === "radio" || field.kind === "checkboxes" ? `${fieldId(field.name)}-${field.options[0]!.value.replace(/_/g, "-")}` : fieldId(field.name);
}
export const optionId = (name: string, value: string) => `${fieldId(name)}-${value.replace(/_/g, "-")}`;
