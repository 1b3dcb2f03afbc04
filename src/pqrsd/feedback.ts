/**
 * Page feedback («¿Le fue útil esta página?») in the PQRSD store, under its own prefix:
 *
 * - `utilidad/<AAAA-MM>/<página>/<vista>`: one vote. `<página>` is a hash of the page's path (paths have
 *   slashes and any length); `<vista>` is a keyed hash that names one page view, so a repeat of the same
 *   view lands on the same key and, written with `onlyIfNew`, is counted once. The vote holds the page's
 *   path, the answer, the optional comment and the time; nothing about who sent it.
 *
 * Staff read monthly summaries per page and the comments (src/functions/feedback-staff.ts); nothing of
 * this is published or read by the build.
 */
import { createHash, createHmac } from "node:crypto";
import type { FeedbackVote } from "../forms/feedback.ts";
import { StorageError, type BlobStore } from "./store.ts";

export const FEEDBACK_PREFIX = "utilidad/";
/** Flood counters of the feedback form: apart from PQRSD's, so votes never use up a citizen's filings. */
export const FEEDBACK_LIMIT_PREFIX = "utilidad-limite";
/**
 * A page view, without JavaScript or cookies, is the same client on the same page within this many
 * minutes: a double click, a reload or going back and sending again within it count once.
 */
export const VIEW_WINDOW_MINUTES = 10;

export interface FeedbackRecord {
  page: string;
  vote: FeedbackVote;
  comment?: string;
  /** ISO time in Bogota. */
  at: string;
  formVersion: string;
}

export const pageHash = (page: string) => createHash("sha256").update(page).digest("hex").slice(0, 16);

/** Which view a vote belongs to: the hashed client, the page and the time window, under the secret. */
export function viewId(secret: string, client: string, page: string, windowStart: string): string {
  return createHmac("sha256", secret).update(`utilidad:${client}:${page}:${windowStart}`).digest("hex").slice(0, 24);
}

export const feedbackKey = (month: string, page: string, view: string) => `${FEEDBACK_PREFIX}${month}/${pageHash(page)}/${view}`;

const FEEDBACK_KEY = /^utilidad\/(\d{4}-\d{2})\/([0-9a-f]{16})\/([0-9a-f]{24})$/;

/**
 * Stores a vote once. The write is create-only; a repeat of the view finds the key taken, which is not an
 * error: the first answer of a view counts. Read back, because @netlify/blobs 10.7 reports `modified: true`
 * for a conditional write that failed (netlify/primitives#741): only a vote that can be read is stored.
 * Returns whether this call stored it (false: the view had voted already).
 */
export async function saveVote(store: BlobStore, key: string, record: FeedbackRecord): Promise<boolean> {
  const { modified } = await store.set(key, JSON.stringify(record), { onlyIfNew: true });
  const back = (await store.get(key, { type: "json", consistency: "strong" })) as FeedbackRecord | null;
  if (!back) throw new StorageError("la respuesta no quedó guardada");
  return modified && back.at === record.at && back.vote === record.vote && back.comment === record.comment;
}

export interface StoredVote extends FeedbackRecord {
  month: string;
}

/** Every vote of a month (or of all months), read in small parallel batches. */
export async function listVotes(store: BlobStore, month?: string): Promise<StoredVote[]> {
  const keys: { key: string; month: string }[] = [];
  for await (const page of store.list({ prefix: month ? `${FEEDBACK_PREFIX}${month}/` : FEEDBACK_PREFIX, paginate: true })) {
    for (const b of page.blobs) {
      const m = FEEDBACK_KEY.exec(b.key);
      if (m) keys.push({ key: b.key, month: m[1]! });
    }
  }
  const out: StoredVote[] = [];
  for (let i = 0; i < keys.length; i += 20) {
    const batch = await Promise.all(keys.slice(i, i + 20).map(async (k) => ({ k, r: (await store.get(k.key, { type: "json", consistency: "strong" })) as FeedbackRecord | null })));
    for (const { k, r } of batch) if (r && (r.vote === "si" || r.vote === "no")) out.push({ ...r, month: k.month });
  }
  return out;
}

export interface SummaryRow {
  month: string;
  page: string;
  yes: number;
  no: number;
  /** Share of «Sí», 0–100 with one decimal. */
  usefulPercent: number;
  comments: number;
}

/** One row per month and page: newest month first, then the page with most answers. */
export function summarize(votes: readonly StoredVote[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  for (const v of votes) {
    const id = `${v.month} ${v.page}`;
    const row = rows.get(id) ?? { month: v.month, page: v.page, yes: 0, no: 0, usefulPercent: 0, comments: 0 };
    if (v.vote === "si") row.yes++;
    else row.no++;
    if (v.comment) row.comments++;
    rows.set(id, row);
  }
  for (const r of rows.values()) r.usefulPercent = Math.round((1000 * r.yes) / (r.yes + r.no)) / 10;
  return [...rows.values()].sort((a, b) => b.month.localeCompare(a.month) || b.yes + b.no - (a.yes + a.no) || a.page.localeCompare(b.page));
}
