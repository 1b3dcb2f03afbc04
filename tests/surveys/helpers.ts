/** A survey definition for the tests, and the answers a person would send, as form fields. */
import type { SurveyDefinition } from "../../src/forms/survey.ts";

export const SURVEY: SurveyDefinition = {
  id: "opinion-portal",
  title: "¿Le sirve la información del portal?",
  opens: "2026-11-15T08:00:00.000-05:00",
  closes: "2027-01-31T18:00:00.000-05:00",
  questions: [
    { id: "frecuencia", text: "¿Con qué frecuencia visita el portal?", kind: "unica", options: ["Es la primera vez", "Cada semana"], required: true },
    { id: "utilidad", text: "¿Qué tan útil le parece?", kind: "escala", options: [], required: true },
    { id: "temas", text: "¿Qué temas busca?", kind: "multiple", options: ["Trámites y servicios", "Contratación", "Noticias y eventos"], required: false },
    { id: "sugerencia", text: "¿Qué le gustaría encontrar?", kind: "texto", options: [], required: false },
  ],
};

export const GOOD: [string, string][] = [
  ["encuesta", SURVEY.id],
  ["p_frecuencia", "cada-semana"],
  ["p_utilidad", "4"],
  ["p_temas", "tramites-y-servicios"],
  ["p_temas", "contratacion"],
  ["p_sugerencia", "Los horarios del puesto de salud de la vereda"],
  ["sitio_web", ""],
];

export function answerBody(pairs: [string, string][] = GOOD): URLSearchParams {
  return new URLSearchParams(pairs);
}
