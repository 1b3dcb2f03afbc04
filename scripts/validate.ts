/** `npm run validate`: checks content/ without building, and prints every problem found. */
import { loadPortal } from "../src/content/load.ts";
import { ContentValidationError } from "../src/content/errors.ts";

const contentDir = process.argv[2] ?? "content";
try {
  const portal = loadPortal({ contentDir });
  const counts = Object.entries(portal.entries).map(([k, v]) => `${k}: ${v.length}`).join(", ");
  console.log(`Contenido válido (${counts}).`);
} catch (e) {
  if (e instanceof ContentValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
