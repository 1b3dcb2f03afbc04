/** A problem an editor can act on: which file, which field, what was expected. */
export interface ContentIssue {
  file: string;
  /** The field's key path in the file, as developers read it: `image.alt`, `phones.0.number`. */
  field?: string;
  /** The field as the CMS form labels it: «Imagen › Texto alternativo», list items counted from 1. */
  label?: string;
  line?: number;
  message: string;
}

/** «Resumen» (summary): the form's label first, then the key written in the file. */
export function fieldName(issue: Pick<ContentIssue, "field" | "label">): string | undefined {
  if (!issue.field && !issue.label) return undefined;
  if (!issue.label) return `«${issue.field}»`;
  const key = issue.field?.split(".").filter((s) => !/^\d+$/.test(s)).pop();
  return key && key !== issue.label ? `«${issue.label}» (${key})` : `«${issue.label}»`;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const name = fieldName(issue);
  return `${where}: ${name ? `el campo ${name} ` : ""}${issue.message}`;
}

/**
 * A build error whose message an editor can act on: it names the file and what to do. The build and
 * the dev server show its message alone, without a stack trace.
 */
export class EditorFacingError extends Error {}

/** Stops the build; its message lists every problem found, not just the first. */
export class ContentValidationError extends EditorFacingError {
  constructor(readonly issues: ContentIssue[]) {
    const n = issues.length;
    super(
      `El contenido tiene ${n === 1 ? "un problema" : `${n} problemas`} que impide${n === 1 ? "" : "n"} publicar el sitio:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join("\n") +
        "\nCorrija los archivos indicados y vuelva a intentarlo.",
    );
    this.name = "ContentValidationError";
  }
}
