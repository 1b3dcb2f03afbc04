/**
 * Field names as the editor knows them: the labels of the CMS form, which come from the same field specs
 * (src/schema/) that the CMS configuration is generated from. Messages say «Imagen › Texto alternativo»,
 * not «image.alt», and count list items from 1, as the form shows them.
 */
import { slugify } from "../markdown/index.ts";
import { distance } from "../text/distance.ts";
import type { FieldSpec } from "../schema/fields.ts";

export type FieldPath = string | readonly PropertyKey[];

function segments(path: FieldPath): string[] {
  return (typeof path === "string" ? path.split(".") : path.map(String)).filter((s) => s !== "");
}

const INDEX = /^\d+$/;

/** The spec of the field a path names, or undefined when the path leaves the schema. */
export function specAt(fields: Record<string, FieldSpec>, path: FieldPath): FieldSpec | undefined {
  let spec: FieldSpec | undefined;
  for (const seg of segments(path)) {
    if (!spec) spec = Object.hasOwn(fields, seg) ? fields[seg] : undefined;
    else if (spec.kind === "list" && INDEX.test(seg)) spec = spec.item;
    else spec = spec.fields && Object.hasOwn(spec.fields, seg) ? spec.fields[seg] : undefined;
    if (!spec) return undefined;
  }
  return spec;
}

/**
 * «Teléfonos › 1 › Número» for `phones.0.number`. Segments the schema does not know keep their key, so a
 * label is always returned for a non-empty path.
 */
export function fieldLabel(fields: Record<string, FieldSpec>, path: FieldPath): string | undefined {
  const parts: string[] = [];
  let spec: FieldSpec | undefined;
  let known = true;
  for (const [i, seg] of segments(path).entries()) {
    if (known && i === 0) spec = Object.hasOwn(fields, seg) ? fields[seg] : undefined;
    else if (known && spec?.kind === "list" && INDEX.test(seg)) {
      parts.push(String(Number(seg) + 1));
      spec = spec.item;
      continue;
    } else if (known) spec = spec?.fields && Object.hasOwn(spec.fields, seg) ? spec.fields[seg] : undefined;
    if (!spec) known = false;
    parts.push(spec && known ? spec.label : INDEX.test(seg) ? String(Number(seg) + 1) : seg);
  }
  return parts.length ? parts.join(" › ") : undefined;
}

/** «Título» (title), «Fecha de publicación» (date)…: the fields a group admits, for an unknown-field message. */
export function allowedFields(fields: Record<string, FieldSpec>): string {
  return Object.entries(fields)
    .map(([key, spec]) => `«${spec.label}» (${key})`)
    .join(", ");
}

/** The field that was called `key` before it was renamed. */
export function renamedField(fields: Record<string, FieldSpec>, key: string): string | undefined {
  return Object.entries(fields).find(([, spec]) => spec.formerKeys?.includes(key))?.[0];
}

/**
 * The field an unknown key probably meant: its label written as a key («categoria» for «Categoría»), or
 * a key one or two letters away («titel» for «title»).
 */
export function closestField(fields: Record<string, FieldSpec>, unknown: string): string | undefined {
  const wanted = slugify(unknown);
  if (!wanted) return undefined;
  for (const [key, spec] of Object.entries(fields)) {
    const label = slugify(spec.label);
    if (label === wanted || label.split("-")[0] === wanted) return key;
  }
  let best: { key: string; d: number } | undefined;
  for (const key of Object.keys(fields)) {
    const d = distance(wanted.replace(/-/g, "_"), key);
    if (d <= Math.min(2, Math.floor(key.length / 3)) && (!best || d < best.d)) best = { key, d };
  }
  return best?.key;
}
