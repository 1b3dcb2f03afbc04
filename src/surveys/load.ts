/** Reading the survey answers at build time from the store the build can reach, as the PQRSD counts do. */
import { readBuildStore } from "../pqrsd/counts.ts";
import type { BlobStore } from "../pqrsd/store.ts";
import { countedAnswer, type CountedAnswer, type SurveysData } from "./results.ts";
import { listAnswers, surveysWithAnswers } from "./store.ts";

/** Reads every survey's answers, stripped of their texts. */
export async function readSurveysData(store: BlobStore, source: string): Promise<SurveysData> {
  const answers: Record<string, CountedAnswer[]> = {};
  for (const id of await surveysWithAnswers(store)) answers[id] = (await listAnswers(store, id)).map(countedAnswer);
  return { available: true, source, answers };
}

export async function loadSurveysData(root: string, env: Record<string, string | undefined> = process.env): Promise<SurveysData> {
  const result = await readBuildStore(root, env, "respuestas", readSurveysData);
  return result.ok ? result.value : { available: false, reason: result.reason };
}
