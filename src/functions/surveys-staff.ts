/**
 * Staff's download of a survey's answers, free texts included (they are not public): one row per answer,
 * one column per question, in the order of the survey. Served by the staff area (src/functions/pqrsd-staff.ts),
 * behind the same credentials; the columns come from the definition the site publishes, or from the
 * answers themselves if the survey is no longer on the site.
 */
import { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import type { SurveyDefinition } from "../forms/survey.ts";
import { toCsv } from "../pqrsd/csv.ts";
import type { BlobStore } from "../pqrsd/store.ts";
import { listAnswers } from "../surveys/store.ts";

export const SURVEY_CSV = /^encuestas\/([a-z0-9][a-z0-9-]{0,99})\.csv$/;

export async function surveyAnswersCsv(store: BlobStore, id: string, def: SurveyDefinition | undefined): Promise<string> {
  const answers = await listAnswers(store, id);
  const ids = def ? def.questions.map((q) => q.id) : [...new Set(answers.flatMap((a) => [...Object.keys(a.choices), ...Object.keys(a.texts)]))];
  const header = ["respondida", ...ids];
  const rows = answers.map((a) => [
    DateTime.fromISO(a.answeredAt, { zone: ZONE }).toFormat("yyyy-LL-dd HH:mm"),
    ...ids.map((q) => a.texts[q] ?? (a.choices[q] ?? []).join(" | ")),
  ]);
  return toCsv(header, rows);
}

export async function fetchDefinition(fetchSite: ((path: string) => Promise<Response>) | undefined, id: string): Promise<SurveyDefinition | undefined> {
  try {
    const res = await fetchSite?.(`/participa/encuestas/${id}/encuesta.json`);
    return res?.ok ? ((await res.json()) as SurveyDefinition) : undefined;
  } catch {
    return undefined;
  }
}
