/** The survey answers as rows of a plan indicator: a rule names them, the check knows their fields. */
import { describe, expect, it } from "vitest";
import { planIndicators } from "../../src/indicators/report.ts";
import { surveyRows } from "../../src/surveys/indicator.ts";
import type { SurveysData } from "../../src/surveys/results.ts";
import { load, makeContent } from "../helpers/content.ts";

const plan = (rule: string) => ({
  "planes/plan.md": `---
title: Plan de acción
summary: Plan de prueba.
period: 2026-2027
approved: 2026-01-15
approved_by: Comité
signatories:
  - name: Persona
    role: Alcalde
indicators:
  - id: satisfaccion
    name: Respuestas que califican útil la información
    wording: Evaluar el uso del sitio Web por parte de los ciudadanos
    target: { value: 2, unit: respuestas, period: month, wording: 2 al mes }
    rule: ${rule}
---
Texto.
`,
});

const DATA: SurveysData = {
  available: true,
  source: "prueba",
  answers: {
    opinion: [
      { answeredAt: "2026-11-20T10:00:00.000-05:00", choices: { utilidad: ["5"], temas: ["contratacion", "noticias"] }, texts: ["sugerencia"] },
      { answeredAt: "2026-11-21T10:00:00.000-05:00", choices: { utilidad: ["4"] }, texts: [] },
      { answeredAt: "2026-12-01T23:30:00.000-05:00", choices: { utilidad: ["2"] }, texts: [] },
    ],
  },
};

describe("las respuestas como filas de un indicador", () => {
  it("una fila por pregunta respondida, con la escala como número y sin ningún texto", () => {
    const rows = surveyRows(DATA);
    expect(rows.map((r) => [r.date.dt.toISODate(), r.fields])).toEqual([
      ["2026-11-20", { encuesta: "opinion", pregunta: "utilidad", opcion: "5", valor: 5 }],
      ["2026-11-20", { encuesta: "opinion", pregunta: "temas", opcion: "contratacion" }],
      ["2026-11-20", { encuesta: "opinion", pregunta: "temas", opcion: "noticias" }],
      ["2026-11-20", { encuesta: "opinion", pregunta: "sugerencia" }],
      ["2026-11-21", { encuesta: "opinion", pregunta: "utilidad", opcion: "4", valor: 4 }],
      // 23:30 in Bogotá is still the 1st there.
      ["2026-12-01", { encuesta: "opinion", pregunta: "utilidad", opcion: "2", valor: 2 }],
    ]);
    expect(surveyRows({ available: false, reason: "x" })).toEqual([]);
  });

  it("la regla cuenta por mes las respuestas de 4 o más a una pregunta", () => {
    const portal = load(makeContent(plan("{ collections: [respuestas-encuestas], measure: count, where: [{ field: pregunta, equals: utilidad }, { field: valor, at_least: 4 }] }")), "2026-12-02T10:00");
    const [ind] = planIndicators(portal, portal.entries.planes[0]!, undefined, DATA).indicators;
    expect(ind!.periods.map((p) => [p.period, p.value])).toEqual([["2026-11", 2], ["2026-12", 0]]);
    expect(ind!.note).toMatch(/desde noviembre de 2026, cuando el portal recibió la primera respuesta a una encuesta/);
    const [none] = planIndicators(portal, portal.entries.planes[0]!, undefined, { available: false, reason: "esta construcción no tiene acceso a la tienda de respuestas" }).indicators;
    expect(none!.note).toBe("No hay datos en esta publicación del portal: esta construcción no tiene acceso a la tienda de respuestas.");
  });

  it("una regla con un campo que las respuestas no tienen se rechaza al validar el plan", () => {
    const dir = makeContent(plan("{ collections: [respuestas-encuestas], measure: count, where: [{ field: nota, at_least: 4 }] }"));
    expect(() => load(dir, "2026-12-02T10:00")).toThrow(/la regla usa el campo «nota», que no existe en «respuestas-encuestas» \(campos: encuesta, pregunta, opcion, valor\)/);
  });
});
