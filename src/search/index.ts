/** Indexes the written site with Pagefind, in Spanish, main content only (data-pagefind-body). */
import path from "node:path";
import * as pagefind from "pagefind";

export interface CustomRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

export interface IndexResult {
  pages: number;
  records: number;
  ms: number;
}

export async function buildSearchIndex(outDir: string, records: CustomRecord[] = []): Promise<IndexResult> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "es" });
  if (!index) throw new Error(`Pagefind no pudo crear el índice: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind no pudo indexar el sitio: ${added.errors.join("; ")}`);
    for (const r of records) {
      const res = await index.addCustomRecord({ ...r, language: "es" });
      if (res.errors.length) throw new Error(`Pagefind no pudo indexar ${r.url}: ${res.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind no pudo escribir el índice: ${written.errors.join("; ")}`);
    return { pages: added.page_count, records: records.length, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
