/**
 * `npm run validate`: checks content/ without building and prints every problem found; then the
 * transparency list as the Procuraduría reads it (numeral, status, where) and what is out of date.
 */
import { loadPortal } from "../src/content/load.ts";
import { ContentValidationError } from "../src/content/errors.ts";
import { transparencyModel } from "../src/transparency/instruments.ts";
import { formatItaReport } from "../src/transparency/ita-text.ts";

const contentDir = process.argv[2] ?? "content";
try {
  const portal = loadPortal({ contentDir });
  const model = transparencyModel(portal);
  const counts = Object.entries(portal.entries).map(([k, v]) => `${k}: ${v.length}`).join(", ");
  console.log(`Contenido válido (${counts}).\n`);
  console.log(formatItaReport(model.ita, portal.site.entity));
} catch (e) {
  if (e instanceof ContentValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
