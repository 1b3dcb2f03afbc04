/**
 * How survey answers are kept, in the PQRSD store («pqrsd», the same Netlify Blobs store and protections)
 * under a prefix of their own:
 *
 * - `encuestas/<encuesta>/respuestas/<nonce>`: one answer, written once with `onlyIfNew` (create-only on
 *   Netlify). The nonce comes from the signed cookie of one opening of the form, so the same POST sent
 *   twice (a double click, a retry) is one answer. Holds the answers and the moment, nothing about who.
 * - `encuestas/<encuesta>/limite/<cliente>/<hora>/…`: the per-client count against floods (hashed address).
 *
 * Free text answers are in the record, apart from the choices: staff read them (CSV); the build counts
 * them and drops the text as it reads.
 */
import type { BlobStore } from "../pqrsd/store.ts";
import { StorageError } from "../pqrsd/store.ts";

export interface SurveyAnswer {
  survey: string;
  formVersion: string;
  answeredAt: string;
  /** Per question id, the option value(s) or the scale's number. Unanswered questions are absent. */
  choices: Record<string, string[]>;
  /** Per question id, the free text: kept apart, so the build's counts never need to read one. */
  texts: Record<string, string>;
}

export const answersPrefix = (survey: string) => `encuestas/${survey}/respuestas/`;
export const answerKey = (survey: string, nonce: string) => `${answersPrefix(survey)}${nonce}`;
export const limitScope = (survey: string) => `encuestas/${survey}/limite`;
export const SURVEY_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Stores an answer once. `false`: this opening of the form had already answered (nothing new stored).
 * The record is read back because @netlify/blobs 10.7 may report `modified: true` for a conditional
 * write that failed (see claimNumber in src/pqrsd/store.ts): an answer counts only once it is there.
 */
export async function saveAnswer(store: BlobStore, nonce: string, answer: SurveyAnswer): Promise<boolean> {
  const { modified } = await store.setJSON(answerKey(answer.survey, nonce), answer, { onlyIfNew: true });
  if (!modified) return false;
  const stored = await store.get(answerKey(answer.survey, nonce), { type: "json", consistency: "strong" });
  if (!stored) throw new StorageError("la respuesta no quedó guardada");
  return true;
}

/** Every answer of a survey, oldest first. */
export async function listAnswers(store: BlobStore, survey: string): Promise<SurveyAnswer[]> {
  const { blobs } = await store.list({ prefix: answersPrefix(survey) });
  const records = await Promise.all(blobs.map((b) => store.get(b.key, { type: "json", consistency: "strong" }) as Promise<SurveyAnswer | null>));
  return records.filter((r): r is SurveyAnswer => Boolean(r)).sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

/** The ids of the surveys with answers in the store. */
export async function surveysWithAnswers(store: BlobStore): Promise<string[]> {
  const { directories } = await store.list({ prefix: "encuestas/", directories: true });
  return directories.map((d) => d.replace(/^encuestas\//, "").replace(/\/$/, "")).filter((id) => SURVEY_ID.test(id));
}
