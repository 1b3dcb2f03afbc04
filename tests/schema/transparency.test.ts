import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentValidationError } from "../../src/content/errors.ts";
import { parseYamlData } from "../../src/content/frontmatter.ts";
import { ANEXO2, CANONICAL } from "../../src/schema/anexo2.ts";
import { transparencySchema, type TransparencyData } from "../../src/schema/transparency.ts";
import { load, makeContent } from "../helpers/content.ts";

const palmar = () => parseYamlData(readFileSync("content/transparencia.yaml", "utf8")) as TransparencyData;

/** The messages the build gives for a transparency file, as the editor reads them. */
function problems(yaml: string): string[] {
  const dir = makeContent({ "transparencia.yaml": yaml });
  try {
    load(dir, "2026-12-02T10:00");
    return [];
  } catch (e) {
    if (!(e instanceof ContentValidationError)) throw e;
    return e.issues.map((i) => `${i.file}|${i.label ?? ""}|${i.message}`);
  }
}

/** Palmar's list with one item's lines replaced. */
function palmarWith(from: RegExp, to: string): string {
  const text = readFileSync("content/transparencia.yaml", "utf8");
  expect(text).toMatch(from);
  return text.replace(from, to);
}

describe("the list of the annex", () => {
  it("has the ten categories, 46 numerals and 88 sub-numerals, each numbered under its parent", () => {
    expect(ANEXO2.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const items = ANEXO2.flatMap((c) => c.items);
    expect(items).toHaveLength(46);
    expect(items.flatMap((i) => i.sub ?? [])).toHaveLength(88);
    for (const c of ANEXO2) {
      for (const i of c.items) {
        expect(i.number.startsWith(`${c.number}.`), i.number).toBe(true);
        for (const s of i.sub ?? []) expect(s.number.startsWith(`${i.number}.`), s.number).toBe(true);
      }
    }
    expect([...CANONICAL.keys()].filter((n) => n.startsWith("6.1."))).toEqual(Array.from({ length: 10 }, (_, k) => `6.1.${k + 1}`));
    expect(CANONICAL.get("1.4.c")).toMatchObject({ certainty: "una-fuente", category: 1, parent: "1.4" });
    expect(CANONICAL.get("4.10.2")?.doubt).toMatch(/no verificado/);
  });
});

describe("the transparency list of Palmar", () => {
  it("holds every numeral of the annex, under its category, once", () => {
    const data = transparencySchema.parse(palmar());
    const numbers = data.categories.flatMap((c) => c.items.flatMap((i) => [i.number, ...(i.subitems ?? []).map((s) => s.number)]));
    expect(numbers.sort()).toEqual([...CANONICAL.keys()].sort());
  });

  it("links only to the site or to a State system on https and a .gov.co host", () => {
    const links = readFileSync("content/transparencia.yaml", "utf8").match(/^\s+link: (.+)$/gm)!.map((l) => l.trim().slice(6));
    for (const l of links) expect(l, l).toMatch(/^(?:\/|https:\/\/[a-z0-9.-]+\.gov\.co\/)/);
  });
});

describe("a transparency item", () => {
  it("that says nothing stops the build, naming the file and the numeral", () => {
    const p = problems(palmarWith(/      - number: "1.9"\n        title: ([^\n]+)\n        missing: [^\n]+\n/, '      - number: "1.9"\n        title: $1\n'));
    expect(p).toEqual([
      expect.stringMatching(/^.*transparencia\.yaml\|Categorías › 1 › Numerales › 9\|el numeral 1\.9 «Procedimientos que se siguen[^»]*» no dice dónde está la información: escriba su «Enlace» \(link\), o «No aplica: razón legal» \(not_applicable\) si no aplica, o «Falta publicar» \(missing\) si aplica pero el portal no la tiene$/),
    ]);
  });

  it("with a link and a legal reason, or missing and not applicable at once, is refused", () => {
    const both = problems(palmarWith(/(      - number: "1.10"\n[^\n]+\n        link: [^\n]+\n)/, "$1        not_applicable: No aplica por la Ley 1712 de 2014.\n"));
    expect(both.join("\n")).toMatch(/el numeral 1\.10 «[^»]+» tiene «Enlace» \(link\) y «No aplica: razón legal» \(not_applicable\): si no aplica, borre el enlace; si está publicado, borre la razón/);
    const twice = problems(palmarWith(/(      - number: "1.9"\n[^\n]+\n        missing: [^\n]+\n)/, "$1        not_applicable: No aplica.\n"));
    expect(twice.join("\n")).toMatch(/el numeral 1\.9 «[^»]+» dice a la vez que falta publicar y que no aplica/);
  });

  it("with a link needs its update frequency", () => {
    const p = problems(palmarWith(/(      - number: "1.11"\n[^\n]+\n        link: [^\n]+\n)        frequency: mensual\n/, "$1"));
    expect(p.join("\n")).toMatch(/el numeral 1\.11 «Calendario de actividades y eventos» tiene enlace y le falta la «Frecuencia de actualización» \(frequency\)/);
  });

  it("lets sub-items say nothing when their numeral says it for them, and says where to write it when neither does", () => {
    // 1.5 says what is missing for its ten sub-items.
    expect(problems(readFileSync("content/transparencia.yaml", "utf8"))).toEqual([]);
    const p = problems(palmarWith(/(      - number: "1.5"\n[^\n]+\n)        missing: [^\n]+\n/, "$1"));
    expect(p).toHaveLength(9);
    expect(p[0]).toMatch(/Subnumerales › 1\|el numeral 1\.5\.1 «Nombres y apellidos completos» no dice dónde está la información: .* \(o dígalo en el numeral 1\.5, y vale para todos sus subnumerales\)$/);
  });

  it("must be written in quotes: unquoted, 1.10 would be the number 1,1", () => {
    const p = problems(palmarWith(/number: "1\.10"/, "number: 1.10"));
    expect(p.join("\n")).toMatch(/Numeral\|debe ir entre comillas, como "1\.4": sin ellas, un numeral como 1\.10 se lee como el número 1,1 \(se encontró 1\.1\)/);
  });

  it("that the list of the annex has cannot be left out, and a numeral goes once, under its own category", () => {
    const gone = problems(palmarWith(/      - number: "1.14"\n[^\n]+\n[^\n]+\n/, ""));
    expect(gone).toEqual([expect.stringMatching(/falta el numeral 1\.14, «Publicación de hojas de vida», de la categoría 1: todo numeral del anexo 2 debe aparecer, aunque no aplique/)]);
    const sub = problems(palmarWith(/          - number: "1\.4\.e"\n(?:            [^\n]+\n)+/, ""));
    expect(sub.join("\n")).toMatch(/falta el numeral 1\.4\.e, «Datos de contacto específicos/);
    const elsewhere = problems(palmarWith(/number: "1\.14"/, 'number: "2.14"'));
    expect(elsewhere.join("\n")).toMatch(/«2\.14» no es un numeral de la categoría 1: debe empezar por «1\.»/);
    const wrongParent = problems(palmarWith(/number: "1\.4\.e"/, 'number: "1.3.e"'));
    expect(wrongParent.join("\n")).toMatch(/«1\.3\.e» no es un subnumeral de 1\.4: debe empezar por «1\.4\.»/);
    const twice = problems(palmarWith(/number: "1\.14"/, 'number: "1.13"'));
    expect(twice.join("\n")).toMatch(/repite el numeral 1\.13, que ya está en la categoría 1/);
  });

  it("of the entity's own is allowed with a title; a category may not be left out", () => {
    const own = palmarWith(/(  - number: 2\n)/, '      - number: "1.15"\n        title: Actos de nombramiento\n        missing: No están publicados.\n$1');
    expect(problems(own)).toEqual([]);
    const untitled = palmarWith(/(  - number: 2\n)/, '      - number: "1.15"\n        missing: No están publicados.\n$1');
    expect(problems(untitled).join("\n")).toMatch(/el numeral 1\.15 no está en la lista del anexo 2 que conoce el portal: escriba su título/);
    const text = readFileSync("content/transparencia.yaml", "utf8");
    const noSeven = text.replace(/  - number: 7\n[\s\S]*?(?=  - number: 8\n)/, "");
    expect(problems(noSeven).join("\n")).toMatch(/falta la categoría 7, «Datos abiertos», que la ley exige aunque no aplique/);
  });

  it("keeps the link rules: site paths or State systems only", () => {
    const p = problems(palmarWith(/link: https:\/\/www\.suit\.gov\.co\//, "link: http://tramites.example.com/"));
    expect(p.join("\n")).toMatch(/debe ser una dirección dentro del sitio que empiece por «\/», o una de un sitio del Estado/);
  });
});

