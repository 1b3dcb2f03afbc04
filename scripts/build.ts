/** `npm run build`: the production build into _site/, replaced only when the build succeeds. */
import { buildSite } from "../src/pipeline/build.ts";
import { ContentValidationError } from "../src/content/errors.ts";
import { DuplicateUrlError } from "../src/routes/types.ts";

try {
  const { outDir, files, ms } = await buildSite({ contentDir: process.env.PORTAL_CONTENT, outDir: process.env.PORTAL_OUTPUT, quiet: true });
  console.log(`Sitio construido en ${outDir}: ${files} archivos en ${(ms / 1000).toFixed(2)} s.`);
} catch (e) {
  if (e instanceof ContentValidationError || e instanceof DuplicateUrlError) {
    console.error(`\n${e.message}\n\nEl sitio publicado anteriormente no se modificó.`);
    process.exit(1);
  }
  throw e;
}
