/** `npm run build`: the production build into _site/, replaced only when the build succeeds. */
// React's development build checks every element and renders three times slower; set before it loads.
process.env.NODE_ENV ??= "production";
const { buildSite } = await import("../src/pipeline/build.ts");
const { EditorFacingError } = await import("../src/content/errors.ts");

try {
  const { outDir, files, ms } = await buildSite({ contentDir: process.env.PORTAL_CONTENT, outDir: process.env.PORTAL_OUTPUT, quiet: true, configPath: process.env.PORTAL_ELEVENTY_CONFIG });
  console.log(`Sitio construido en ${outDir}: ${files} archivos en ${(ms / 1000).toFixed(2)} s.`);
} catch (e) {
  if (e instanceof EditorFacingError) {
    console.error(`\n${e.message}\n\nEl sitio publicado anteriormente no se modificó.`);
    process.exit(1);
  }
  throw e;
}
export {};
