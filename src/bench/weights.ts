/**
 * What each page weighs for a citizen, compressed: its HTML with what it loads itself (its stylesheet and
 * its own scripts: the search page's, a form's), so a script is counted on the pages that carry it only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  file: string;
  html: number;
  css: number;
  js: number;
}

export function pageWeights(out: string, pages: readonly string[]) {
  const gz = new Map<string, number>();
  const gzOf = (f: string) => gz.get(f) ?? gz.set(f, gzipSync(readFileSync(f)).length).get(f)!;
  const assetsOf = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => path.join(out, m[1]!));
  const weights: PageWeight[] = pages.map((page) => {
    const text = readFileSync(page, "utf8");
    const css = assetsOf(text, /<link rel="stylesheet" href="(\/assets\/[^"]+\.css)"/g);
    const js = assetsOf(text, /<script[^>]*\ssrc="(\/assets\/[^"]+\.js)"/g);
    return { file: page, html: gzOf(page), css: css.reduce((t, f) => t + gzOf(f), 0), js: js.reduce((t, f) => t + gzOf(f), 0) };
  });
  const total = (w: PageWeight) => w.html + w.css + w.js;
  const buscarPath = path.join(out, "buscar/index.html");
  return {
    weights,
    total,
    heaviestHtml: weights.reduce((a, b) => (b.html > a.html ? b : a)),
    heaviest: weights.reduce((a, b) => (total(b) > total(a) ? b : a)),
    buscar: weights.find((w) => w.file === buscarPath)!,
    withJs: weights.filter((w) => w.js > 0 && w.file !== buscarPath),
  };
}
