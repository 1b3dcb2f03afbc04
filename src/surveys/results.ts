/**
 * What the build may know of the survey answers: counts per option, the scale's distribution and average,
 * and how many wrote a free text, never a text or a single answer. The answers are read from the store
 * the build can reach (src/surveys/load.ts); the texts are dropped as they are read. Pure: the CMS
 * preview bundles it.
 */
import type { SurveyDefinition } from "../forms/survey.ts";
import { optionValue, SCALE_VALUES } from "../forms/survey.ts";
import type { SurveyAnswer } from "./store.ts";

/** One answer without its texts: the choices per question, and which questions got a text. */
export interface CountedAnswer {
  answeredAt: string;
  choices: Record<string, string[]>;
  texts: string[];
}

export type SurveysData =
  | { available: true; source: string; answers: Record<string, CountedAnswer[]> }
  | { available: false; reason: string };

export interface OptionCount {
  value: string;
  label: string;
  count: number;
  /** Of those who answered the question, 0–100 with one decimal. */
  percent: number;
}

export interface QuestionResult {
  id: string;
  text: string;
  kind: SurveyDefinition["questions"][number]["kind"];
  /** How many answered this question. */
  answered: number;
  /** Choice and scale questions; empty for free text. */
  options: OptionCount[];
  /** Scale questions: the mean of 1–5, with one decimal. */
  average?: number;
}

export interface SurveyResults {
  total: number;
  questions: QuestionResult[];
}

export function countedAnswer(answer: Pick<SurveyAnswer, "answeredAt" | "choices" | "texts">): CountedAnswer {
  return { answeredAt: answer.answeredAt, choices: answer.choices ?? {}, texts: Object.keys(answer.texts ?? {}) };
}

const percent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);

export function aggregate(def: SurveyDefinition, answers: readonly CountedAnswer[]): SurveyResults {
  const questions = def.questions.map((q): QuestionResult => {
    if (q.kind === "texto") return { id: q.id, text: q.text, kind: q.kind, answered: answers.filter((a) => a.texts.includes(q.id)).length, options: [] };
    const given = answers.map((a) => a.choices[q.id] ?? []).filter((c) => c.length > 0);
    const options = q.kind === "escala" ? SCALE_VALUES.map((v) => ({ value: v, label: v })) : q.options.map((label) => ({ value: optionValue(label), label }));
    const counted = options.map((o) => {
      const count = given.filter((c) => c.includes(o.value)).length;
      return { ...o, count, percent: percent(count, given.length) };
    });
    const result: QuestionResult = { id: q.id, text: q.text, kind: q.kind, answered: given.length, options: counted };
    if (q.kind === "escala") {
      const sum = counted.reduce((s, o) => s + Number(o.value) * o.count, 0);
      const n = counted.reduce((s, o) => s + o.count, 0);
      if (n) result.average = Math.round((sum / n) * 10) / 10;
    }
    return result;
  });
  return { total: answers.length, questions };
}
