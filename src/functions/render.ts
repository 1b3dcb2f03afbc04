/**
 * The function's pages wear the site's own shell: it fetches the built form page (header, menu, footer,
 * stylesheet exactly as published) and replaces what lies between its two markers. If the page cannot be
 * fetched, a plain page with the same content is served: the citizen still gets the answer.
 */
import type { ReactElement } from "react";
import { staticMarkup } from "../routes/render.ts";

export const SLOT_START = '<template id="pqrsd-inicio"></template>';
export const SLOT_END = '<template id="pqrsd-fin"></template>';

export interface Shell {
  before: string;
  after: string;
}

/** The page around a slot: the PQRSD form's by default; other function pages name their own marks. */
export function splitShell(html: string, startMark = SLOT_START, endMark = SLOT_END): Shell | undefined {
  const start = html.indexOf(startMark);
  const end = html.indexOf(endMark);
  if (start < 0 || end < start) return undefined;
  return { before: html.slice(0, start + startMark.length), after: html.slice(end) };
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function renderPage(shell: Shell | undefined, title: string, heading: string, body: ReactElement): string {
  const inner = staticMarkup(body);
  if (shell) {
    const before = shell.before.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`).replace(/(<h1[^>]*>)[^<]*(<\/h1>)/, `$1${escapeText(heading)}$2`);
    return before + inner + shell.after;
  }
  return `<!DOCTYPE html>\n<html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(title)}</title></head><body><main><h1>${escapeText(heading)}</h1>${inner}</main></body></html>`;
}
