/**
 * Comments on draft rules, kept in the same Netlify Blobs store as the PQRSD filings, under their own
 * prefix: `comentarios/<proyecto>/<apertura>-<nonce>`. The key comes from the signed start of the form
 * the citizen opened, so the same form sent twice (a double click, a reload) is stored once; it is written
 * with `onlyIfNew` and read back, as a filing's claim is. Nothing of a comment reaches the build: the
 * matrix the site publishes is written by the editors.
 */
import { StorageError, type BlobStore } from "./store.ts";

export interface CommentRecord {
  draft: string;
  receivedAt: string;
  formVersion: string;
  /** Present when the citizen gave personal data and consented. */
  dataPolicyVersion?: string;
  data: Record<string, string>;
}

const STRONG = { consistency: "strong" } as const;

export const commentPrefix = (draft: string) => `comentarios/${draft}/`;

/** One key per opened form: the moment it was opened and the nonce of its signed start (src/pqrsd/request.ts). */
export function commentKey(draft: string, nonce: string, startMs: number): string {
  return `${commentPrefix(draft)}${String(startMs).padStart(15, "0")}-${nonce}`;
}

/** Stores a comment once. `false`: this same form was already stored (nothing new written). */
export async function saveComment(store: BlobStore, key: string, record: CommentRecord): Promise<boolean> {
  const body = JSON.stringify(record);
  const { modified } = await store.set(key, body, { onlyIfNew: true });
  const back = (await store.get(key, { type: "text", ...STRONG })) as string | null;
  if (!back) throw new StorageError("el comentario no quedó guardado");
  // @netlify/blobs may report a failed conditional write as done (src/pqrsd/store.ts): what is stored decides.
  return modified && back === body;
}

export async function listComments(store: BlobStore, draft: string): Promise<CommentRecord[]> {
  const out: CommentRecord[] = [];
  for await (const page of store.list({ prefix: commentPrefix(draft), paginate: true })) {
    for (const b of page.blobs) {
      const r = (await store.get(b.key, { type: "json", ...STRONG })) as CommentRecord | null;
      if (r) out.push(r);
    }
  }
  return out.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

/** How many comments each draft has, from the keys alone. */
export async function countComments(store: BlobStore): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const page of store.list({ prefix: "comentarios/", paginate: true })) {
    for (const b of page.blobs) {
      const draft = b.key.split("/")[1];
      if (draft) counts.set(draft, (counts.get(draft) ?? 0) + 1);
    }
  }
  return counts;
}
