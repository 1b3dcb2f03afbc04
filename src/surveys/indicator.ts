/**
 * The survey answers as a source of the plan's indicators («Evaluar el uso del sitio Web por parte de los
 * ciudadanos»): rule `collections: [respuestas-encuestas]` counts answers, one row per answered question,
 * dated the day of the answer, with the survey, the question and what was chosen, never a text:
 *
 *   rule: { collections: [respuestas-encuestas], measure: count,
 *           where: [{ field: pregunta, equals: utilidad }, { field: valor, at_least: 4 }] }
 *
 * counts the answers that rated the question «utilidad» 4 or 5 in each period. `encuesta` narrows it to
 * one survey. A free text answer is a row with neither `opcion` nor `valor`.
 */
import { DateTime } from "luxon";
import { ZONE, parseContentDate } from "../dates/index.ts";
import type { FieldSpec } from "../schema/fields.ts";
import type { SurveysData } from "./results.ts";

export const SURVEY_ANSWERS_COLLECTION = "respuestas-encuestas";

/** What a rule over the answers may name, for the plan's check (src/content/checks.ts). */
export const SURVEY_ROW_FIELDS: Record<string, FieldSpec> = {
  encuesta: { kind: "string", label: "Encuesta (su identificador)", required: true },
  pregunta: { kind: "string", label: "Pregunta (su identificador)", required: true },
  opcion: { kind: "string", label: "Opción elegida", required: false },
  valor: { kind: "number", label: "Valor de la escala de 1 a 5", required: false },
};

export interface SurveyRow {
  collection: string;
  date: NonNullable<ReturnType<typeof parseContentDate> & { ok: true }>["value"];
  fields: Record<string, unknown>;
}

export function surveyRows(data: SurveysData | undefined): SurveyRow[] {
  if (!data?.available) return [];
  return Object.entries(data.answers).flatMap(([encuesta, answers]) =>
    answers.flatMap((a) => {
      const parsed = parseContentDate(DateTime.fromISO(a.answeredAt).setZone(ZONE).toISODate());
      if (!parsed.ok) return [];
      const date = parsed.value;
      const chosen = Object.entries(a.choices).flatMap(([pregunta, values]) =>
        values.map((v) => ({ collection: SURVEY_ANSWERS_COLLECTION, date, fields: /^[1-5]$/.test(v) ? { encuesta, pregunta, opcion: v, valor: Number(v) } : { encuesta, pregunta, opcion: v } })),
      );
      const written = a.texts.map((pregunta) => ({ collection: SURVEY_ANSWERS_COLLECTION, date, fields: { encuesta, pregunta } }));
      return [...chosen, ...written];
    }),
  );
}
