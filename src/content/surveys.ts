/**
 * A survey entry as the form and the function know it, and what a survey must keep beyond its fields:
 * choice questions with two options or more, no two questions with one id, a window that closes after
 * it opens. Shared by the build and the CMS preview (src/content/checks.ts).
 */
import { optionValue, type SurveyDefinition } from "../forms/survey.ts";
import type { SurveyEntry } from "./types.ts";

export type { SurveyEntry } from "./types.ts";

export function surveyDefinition(entry: SurveyEntry): SurveyDefinition {
  const d = entry.data;
  return {
    id: entry.id,
    title: d.title,
    opens: d.opens.dt.toISO()!,
    closes: d.closes.dt.toISO()!,
    questions: d.questions.map((q) => ({
      id: q.id,
      text: q.text,
      kind: q.kind,
      options: q.kind === "unica" || q.kind === "multiple" ? [...(q.options ?? [])] : [],
      required: q.required,
      ...(q.hint ? { hint: q.hint } : {}),
    })),
  };
}

/** `at(field, message)` names the field by its path, as the other checks do («questions.2.options»). */
export function checkSurvey(entry: SurveyEntry, at: (field: string, message: string) => void): void {
  const d = entry.data;
  if (d.closes.dt <= d.opens.dt) at("closes", `debe ser posterior a «Abre» (${d.opens.raw}): la encuesta cerraría antes de abrir`);
  const ids = new Map<string, number>();
  for (const [i, q] of d.questions.entries()) {
    const first = ids.get(q.id);
    if (first !== undefined) at(`questions.${i}.id`, `repite el identificador «${q.id}» de la pregunta ${first + 1}: cada pregunta necesita uno propio`);
    else ids.set(q.id, i);
    const choice = q.kind === "unica" || q.kind === "multiple";
    const options = q.options ?? [];
    if (choice && options.length < 2) at(`questions.${i}.options`, `tiene ${options.length} y «${q.text}» es una pregunta de opciones: escriba al menos dos`);
    if (!choice && options.length) at(`questions.${i}.options`, `sobra: «${q.text}» no es una pregunta de opciones (${q.kind === "escala" ? "escala de 1 a 5" : "texto libre"}): borre las opciones o cambie el tipo de respuesta`);
    const values = new Map<string, string>();
    for (const label of options) {
      const twin = values.get(optionValue(label));
      if (twin !== undefined) at(`questions.${i}.options`, `repite una opción («${twin}» y «${label}» cuentan como la misma): cámbiele el texto a una`);
      else values.set(optionValue(label), label);
    }
  }
}
