/**
 * `npm run validate`: checks content/ without building and prints every problem found; then the
 * transparency list as the Procuraduría reads it (numeral, status, where) and what is out of date.
 */
import path from "node:path";
import { loadPortal } from "../src/content/load.ts";
import { ContentValidationError } from "../src/content/errors.ts";
import { itaReport } from "../src/transparency/ita.ts";
import { formatItaReport } from "../src/transparency/ita-text.ts";

const contentDir = process.argv[2] ?? "content";
try {
  const portal = loadPortal({ contentDir });
  const counts = Object.entries(portal.entries).map(([k, v]) => `${k}: ${v.length}`).join(", ");
  console.log(`Contenido válido (${counts}).\n`);
  const report = itaReport(portal, { file: path.join(contentDir, "transparencia.yaml") });
  console.log(formatItaReport(report, portal.site.entity));
} catch (e) {
  if (e instanceof ContentValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
