/** How a page component becomes a file: static HTML, with nothing of React left for the browser. */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Unpublished } from "../content/entry.ts";
import type { PageComponent } from "../../layouts/context.ts";
import { UnpublishedPage } from "../../layouts/UnpublishedPage.ts";
import type { Route, SitemapInfo } from "./types.ts";

/** Closing tags of blocks get a line break: text extraction (search excerpts, feeds) keeps words apart. */
const BLOCK_END = /<\/(?:p|li|dt|dd|h[1-6]|div|tr|td|th|section|article|header|footer|nav|ul|ol|dl|table|figure|figcaption|caption|main|form|fieldset|label)>/g;

/** React keeps the DOM property's camelCase for these attributes; HTML spells them in lower case. */
const CAMEL_ATTRIBUTES = / (charSet|dateTime|autoComplete|enterKeyHint|crossOrigin|httpEquiv|acceptCharset|encType|maxLength|minLength|spellCheck|inputMode|fetchPriority|noValidate)=/g;

/** Boolean attributes as HTML writes them: `required`, not `required=""`. */
const BOOLEAN_ATTRIBUTES = / (hidden|required|multiple|selected|checked|disabled|readonly|novalidate)=""/g;

/** A fragment of static HTML (the Netlify Functions draw their part of a page with it too). */
export function staticMarkup(element: ReactElement): string {
  return renderToStaticMarkup(element)
    .replace(BLOCK_END, "$&\n")
    .replace(CAMEL_ATTRIBUTES, (_, name: string) => ` ${name.toLowerCase()}=`)
    .replace(BOOLEAN_ATTRIBUTES, " $1");
}

export function renderDocument(element: ReactElement): string {
  return `<!DOCTYPE html>\n${staticMarkup(element)}`;
}

/** An HTML page: a component and the props its route computed. */
export function pageRoute<P extends object>(url: string, source: string, component: PageComponent<P>, props: P, sitemap?: SitemapInfo): Route<P> {
  return { url, source, props, sitemap, render: (p, ctx) => renderDocument(createElement(component, { ...p, ctx })) };
}

/**
 * The page of an entry the public site does not show, for a preview build: the same page, saying why it
 * is not published. `unpublished` is part of its props, so the dev server rewrites it when that changes.
 */
export function unpublishedRoute<P extends object>(url: string, source: string, component: PageComponent<P>, props: P, unpublished: Unpublished): Route<P & { unpublished: Unpublished }> {
  return {
    url,
    source,
    props: { ...props, unpublished },
    render: ({ unpublished: why, ...p }, ctx) =>
      renderDocument(createElement(UnpublishedPage.Provider, { value: why }, createElement(component, { ...(p as unknown as P), ctx }))),
  };
}
