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
    /** The key of the field the problem is in, when the reader can tell: load.ts names it by its label. */
    readonly key?: string,
  ) {
    super(message);
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const LOOSE_UTF8 = new TextDecoder("utf-8");
const WINDOWS = new TextDecoder("windows-1252");

/**
 * A content file's text. Files saved by Windows Notepad in its old default (Latin-1/Windows-1252) would
 * otherwise publish «Alcald�a»: they are refused, saying which line and how to save them again.
 */
export function decodeContent(bytes: Uint8Array, what = "el archivo"): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const text = LOOSE_UTF8.decode(bytes);
    const at = text.indexOf("\uFFFD");
    const line = at < 0 ? undefined : text.slice(0, at).split("\n").length;
    let word = "";
    if (line !== undefined) {
      // The same line read as Windows-1252, which is what such a file almost always is: the editor's own words.
      const lineText = WINDOWS.decode(bytes).split("\n")[line - 1] ?? "";
      const col = text.split("\n")[line - 1]!.indexOf("\uFFFD");
      const words = [...lineText.matchAll(/\S+/g)];
      const hit = words.find((m) => m.index! <= col && col < m.index! + m[0].length) ?? words.find((m) => /[^\x00-\x7f]/.test(m[0]));
      if (hit) word = `, como «${hit[0].replace(/[«»"',.:;]+$|^[«»"']+/g, "")}»`;
    }
    throw new FrontMatterError(
      `${what} no está guardado con la codificación UTF-8 y sus tildes o eñes no se pueden leer${line ? ` (línea ${line}${word})` : ""}. ` +
        "Ábralo y guárdelo otra vez eligiendo la codificación UTF-8 (en el Bloc de notas: Archivo › Guardar como › Codificación: UTF-8)",
      line,
    );
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

/** The key a line of YAML sets, if it sets one: `  title: x` → `title`, `- name: x` → `name`. */
function keyOf(line: string | undefined): string | undefined {
  return line?.match(/^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/)?.[1];
}

/** The value after `key:` on a line, as written. */
function valueOf(line: string): string {
  return line.replace(/^\s*(?:-\s+)?[A-Za-z_][\w-]*\s*:\s*/, "").trim();
}

/** The line a quoted value opens on without closing it. */
function unclosedQuote(lines: string[], quote: string, upTo: number): number | undefined {
  for (let i = 0; i <= Math.min(upTo, lines.length - 1); i++) {
    const v = valueOf(lines[i]!);
    if (!v.startsWith(quote)) continue;
    const inner = quote === '"' ? v.slice(1).replace(/\\./g, "") : v.slice(1).replace(/''/g, "");
    if (!inner.includes(quote)) return i;
  }
  return undefined;
}

/** js-yaml's reasons are English and technical: the common ones, in the editor's words and with what to do. */
export function explainYamlError(err: { reason?: string; message: string; mark?: { line: number } }, source: string, firstLine: number, where: string): FrontMatterError {
  const reason = err.reason ?? err.message;
  const lines = source.split(/\r?\n/);
  const at = err.mark?.line;
  const lineNo = (i: number) => i + firstLine;
  const text = at !== undefined ? lines[at] : undefined;
  const key = keyOf(text);
  if (reason.startsWith("duplicated mapping key") && at !== undefined && key) {
    const indent = text!.match(/^\s*/)![0];
    const first = lines.findIndex((l, i) => i < at && keyOf(l) === key && l.startsWith(indent) && !/^\s/.test(l.slice(indent.length)));
    return new FrontMatterError(
      `está escrito dos veces en ${where} (líneas ${first >= 0 ? `${lineNo(first)} y ` : ""}${lineNo(at)}): deje una sola línea «${key}:» y borre la otra`,
      lineNo(at),
      key,
    );
  }
  if (reason.startsWith("tab characters must not be used in indentation") && at !== undefined) {
    return new FrontMatterError(
      `${where} tiene un tabulador al comienzo de la línea ${lineNo(at)}${text ? ` («${text.trim()}»)` : ""}: bórrelo y, si el campo va dentro de otro, sángrelo con espacios`,
      lineNo(at),
    );
  }
  if (/flow collection|flow mapping/.test(reason)) {
    // «title: [Noticia»: a value that starts with [ or { is read as a list or a group.
    const open = lines.findIndex((l, i) => i <= (at ?? lines.length) && /^[[{]/.test(valueOf(l)) && keyOf(l));
    if (open >= 0) {
      const k = keyOf(lines[open])!;
      const value = valueOf(lines[open]!);
      return new FrontMatterError(
        `empieza por «${value[0]}» (línea ${lineNo(open)}), que abre una lista, y por eso ${where} YAML está mal escrito: ` +
          `si no es una lista, escriba el valor entre comillas dobles, así: ${k}: "${value.replace(/"/g, "«")}"`,
        lineNo(open),
        k,
      );
    }
  }
  if (reason.startsWith("unexpected end of the stream within a") && reason.includes("quoted scalar")) {
    const quote = reason.includes("double") ? '"' : "'";
    const open = unclosedQuote(lines, quote, at ?? lines.length);
    const openKey = open !== undefined ? keyOf(lines[open]) : undefined;
    const q = quote === '"' ? "comillas dobles (\")" : "comillas simples (')";
    return new FrontMatterError(
      `${openKey ? "" : `${where} `}abre ${q} que no se cierran${open !== undefined ? ` (línea ${lineNo(open)})` : ""}: ponga las comillas de cierre al final del valor`,
      open !== undefined ? lineNo(open) : at !== undefined ? lineNo(at) : undefined,
      openKey,
    );
  }
  if (reason.startsWith("bad indentation of a mapping entry") && at !== undefined && text !== undefined) {
    const value = valueOf(text);
    if (key && value.startsWith('"') && value.slice(1).includes('"')) {
      let n = 0;
      const inner = value.slice(1).replace(/"\s*$/, "").replace(/"/g, () => (n++ % 2 === 0 ? "«" : "»"));
      return new FrontMatterError(
        `tiene comillas dobles dentro de un valor que ya va entre comillas dobles (línea ${lineNo(at)}): cambie las de adentro por «» o por comillas simples, así: ${key}: "${inner}"`,
        lineNo(at),
        key,
      );
    }
    if (key && /:\s/.test(value) && !/^["'[{]/.test(value)) {
      return new FrontMatterError(
        `tiene dos puntos (:) en su valor (línea ${lineNo(at)}), y así ${where} no se puede leer: escriba el valor entre comillas dobles, así: ${key}: "${value.replace(/"/g, "«")}"`,
        lineNo(at),
        key,
      );
    }
    if (key && /^[@`%|>!&*-]/.test(value)) {
      return new FrontMatterError(
        `empieza por «${value[0]}» (línea ${lineNo(at)}), un signo que ${where} no admite al comienzo de un valor: escriba el valor entre comillas dobles, así: ${key}: "${value}"`,
        lineNo(at),
        key,
      );
    }
    return new FrontMatterError(
      `${where} está mal escrito en la línea ${lineNo(at)} («${text.trim()}»): revise los espacios al comienzo de la línea (deben coincidir con los de los campos del mismo nivel) ` +
        `y, si el valor tiene dos puntos o comillas, escríbalo entre comillas dobles`,
      lineNo(at),
    );
  }
  const line = at !== undefined ? lineNo(at) : undefined;
  return new FrontMatterError(
    `${where} YAML está mal escrito${line ? ` (línea ${line}${text?.trim() ? `: «${text.trim()}»` : ""})` : ""}: revise que cada campo tenga la forma «nombre: valor» ` +
      `y que los valores con dos puntos, comillas o corchetes vayan entre comillas dobles (detalle técnico: ${reason})`,
    line,
  );
}

/** `source` is gray-matter's block, which starts with the rest of the opening «---» line: its line 0 is the file's line 1. */
function loadYaml(source: string, where = "el encabezado"): unknown {
  try {
    // CORE keeps timestamps as strings (no silent roll-over of 2024-02-30) and has no custom types.
    return yaml.load(source, { schema: yaml.CORE_SCHEMA, json: false });
  } catch (e) {
    throw explainYamlError(e as yaml.YAMLException, source, 1, where);
  }
}

/** A data file (content/sitio.yaml): the same YAML rules as front matter, with lines counted from its first. */
export function parseYamlData(source: string): unknown {
  return loadYaml(source.replace(/^\uFEFF/, ""), "el archivo");
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
    engines: { ...REFUSING_ENGINES, yaml: { parse: (src: string) => loadYaml(src), stringify: () => "" } },
  } as unknown as Parameters<typeof matter>[1]);
  const data = parsed.data as unknown;
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("el encabezado debe ser una lista de campos «clave: valor»", 2);
  }
  // gray-matter caches parses by content; a cached object may be shared, so the caller gets a copy.
  const matterLines = (parsed.matter.match(/\n/g) ?? []).length;
  return { data: { ...(data as Record<string, unknown>) }, body: parsed.content, bodyLine: matterLines + 3 };
}
