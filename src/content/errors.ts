/** A problem an editor can act on: which file, which field, what was expected. */
export interface ContentIssue {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? `el campo «${issue.field}» ` : "";
  return `${where}: ${field}${issue.message}`;
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
