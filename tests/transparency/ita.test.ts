import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itaReport, type ItaLeaf, type ItaReport } from "../../src/transparency/ita.ts";
import { formatItaReport } from "../../src/transparency/ita-text.ts";
import { FIXTURE_SITE } from "../helpers/build.ts";
import { load, makeContent, type Files } from "../helpers/content.ts";

/** The fixture's list, with the placement of some numerals (their «missing» line) replaced. */
function transparency(placements: Record<string, string>): string {
  let text = readFileSync(path.join(FIXTURE_SITE, "transparencia.yaml"), "utf8");
  for (const [number, yaml] of Object.entries(placements)) {
    const re = new RegExp(`(- number: "${number.replace(/\./g, "\\.")}"\\n)        missing: [^\\n]+\\n`);
    expect(text, number).toMatch(re);
    text = text.replace(re, `$1${yaml.replace(/^/gm, "        ")}\n`);
  }
  return text;
}

function report(placements: Record<string, string>, now: string, files: Files = {}): ItaReport {
  const dir = makeContent({ ...files, "transparencia.yaml": transparency(placements) }, { withFixtureEntries: true });
  return itaReport(load(dir, now), { file: "content/transparencia.yaml" });
}

const leaf = (r: ItaReport, number: string): ItaLeaf => r.leaves.find((l) => l.number === number)!;
const item = (r: ItaReport, number: string) => r.categories.flatMap((c) => c.items).find((i) => i.number === number)!;

describe("the ITA list", () => {
  it("scores every numeral the matrix checks: items without sub-items and each sub-item", () => {
    const r = report({}, "2024-04-15T10:00");
    expect(r.leaves).toHaveLength(105);
    expect(r.counts).toEqual({ cumple: 22, "no-aplica": 1, falta: 82, desactualizado: 0 });
    expect(leaf(r, "1.1.a")).toMatchObject({ status: "cumple", link: "/quienes-somos/", url: "https://www.municipio-ejemplo.gov.co/quienes-somos/", inherited: true, title: "Misión y visión" });
    expect(leaf(r, "9.1")).toMatchObject({ status: "no-aplica", notApplicable: expect.stringContaining("Ley 1712") });
    expect(leaf(r, "5.1")).toMatchObject({ status: "cumple", external: true, url: "https://www.suit.gov.co/" });
    expect(leaf(r, "1.4.c")).toMatchObject({ status: "falta", certainty: "una-fuente" });
  });

  it("says a numeral is out of date when a listing's newest published entry is older than its frequency, drafts and scheduled ones aside", () => {
    // The fixture's 4.6 links the news, renewed monthly.
    const placements = {};
    // The newest published news was changed on 2 April 2024; the draft and the one scheduled for 2099 do not count.
    const fresh = report(placements, "2024-05-01T10:00");
    expect(leaf(fresh, "4.6.1")).toMatchObject({ status: "cumple", inherited: true });
    expect(leaf(fresh, "4.6.1").content?.what).toMatch(/^el listado de noticias \(lo más reciente: «/);
    const stale = report(placements, "2024-05-03T10:00");
    expect(leaf(stale, "4.6.1")).toMatchObject({ status: "desactualizado" });
    expect(leaf(stale, "4.6.1").due?.toISODate()).toBe("2024-05-02");
    expect(item(stale, "4.6").status).toBe("desactualizado");
    expect(stale.warnings).toEqual([
      {
        file: "content/transparencia.yaml",
        number: "4.6",
        message: expect.stringMatching(
          /^el numeral 4\.6 «Información pública y\/o relevante», con sus subnumerales, está desactualizado: enlaza el listado de noticias .*, del 2 de abril de 2024, y su frecuencia es mensual, así que debía renovarse a más tardar el 2 de mayo de 2024\./,
        ),
      },
    ]);
  });

  it("dates an entry by its last change, an act type's listing by its newest act, and checks nothing that only changes", () => {
    const r = report(
      {
        "4.1": "link: /normativa/decreto-045-2008/\nfrequency: anual",
        "4.2": "link: /normativa/tipo/decretos/\nfrequency: anual",
        "2.2": "link: /normativa/\nfrequency: cuando-cambie",
        "3.1": "link: https://www.colombiacompra.gov.co/secop-ii\nfrequency: anual",
      },
      "2010-01-01T10:00",
    );
    expect(leaf(r, "4.1.1")).toMatchObject({ status: "desactualizado" });
    expect(leaf(r, "4.1.1").due?.toISODate()).toBe("2009-08-20");
    // The newest decree is of 2 February 2009.
    expect(leaf(r, "4.2.1")).toMatchObject({ status: "cumple" });
    expect(leaf(r, "2.2.1")).toMatchObject({ status: "cumple" });
    // A State system keeps its own dates: nothing to check or warn.
    expect(leaf(r, "3.1.1")).toMatchObject({ status: "cumple" });
    expect(r.warnings.map((w) => w.number)).toEqual(["4.1", "4.6"]);
    // In 2010 no news is published yet: the listing 4.6 links is empty.
    expect(r.warnings[1]!.message).toMatch(/^el numeral 4\.6 «Información pública y\/o relevante», con sus subnumerales, enlaza el listado de noticias, que está vacío: publique allí la información, o diga en «Falta publicar» que todavía no la hay$/);
  });

  it("warns when a page that must be renewed does not say when it was, and says which field to write", () => {
    const r = report({ "1.4": "link: /quienes-somos/\nfrequency: anual" }, "2024-04-15T10:00");
    expect(leaf(r, "1.4.a").status).toBe("cumple");
    expect(r.warnings).toEqual([
      expect.objectContaining({
        number: "1.4",
        message: expect.stringMatching(/^el numeral 1\.4 «Directorio institucional[^»]*», con sus subnumerales, enlaza «\/quienes-somos\/», de la que el portal no sabe la fecha: no puede revisar si está al día con su frecuencia anual\. Escriba en .*paginas\/quienes-somos\.md su «Última actualización» \(updated\)/),
      }),
    ]);
    const dated = report({ "1.4": "link: /quienes-somos/\nfrequency: anual" }, "2024-04-15T10:00", {
      "paginas/quienes-somos.md": readFileSync(path.join(FIXTURE_SITE, "paginas/quienes-somos.md"), "utf8").replace(/^---\n/, "---\nupdated: 2024-01-10\n"),
    });
    expect(dated.warnings).toEqual([]);
    expect(leaf(dated, "1.4.a").status).toBe("cumple");
  });

  it("scores an item by all its sub-items, and a sub-item's own words over its item's", () => {
    const r = report({ "1.4": 'link: /quienes-somos/\nfrequency: cuando-cambie' }, "2024-04-15T10:00");
    expect(item(r, "1.4").status).toBe("cumple");
    const text = transparency({ "1.4": "link: /quienes-somos/\nfrequency: cuando-cambie" }).replace(
      '          - number: "1.4.e"\n',
      '          - number: "1.4.e"\n            missing: Los datos de cada dependencia no están publicados.\n',
    );
    const dir = makeContent({ "transparencia.yaml": text }, { withFixtureEntries: true });
    const mixed = itaReport(load(dir, "2024-04-15T10:00"), { file: "content/transparencia.yaml" });
    expect(item(mixed, "1.4").status).toBe("falta");
    expect(leaf(mixed, "1.4.e")).toMatchObject({ status: "falta", missing: "Los datos de cada dependencia no están publicados." });
    expect(leaf(mixed, "1.4.d")).toMatchObject({ status: "cumple", inherited: true });
  });

  it("prints the list as the Procuraduría reads it: numeral, status, title, where", () => {
    const r = report({}, "2024-05-03T10:00");
    const text = formatItaReport(r, "Alcaldía de Prueba");
    expect(text).toContain("Transparencia y acceso a la información pública — Alcaldía de Prueba");
    expect(text).toContain("como los revisa la Procuraduría (índice ITA), al 3 de mayo de 2024.");
    expect(text).toMatch(/^  1\.10      cumple           Mecanismo de presentación directa de solicitudes/m);
    expect(text).toMatch(/^                             https:\/\/www\.municipio-ejemplo\.gov\.co\/atencion-al-ciudadano\/$/m);
    expect(text).toMatch(/^    4\.6\.1   desactualizado   Informes o comunicados de información relevante †$/m);
    expect(text).toMatch(/^                               Lo enlazado es del 2 de abril de 2024; con frecuencia mensual, debía renovarse a más tardar el 2 de mayo de 2024\.$/m);
    expect(text).toMatch(/^  9\.1       no aplica        Normatividad especial\n {29}Razón: El municipio de prueba/m);
    expect(text).toMatch(/^    1\.5\.10  falta            .* \(lo dice el numeral 1\.5\)$/m);
    expect(text).toContain("Resumen: 105 numerales calificables (los numerales sin subnumerales y cada subnumeral): 21 cumplen, 1 no aplica, 82 faltan, 1 desactualizado.");
    expect(text).toMatch(/Avisos \(no detienen la construcción\):\n  - content\/transparencia\.yaml: el numeral 4\.6 /);
  });
});
