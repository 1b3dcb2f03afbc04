/**
 * A survey as a citizen form. The content (content/encuestas/) is turned once into a `SurveyDefinition`
 * (public facts only, published next to the survey's page as encuesta.json), and `surveyForm` turns that
 * into the FormDef the page draws, the browser script checks and the Netlify Function checks: one
 * function, so the three cannot disagree. Imports nothing but the form types: the browser bundles it.
 */
import type { FieldDef, FormDef, Option } from "./definition.ts";

export type QuestionKind = "unica" | "multiple" | "escala" | "texto";

export interface SurveyQuestion {
  id: string;
  text: string;
  kind: QuestionKind;
  /** The options' labels, as the editor wrote them (choice kinds only). */
  options: string[];
  required: boolean;
  hint?: string;
}

export interface SurveyDefinition {
  id: string;
  title: string;
  /** The window, ISO with the Bogotá offset: answers are accepted from `opens` until `closes`. */
  opens: string;
  closes: string;
  questions: SurveyQuestion[];
}

export const SCALE_VALUES = ["1", "2", "3", "4", "5"] as const;
/** A free text answer: long enough for a paragraph, short enough to read them all. */
export const TEXT_MAX = 1000;
export const SURVEY_HONEYPOT = "sitio_web";

/** The value an option is sent and stored as: its label without accents, stable if options are reordered. */
export function optionValue(label: string): string {
  return (
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "opcion"
  );
}

export const questionField = (id: string) => `p_${id.replace(/-/g, "_")}`;

const SCALE_OPTIONS: Option[] = SCALE_VALUES.map((v) => ({
  value: v,
  label: v === "1" ? "1 (lo más bajo)" : v === "5" ? "5 (lo más alto)" : v,
}));

function fieldOf(q: SurveyQuestion): FieldDef {
  const base = { name: questionField(q.id), label: q.text, ...(q.hint ? { hint: q.hint } : {}), required: q.required };
  const unknown = `La respuesta enviada a «${q.text}» no es una de las opciones de esta encuesta. Elija una de las opciones que muestra el formulario`;
  switch (q.kind) {
    case "unica":
      return { ...base, kind: "radio", options: q.options.map((label) => ({ value: optionValue(label), label })), missing: `Elija una respuesta para «${q.text}»`, unknown };
    case "multiple":
      return {
        ...base,
        kind: "checkboxes",
        hint: q.hint ?? "Puede marcar varias.",
        options: q.options.map((label) => ({ value: optionValue(label), label })),
        missing: `Marque al menos una respuesta para «${q.text}»`,
        unknown,
      };
    case "escala":
      return {
        ...base,
        kind: "radio",
        hint: q.hint ?? "De 1 a 5: 1 es lo más bajo y 5 lo más alto.",
        options: SCALE_OPTIONS,
        missing: `Elija un número del 1 al 5 para «${q.text}»`,
        unknown: `La respuesta a «${q.text}» debe ser un número del 1 al 5. Elija uno de los que muestra el formulario`,
      };
    case "texto":
      return { ...base, kind: "textarea", maxLength: TEXT_MAX, missing: `Escriba su respuesta a «${q.text}»` };
  }
}

/** The form of a survey: one section, one field per question, in order. */
export function surveyForm(def: SurveyDefinition): FormDef {
  return {
    id: `encuesta-${def.id}`,
    // The questions are the version: an answer is stored with the form it answered.
    version: `${def.id}:${def.questions.map((q) => `${q.id}/${q.kind}/${q.options.map(optionValue).join(",")}`).join(";")}`,
    sections: [{ id: "preguntas", legend: "Preguntas", fields: def.questions.map(fieldOf) }],
    spam: { honeypot: SURVEY_HONEYPOT, honeypotLabel: "Deje este campo vacío", minSeconds: 3 },
  };
}

export type SurveyPhase = "proxima" | "abierta" | "cerrada";

/** Where the survey stands at a moment (ms since the epoch): before, during or after its window. */
export function surveyPhase(def: Pick<SurveyDefinition, "opens" | "closes">, at: number): SurveyPhase {
  if (at < Date.parse(def.opens)) return "proxima";
  return at <= Date.parse(def.closes) ? "abierta" : "cerrada";
}
