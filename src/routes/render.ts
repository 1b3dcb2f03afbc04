/** How a page component becomes a file: static HTML, with nothing of React left for the browser. */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { PageComponent } from "../../layouts/context.ts";
import type { Route, SitemapInfo } from "./types.ts";

/** Closing tags of blocks get a line break: text extraction (search excerpts, feeds) keeps words apart. */
const BLOCK_END = /<\/(?:p|li|dt|dd|h[1-6]|div|tr|td|th|section|article|header|footer|nav|ul|ol|dl|table|figure|figcaption|caption|main|form|fieldset|label)>/g;

/** React keeps the DOM property's camelCase for these attributes; HTML spells them in lower case. */
const CAMEL_ATTRIBUTES = / (charSet|dateTime|autoComplete|enterKeyHint|crossOrigin|httpEquiv|acceptCharset)=/g;

export function renderDocument(element: ReactElement): string {
  const html = renderToStaticMarkup(element)
    .replace(BLOCK_END, "$&\n")
    .replace(CAMEL_ATTRIBUTES, (_, name: string) => ` ${name.toLowerCase()}=`)
    .replace(/ hidden=""/g, " hidden");
  return `<!DOCTYPE html>\n${html}`;
}

/** An HTML page: a component and the props its route computed. */
export function pageRoute<P extends object>(url: string, source: string, component: PageComponent<P>, props: P, sitemap?: SitemapInfo): Route<P> {
  return { url, source, props, sitemap, render: (p, ctx) => renderDocument(createElement(component, { ...p, ctx })) };
}
