/**
 * Front matter is data and only data. Stock gray-matter evaluates `---js` blocks; here the opening line
 * must be a bare `---`, the only engine is YAML, and YAML keeps dates as text so that we can check them.
 */
import matter from "gray-matter";
import yaml from "js-yaml";

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Line where the body starts, to point editors at the right place. */
  bodyLine: number;
}

function refuse(language: string): never {
  throw new FrontMatterError(
    `el encabezado declara el lenguaje «${language}»; solo se admite YAML: la primera línea debe ser exactamente «---»`,
    1,
  );
}

/** Every engine name gray-matter knows, and the ones it would fall back on, refuse to run. */
const REFUSING_ENGINES = Object.fromEntries(
  ["js", "javascript", "coffee", "coffeescript", "cson", "json", "toml", "JS", "javascript "].map((name) => [
    name,
    { parse: () => refuse(name), stringify: () => refuse(name) },
  ]),
);

function loadYaml(source: string): unknown {
  try {
    // CORE keeps timestamps as strings (no silent roll-over of 2024-02-30) and has no custom types.
    return yaml.load(source, { schema: yaml.CORE_SCHEMA, json: false });
  } catch (e) {
    const err = e as yaml.YAMLException;
    const line = err.mark ? err.mark.line + 2 : undefined;
    throw new FrontMatterError(`el encabezado YAML está mal escrito${line ? ` (línea ${line})` : ""}: ${err.reason ?? err.message}`, line);
  }
}

export function parseFrontMatter(source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new FrontMatterError("el archivo está vacío");
  const firstLine = text.split(/\r?\n/, 1)[0]!;
  if (!firstLine.startsWith("---")) {
    throw new FrontMatterError("falta el encabezado: el archivo debe empezar con una línea «---», los campos, y otra línea «---»", 1);
  }
  const language = firstLine.slice(3).trim();
  if (language !== "") refuse(language);
  if (!/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    throw new FrontMatterError("el encabezado no está cerrado: falta la línea «---» después de los campos", 1);
  }
  const parsed = matter(text, {
    language: "yaml",
    engines: { ...REFUSING_ENGINES, yaml: { parse: loadYaml, stringify: () => "" } },
  } as unknown as Parameters<typeof matter>[1]);
  const data = parsed.data as unknown;
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("el encabezado debe ser una lista de campos «clave: valor»", 2);
  }
  // gray-matter caches parses by content; a cached object may be shared, so the caller gets a copy.
  const matterLines = (parsed.matter.match(/\n/g) ?? []).length;
  return { data: { ...(data as Record<string, unknown>) }, body: parsed.content, bodyLine: matterLines + 3 };
}
