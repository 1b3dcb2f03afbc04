/** Problems found in content, worded for the editor: zod's findings and the reader's, named by form label. */
import type { z } from "zod";
import { spanishMessage, type FieldSpec } from "../schema/fields.ts";
import type { ContentIssue } from "./errors.ts";
import type { FrontMatterError } from "./frontmatter.ts";
import { allowedFields, closestField, fieldLabel, renamedField, specAt } from "./labels.ts";

/** An issue about one field, named as the CMS form names it. */
export function fieldIssue(file: string, fields: Record<string, FieldSpec>, field: string, message: string, line?: number): ContentIssue {
  return { file, field, label: fieldLabel(fields, field), message, ...(line !== undefined ? { line } : {}) };
}

/** The keys an unknown-field issue names: zod's own issue at the top, our re-worded one inside a group. */
function unknownKeys(issue: z.core.$ZodIssue): string[] | undefined {
  if (issue.code === "unrecognized_keys") return issue.keys;
  if (issue.code === "custom" && /^tiene (?:un campo|campos) que no se admite/.test(issue.message)) {
    return [...issue.message.matchAll(/«([^»]+)»/g)].map((m) => m[1]!);
  }
  return undefined;
}

export function issuesFrom(error: z.ZodError, file: string, fields: Record<string, FieldSpec>, line?: number): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || undefined;
    const label = field ? fieldLabel(fields, field) : undefined;
    const keys = unknownKeys(issue);
    if (keys) {
      const group = field ? specAt(fields, field)?.fields : fields;
      const allowed = group ? allowedFields(group) : undefined;
      const renamed = group ? keys.map((k) => [k, renamedField(group, k)] as const).filter(([, g]) => g) : [];
      if (group && renamed.length === keys.length) {
        const message = renamed
          .map(([k, g]) => `tiene el campo «${k}», que ahora se llama «${g}» (${group[g!]!.label}): cambie «${k}:» por «${g}:» y deje el mismo valor. ${group[g!]!.hint ?? ""}`.trim())
          .join(" ");
        return { file, line, field, label, message };
      }
      const guesses = group ? keys.map((k) => [k, renamedField(group, k) ?? closestField(group, k)] as const).filter(([, g]) => g) : [];
      const guess = guesses.map(([k, g]) => `¿Quiso escribir «${g}» (${group![g!]!.label}) en lugar de «${k}»? `).join("");
      return {
        file,
        line,
        field,
        label,
        message:
          `${spanishMessage(issue)}. ${guess}Borre ${keys.length > 1 ? "esos campos" : "ese campo"} o corrija su nombre` +
          (allowed ? `; los campos admitidos aquí son: ${allowed}` : ""),
      };
    }
    return { file, line, field, label, message: issue.message };
  });
}

export function frontMatterIssue(e: FrontMatterError, file: string, fields: Record<string, FieldSpec>): ContentIssue {
  return { file, line: e.line, message: e.message, ...(e.key ? { field: e.key, label: fieldLabel(fields, e.key) } : {}) };
}
