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
 * Claims the next free number of the year. Each try is a create-only write of the claim; the claim is
 * then read back, because @netlify/blobs 10.7 reports `modified: true` for a conditional write that failed
 * with any status but 412 (netlify/primitives#741): only our own nonce, read back, proves the number ours.
 */
export async function claimRadicado(store: BlobStore, year: number, at: string, maxTries = 2000): Promise<string> {
  const hint = await readJSON<{ next: number }>(store, hintKey(year));
  let seq = Math.max(1, hint?.next ?? 1);
  for (let tries = 0; tries < maxTries; tries++) {
    const nonce = randomNonce();
    const claim: Claim = { nonce, at, state: "reservado" };
    const { modified } = await store.set(claimKey(year, seq), JSON.stringify(claim), { onlyIfNew: true });
    if (modified) {
      const back = await readJSON<Claim>(store, claimKey(year, seq));
      if (!back) throw new StorageError("la reserva del número no quedó guardada");
      if (back.nonce === nonce) {
        // Best effort: a stale hint only costs the next filing a few more tries.
        await store.setJSON(hintKey(year), { next: seq + 1 }).catch(() => undefined);
        return radicadoOf(year, seq);
      }
    }
    seq++;
    if (tries % 16 === 15) {
      // Many others are filing at once: skip to where the winners have got to.
      const fresh = await readJSON<{ next: number }>(store, hintKey(year)).catch(() => null);
      if (fresh && fresh.next > seq) seq = fresh.next;
    }
  }
  throw new StorageError("no se encontró un número libre");
}

export interface SaveInput {
  year: number;
  month: string;
  filedAt: string;
  build: (radicado: string, attachments: AttachmentMeta[]) => FilingRecord;
  attachments: Attachment[];
}

/**
 * Stores a filing: claim, attachments, record, and last the marker. If any step fails, what was written is
 * removed and the claim is marked failed (the number stays used), then the error is thrown: the citizen
 * is told nothing was filed.
 */
export async function saveFiling(store: BlobStore, input: SaveInput): Promise<FilingRecord> {
  const radicado = await claimRadicado(store, input.year, input.filedAt);
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
