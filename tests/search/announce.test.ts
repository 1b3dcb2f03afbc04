import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { announceIndex, preloadTags } from "../../src/search/announce.ts";
import { tempDir } from "../helpers/build.ts";

const ENTRY = { version: "1.6.0", languages: { es: { hash: "es_2d20dbd458", wasm: "es", page_count: 91 } } };

describe("/buscar/ announces the index", () => {
  it("names Pagefind's script, entry, WebAssembly and page list, with the tag the script passes on", () => {
    const tags = preloadTags(ENTRY);
    expect(tags).toContain('<meta name="pagefind-tag" content="es_2d20dbd458"/>');
    expect(tags).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js"/>');
    for (const file of ["/pagefind/pagefind-entry.json?ts=es_2d20dbd458", "/pagefind/wasm.es.pagefind", "/pagefind/pagefind.es_2d20dbd458.pf_meta"]) {
      expect(tags).toContain(`<link rel="preload" href="${file}" as="fetch" crossorigin="anonymous"/>`);
    }
  });

  it("writes the announcement into the built page once, and replaces it when the index changes", () => {
    const out = tempDir();
    mkdirSync(path.join(out, "buscar"));
    mkdirSync(path.join(out, "pagefind"));
    writeFileSync(path.join(out, "buscar/index.html"), "<!DOCTYPE html>\n<html><head><title>Buscar</title></head><body></body></html>");
    writeFileSync(path.join(out, "pagefind/pagefind-entry.json"), JSON.stringify(ENTRY));
    announceIndex(out);
    announceIndex(out);
    const first = readFileSync(path.join(out, "buscar/index.html"), "utf8");
    expect(first.match(/pagefind-preload/g)).toHaveLength(2);
    writeFileSync(path.join(out, "pagefind/pagefind-entry.json"), JSON.stringify({ languages: { es: { hash: "es_nuevo", wasm: "es" } } }));
    announceIndex(out);
    const second = readFileSync(path.join(out, "buscar/index.html"), "utf8");
    expect(second).toContain("pagefind.es_nuevo.pf_meta");
    expect(second).not.toContain("es_2d20dbd458");
    expect(second.match(/pagefind-preload/g)).toHaveLength(2);
  });
});
