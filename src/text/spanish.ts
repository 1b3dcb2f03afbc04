/**
 * Spanish agreement for the words the layouts compose from data: an act's gender decides
 * «Derogado»/«Derogada», a count decides «1 capacitación»/«2 capacitaciones». Editors write
 * plan units in the plural, as the plan does.
 */

/** «Derogado» → «Derogada», «expedidos» → «expedidas» when the noun is feminine. */
export function agree(masculine: string, feminine: boolean): string {
  return feminine ? masculine.replace(/o(s?)$/, "a$1") : masculine;
}

/**
 * The singular of a Spanish plural noun: «capacitaciones» → «capacitación», «talleres» → «taller»,
 * «convenios» → «convenio», «veces» → «vez». A phrase keeps its tail: «reuniones del comité» →
 * «reunión del comité». A word no rule can tell for sure («meses», «clases») is returned as written:
 * a plural after «1» reads better than a wrong singular.
 */
export function singular(plural: string): string {
  const space = plural.indexOf(" ");
  const word = space < 0 ? plural : plural.slice(0, space);
  const tail = space < 0 ? "" : plural.slice(space);
  for (const [re, to] of SINGULAR_RULES) if (re.test(word)) return word.replace(re, to) + tail;
  return plural;
}

const SINGULAR_RULES: [RegExp, string][] = [
  // «meses» → «mes» but «clases» → «clase»: no rule tells them apart.
  [/ses$/, "ses"],
  [/iones$/, "ión"],
  [/ces$/, "z"],
  [/([aeiou][lrndjy])es$/, "$1"],
  [/([aeiouáéó])s$/, "$1"],
];

/** «1 capacitación», «4 publicaciones»: the number and its noun in agreement. */
export function countNoun(n: number, plural: string): string {
  return `${String(n).replace(".", ",")} ${n === 1 ? singular(plural) : plural}`;
}
