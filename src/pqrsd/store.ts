/**
 * How a PQRSD filing is kept in Netlify Blobs, so that a radicado is never issued twice and a failure
 * midway leaves nothing half-stored.
 *
 * Keys (one store, "pqrsd"):
 * - `radicados/<año>/<consecutivo>`: the claim on a number, created with `onlyIfNew` (an atomic
 *   create-only write on Netlify). Holds a random nonce and the time, nothing about the citizen. A claim
 *   is never deleted: a number that was claimed is never issued again, even if the filing then failed.
 * - `siguiente/<año>`: where to start looking for a free number. Only a hint; the claims decide.
 * - `expedientes/<radicado>/adjuntos/<n>` and `expedientes/<radicado>/solicitud.json`: the filing.
 * - `registro/<AAAA-MM>/<tipo>/<radicado>`: written last, it is the commit marker. A filing exists when its
 *   marker exists; staff lists and the build's counts read only markers, whose names carry month, type
 *   and number and nothing personal.
 * - `avisos/<radicado>`: the e-mail notice sent to the Alcaldía (absent: pending).
 * - `gestion/<radicado>`: what staff recorded (answered, transferred, denied).
 */
import type { Store } from "@netlify/blobs";

export const STORE_NAME = "pqrsd";

export type BlobStore = Pick<Store, "get" | "set" | "setJSON" | "delete" | "list" | "getMetadata">;

export class StorageError extends Error {
  constructor(
    message: string,
    readonly radicado?: string,
  ) {
    super(message);
  }
}

export interface Claim {
  nonce: string;
  at: string;
  state: "reservado" | "fallido";
}

export interface AttachmentMeta {
  key: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
}

export interface FilingRecord {
  radicado: string;
  formVersion: string;
  dataPolicyVersion: string;
  filedAt: string;
  type: string;
  deadline: { received: string; due: string; days: number; basis: string };
  data: Record<string, string>;
  attachments: AttachmentMeta[];
}

export interface Attachment {
  name: string;
  type: string;
  bytes: Uint8Array;
  sha256: string;
}

export const pad = (n: number) => String(n).padStart(6, "0");
export const radicadoOf = (year: number, seq: number) => `${year}-${pad(seq)}`;
export const RADICADO = /^(\d{4})-(\d{6})$/;

const claimKey = (year: number, seq: number) => `radicados/${year}/${pad(seq)}`;
const hintKey = (year: number) => `siguiente/${year}`;
export const recordKey = (radicado: string) => `expedientes/${radicado}/solicitud.json`;
export const attachmentKey = (radicado: string, n: number) => `expedientes/${radicado}/adjuntos/${n}`;
export const markerKey = (month: string, type: string, radicado: string) => `registro/${month}/${type}/${radicado}`;
export const noticeKey = (radicado: string) => `avisos/${radicado}`;
export const outcomeKey = (radicado: string) => `gestion/${radicado}`;

const STRONG = { consistency: "strong" } as const;

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function readJSON<T>(store: BlobStore, key: string): Promise<T | null> {
  return (await store.get(key, { type: "json", ...STRONG })) as T | null;
}

/**
 * How long a filing may spend getting its number. A synchronous Netlify Function has 10 seconds; past
 * this the citizen is told to try again (or use another channel) instead of the platform cutting the call.
 */
export const CLAIM_BUDGET_MS = 8000;

/** Every key under a prefix, in order. */
async function keysUnder(store: BlobStore, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of store.list({ prefix, paginate: true })) for (const b of page.blobs) keys.push(b.key);
  return keys.sort();
}

/** The lowest numbers of the year that nobody has claimed, from the list of claims. */
async function freeNumbers(store: BlobStore, year: number, count: number): Promise<number[]> {
  const taken = new Set((await keysUnder(store, `radicados/${year}/`)).map((k) => Number(k.slice(k.lastIndexOf("/") + 1))));
  const free: number[] = [];
  for (let n = 1; free.length < count; n++) if (!taken.has(n)) free.push(n);
  return free;
}

/**
 * Claims a free number of the year. A claim is a create-only write (`onlyIfNew`, atomic on Netlify); it
 * is then read back, because @netlify/blobs 10.7 reports `modified: true` for a conditional write that
 * failed with any status but 412 (netlify/primitives#741): only our own nonce, read back, proves the
 * number ours.
 *
 * Alone, a filing takes the number the hint points to, in one write. When that number is taken, others
 * are filing at the same moment, and if each then tried the next number, and the next, n filings would
 * make n² writes (20 s for 200 here). So a filing that lost takes a place in a queue (`cola/<año>/`,
 * keys ordered by time) and tries the free number whose position among the lowest free numbers is its
 * own position in the queue: filings that see the same queue pick different numbers, and a rare clash
 * (one saw a shorter queue) just tries again with fresh lists. The lowest free numbers are always the
 * ones handed out, so the sequence has no gaps; within a burst the order is the queue's.
 */
export async function claimRadicado(store: BlobStore, year: number, at: string, budgetMs = CLAIM_BUDGET_MS): Promise<string> {
  const started = Date.now();
  const hint = await readJSON<{ next: number }>(store, hintKey(year));
  let seq = Math.max(1, hint?.next ?? 1);
  let ticket: string | undefined;
  let lastInQueue = false;
  try {
    while (Date.now() - started < budgetMs) {
      const nonce = randomNonce();
      const claim: Claim = { nonce, at, state: "reservado" };
      const { modified } = await store.set(claimKey(year, seq), JSON.stringify(claim), { onlyIfNew: true });
      if (modified) {
        const back = await readJSON<Claim>(store, claimKey(year, seq));
        if (!back) throw new StorageError("la reserva del número no quedó guardada");
        if (back.nonce === nonce) {
          // Out of the queue at once: the others count their place without us.
          if (ticket) await store.delete(ticket).catch(() => undefined);
          // Best effort: a stale hint only costs the next filing one more try. In a burst only the last
          // in the queue writes it (the others would all write at once), pointing at the lowest free number.
          if (!ticket) await store.setJSON(hintKey(year), { next: seq + 1 }).catch(() => undefined);
          else if (lastInQueue) await store.setJSON(hintKey(year), { next: (await freeNumbers(store, year, 1).catch(() => [seq + 1]))[0] }).catch(() => undefined);
          return radicadoOf(year, seq);
        }
      }
      if (!ticket) {
        ticket = `cola/${year}/${String(Date.now()).padStart(15, "0")}-${randomNonce()}`;
        await store.set(ticket, "");
      }
      const queue = await keysUnder(store, `cola/${year}/`);
      const place = Math.max(0, queue.indexOf(ticket));
      lastInQueue = place === queue.length - 1;
      const free = await freeNumbers(store, year, place + 1);
      seq = free[place]!;
    }
  } finally {
    if (ticket) await store.delete(ticket).catch(() => undefined);
  }
  throw new StorageError("hay demasiadas solicitudes a la vez: no se obtuvo un número a tiempo");
}

export interface SaveInput {
  year: number;
  month: string;
  filedAt: string;
  build: (radicado: string, attachments: AttachmentMeta[]) => FilingRecord;
  attachments: Attachment[];
  claimBudgetMs?: number;
}

/**
 * Stores a filing: claim, attachments, record, and last the marker. If any step fails, what was written is
 * removed and the claim is marked failed (the number stays used), then the error is thrown: the citizen
 * is told nothing was filed.
 */
export async function saveFiling(store: BlobStore, input: SaveInput): Promise<FilingRecord> {
  const radicado = await claimRadicado(store, input.year, input.filedAt, input.claimBudgetMs);
  const written: string[] = [];
  try {
    const metas: AttachmentMeta[] = [];
    for (const [i, a] of input.attachments.entries()) {
      const key = attachmentKey(radicado, i + 1);
      written.push(key);
      await store.set(key, a.bytes.slice().buffer as ArrayBuffer, { metadata: { name: a.name, type: a.type, size: a.bytes.byteLength } });
      metas.push({ key, name: a.name, type: a.type, size: a.bytes.byteLength, sha256: a.sha256 });
    }
    const record = input.build(radicado, metas);
    written.push(recordKey(radicado));
    await store.set(recordKey(radicado), JSON.stringify(record));
    const marker = markerKey(input.month, record.type, radicado);
    written.push(marker);
    await store.set(marker, JSON.stringify({ at: input.filedAt }));
    // Read back what a reader will look for: the marker and the record it points to.
    const [m, r] = await Promise.all([store.getMetadata(marker, STRONG), readJSON<FilingRecord>(store, recordKey(radicado))]);
    if (!m || r?.radicado !== radicado) throw new StorageError("la solicitud no quedó completa al leerla de nuevo", radicado);
    return record;
  } catch (error) {
    await Promise.allSettled(written.reverse().map((k) => store.delete(k)));
    const failed: Claim = { nonce: "", at: input.filedAt, state: "fallido" };
    await store.set(claimKey(input.year, Number(radicado.slice(5))), JSON.stringify(failed)).catch(() => undefined);
    throw error instanceof StorageError ? error : new StorageError((error as Error)?.message ?? String(error), radicado);
  }
}

export interface MarkerEntry {
  radicado: string;
  month: string;
  type: string;
}

export function parseMarker(key: string): MarkerEntry | undefined {
  const m = /^registro\/(\d{4}-\d{2})\/([a-z_]+)\/(\d{4}-\d{6})$/.exec(key);
  return m ? { month: m[1]!, type: m[2]!, radicado: m[3]! } : undefined;
}

/** Every committed filing, from the markers alone: month, type and number, nothing personal. */
export async function listMarkers(store: BlobStore): Promise<MarkerEntry[]> {
  const found: MarkerEntry[] = [];
  for await (const page of store.list({ prefix: "registro/", paginate: true })) {
    for (const b of page.blobs) {
      const e = parseMarker(b.key);
      if (e) found.push(e);
    }
  }
  return found.sort((a, b) => b.radicado.localeCompare(a.radicado));
}

export interface ClaimEntry {
  radicado: string;
  claim: Claim;
}

/** Claims without a marker: numbers issued to filings that did not complete, for the staff's audit. */
export async function listClaims(store: BlobStore, year: number): Promise<ClaimEntry[]> {
  const out: ClaimEntry[] = [];
  for await (const page of store.list({ prefix: `radicados/${year}/`, paginate: true })) {
    for (const b of page.blobs) {
      const seq = Number(b.key.split("/").pop());
      const claim = await readJSON<Claim>(store, b.key);
      if (claim) out.push({ radicado: radicadoOf(year, seq), claim });
    }
  }
  return out;
}

export async function readRecord(store: BlobStore, radicado: string): Promise<FilingRecord | null> {
  return readJSON<FilingRecord>(store, recordKey(radicado));
}

export interface Notice {
  state: "enviado" | "pendiente";
  at: string;
  /** A short technical reason, never the message or any personal data. */
  reason?: string;
}

export async function readNotice(store: BlobStore, radicado: string): Promise<Notice | null> {
  return readJSON<Notice>(store, noticeKey(radicado));
}

export async function writeNotice(store: BlobStore, radicado: string, notice: Notice): Promise<void> {
  await store.setJSON(noticeKey(radicado), notice);
}

export const OUTCOMES = [
  { value: "en_tramite", label: "En trámite" },
  { value: "respondida", label: "Respondida" },
  { value: "trasladada", label: "Trasladada a otra entidad" },
  { value: "negada", label: "Negada (información reservada o clasificada)" },
  { value: "desistida", label: "Desistida o archivada" },
] as const;
export type OutcomeState = (typeof OUTCOMES)[number]["value"];

export interface Outcome {
  state: OutcomeState;
  /** Date of the answer, transfer or denial (AAAA-MM-DD, Bogota). */
  date?: string;
  /** Entity the request was transferred to. */
  entity?: string;
  /** Staff's own note: never published. */
  note?: string;
  /** The filing's day of receipt, copied here so the quarterly report needs no record (answer times). */
  received?: string;
  by: string;
  at: string;
}

export async function readOutcome(store: BlobStore, radicado: string): Promise<Outcome | null> {
  return readJSON<Outcome>(store, outcomeKey(radicado));
}

export async function writeOutcome(store: BlobStore, radicado: string, outcome: Outcome): Promise<void> {
  await store.setJSON(outcomeKey(radicado), outcome);
}

/** Every recorded outcome, for the quarterly report: state and dates only. */
export async function listOutcomes(store: BlobStore): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  for await (const page of store.list({ prefix: "gestion/", paginate: true })) {
    for (const b of page.blobs) {
      const o = await readJSON<Outcome>(store, b.key);
      if (o) out.set(b.key.slice("gestion/".length), o);
    }
  }
  return out;
}
