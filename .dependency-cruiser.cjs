/**
 * The code's layers, checked by dependency-cruiser in `npm test` (tests/architecture/layers.test.ts) and
 * by `npm run check:layers`. Each folder may import only from folders earlier in LAYERS (and from
 * itself): schema, dates, text, markdown ← content ← views ← routes ← feeds, indicators, search ←
 * pipeline ← dev server and scripts. With one rank per folder no two folders can import each other,
 * and `no-circular` refuses cycles between files within a folder.
 */
const LAYERS = [
  ["src/types", "src/dates", "src/text", "src/markdown"],
  ["src/schema"],
  ["src/forms"],
  ["src/pqrsd"],
  ["src/surveys"],
  ["src/content"],
  ["src/cms"],
  ["layouts"],
  ["src/routes"],
  ["src/indicators"],
  ["src/feeds"],
  ["src/search"],
  ["src/transparency"],
  ["src/security"],
  ["src/pipeline"],
  ["\\.eleventy\\.ts$"],
  ["src/bench"],
  ["src/dev"],
  ["src/functions"],
  ["admin", "netlify"],
  ["scripts"],
];

const folder = (f) => (f.endsWith("$") ? `^${f}` : `^${f}/`);

// A folder may not import a later layer, nor another folder of its own layer.
const layerRules = LAYERS.flatMap((layer, rank) =>
  layer.map((own) => ({
    name: `layer:${own.replace(/\\|\$/g, "")}`,
    comment: `${own} may import only from the layers before it (LAYERS in .dependency-cruiser.cjs)`,
    severity: "error",
    from: { path: folder(own) },
    to: { path: [...LAYERS.slice(rank + 1).flat(), ...layer.filter((f) => f !== own)].map(folder) },
  })),
).filter((rule) => rule.to.path.length > 0);

module.exports = {
  forbidden: [
    { name: "no-circular", comment: "a cycle between files", severity: "error", from: {}, to: { circular: true } },
    ...layerRules,
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)node_modules/|^tests/|^\\.cache/" },
  },
};
