/**
 * /buscar/ names, up front, the files every search needs: Pagefind's script, its entry, the WebAssembly
 * of the site's language and the page list. On a phone with 150 ms per round trip the browser then asks
 * for them all with the page, instead of one after another as Pagefind discovers them (six trips in a
 * row before). Their names are known only once the index is written, so the page is completed then.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const START = "<!--pagefind-preload-->";
const END = "<!--/pagefind-preload-->";

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The <head> elements announcing the index; `tag` keeps the entry's URL stable for the preload to match. */
export function preloadTags(entry: Entry, lang = "es"): string {
  const language = entry.languages[lang] ?? Object.values(entry.languages)[0];
  if (!language) return "";
  const fetchLink = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous"/>`;
  return [
    `<meta name="pagefind-tag" content="${language.hash}"/>`,
    `<link rel="modulepreload" href="/pagefind/pagefind.js"/>`,
    fetchLink(`/pagefind/pagefind-entry.json?ts=${language.hash}`),
    ...(language.wasm ? [fetchLink(`/pagefind/wasm.${language.wasm}.pagefind`)] : []),
    fetchLink(`/pagefind/pagefind.${language.hash}.pf_meta`),
  ].join("");
}

/** Writes the announcement into the built /buscar/ page, replacing an earlier one. */
export function announceIndex(outDir: string): void {
  const page = path.join(outDir, "buscar/index.html");
  const entryFile = path.join(outDir, "pagefind/pagefind-entry.json");
  if (!existsSync(page) || !existsSync(entryFile)) return;
  const tags = `${START}${preloadTags(JSON.parse(readFileSync(entryFile, "utf8")) as Entry)}${END}`;
  const html = readFileSync(page, "utf8");
  const start = html.indexOf(START);
  const next = start >= 0 ? html.slice(0, start) + tags + html.slice(html.indexOf(END) + END.length) : html.replace("</head>", `${tags}</head>`);
  if (next !== html) writeFileSync(page, next);
}
