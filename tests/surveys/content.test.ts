/** A survey in content/encuestas/: what the build accepts, what it refuses (naming file and field), its definition. */
import { describe, expect, it } from "vitest";
import { surveyDefinition } from "../../src/content/surveys.ts";
import { load, makeContent } from "../helpers/content.ts";

const survey = (questions: string, window = "opens: 2026-11-15T08:00\ncloses: 2027-01-31T18:00") => ({
  "encuestas/opinion.md": `---\ntitle: Opinión sobre el portal\npurpose: Saber qué tan útil es la información.\n${window}\nquestions:\n${questions}---\nTarda tres minutos.\n`,
});

const GOOD_QUESTIONS = `  - id: utilidad
    text: ¿Qué tan útil le parece?
    kind: escala
    required: true
  - id: temas
    text: ¿Qué temas busca?
    kind: multiple
    options: [Trámites, Contratación]
`;

describe("una encuesta en content/encuestas/", () => {
  it("se lee con su ventana en hora de Bogotá y da la definición que publica el sitio", () => {
    const portal = load(makeContent(survey(GOOD_QUESTIONS)), "2026-12-02T10:00");
    const entry = portal.entries.encuestas[0]!;
    expect(entry.url).toBe("/participa/encuestas/opinion/");
    expect(surveyDefinition(entry)).toEqual({
      id: "opinion",
      title: "Opinión sobre el portal",
      opens: "2026-11-15T08:00:00.000-05:00",
      closes: "2027-01-31T18:00:00.000-05:00",
      questions: [
        { id: "utilidad", text: "¿Qué tan útil le parece?", kind: "escala", options: [], required: true },
        { id: "temas", text: "¿Qué temas busca?", kind: "multiple", options: ["Trámites", "Contratación"], required: false },
      ],
    });
  });

  it("una encuesta futura también se publica: su página dice cuándo abre", () => {
    const portal = load(makeContent(survey(GOOD_QUESTIONS)), "2026-01-01T10:00");
    expect(portal.entries.encuestas.map((e) => e.id)).toEqual(["opinion"]);
  });

  it("rechaza una pregunta de opciones con una sola opción", () => {
    const dir = makeContent(survey(`  - id: temas\n    text: ¿Qué temas busca?\n    kind: unica\n    options: [Trámites]\n`));
    expect(() => load(dir, "2026-12-02T10:00")).toThrow(/encuestas\/opinion\.md(:\d+)?: el campo «Preguntas › 1 › Opciones» \(options\) tiene 1 y «¿Qué temas busca\?» es una pregunta de opciones: escriba al menos dos/);
  });

  it("rechaza dos preguntas con el mismo identificador", () => {
    const dir = makeContent(survey(`${GOOD_QUESTIONS}  - id: utilidad\n    text: ¿Otra?\n    kind: texto\n`));
    expect(() => load(dir, "2026-12-02T10:00")).toThrow(/encuestas\/opinion\.md(:\d+)?: el campo «Preguntas › 3 › Identificador» \(id\) repite el identificador «utilidad» de la pregunta 1/);
  });

  it("rechaza un cierre anterior a la apertura", () => {
    const dir = makeContent(survey(GOOD_QUESTIONS, "opens: 2027-01-31T18:00\ncloses: 2026-11-15T08:00"));
    expect(() => load(dir, "2026-12-02T10:00")).toThrow(/encuestas\/opinion\.md(:\d+)?: el campo «Cierra» \(closes\) debe ser posterior a «Abre»/);
  });

  it("rechaza dos opciones que cuentan como la misma", () => {
    const dir = makeContent(survey(`  - id: a\n    text: ¿A?\n    kind: unica\n    options: [Trámites, tramites]\n`));
    expect(() => load(dir, "2026-12-02T10:00")).toThrow(/\(options\) repite una opción \(«Trámites» y «tramites» cuentan como la misma\)/);
  });

  it("rechaza un tipo de pregunta que no existe y opciones en una escala", () => {
    expect(() => load(makeContent(survey(`  - id: a\n    text: ¿A?\n    kind: abierta\n`)), "2026-12-02T10:00")).toThrow(/«Preguntas › 1 › Tipo de respuesta» \(kind\) debe ser uno de «unica», «multiple», «escala», «texto»; se encontró «abierta»/);
    expect(() => load(makeContent(survey(`  - id: a\n    text: ¿A?\n    kind: escala\n    options: [Sí, No]\n`)), "2026-12-02T10:00")).toThrow(/\(options\) sobra: «¿A\?» no es una pregunta de opciones \(escala de 1 a 5\): borre las opciones/);
  });
});
