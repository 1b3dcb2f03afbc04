/**
 * The function's pages wear the site's own shell: it fetches the built form page (header, menu, footer,
 * stylesheet exactly as published) and replaces what lies between its two markers. If the page cannot be
 * fetched, a plain page with the same content is served: the citizen still gets the answer.
 */
import type { ReactElement } from "react";
import { staticMarkup } from "../routes/render.ts";

/** The two empty marks a page puts around what a function may replace: `<template id="<slot>-inicio">`. */
const marks = (slot: string) => [`<template id="${slot}-inicio"></template>`, `<template id="${slot}-fin"></template>`] as const;

export interface Shell {
  before: string;
  after: string;
}

export function splitShell(html: string, slot = "pqrsd"): Shell | undefined {
  const [open, close] = marks(slot);
  const start = html.indexOf(open);
  const end = html.indexOf(close);
  if (start < 0 || end < start) return undefined;
  return { before: html.slice(0, start + open.length), after: html.slice(end) };
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
