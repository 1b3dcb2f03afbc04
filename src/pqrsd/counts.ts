/**
 * What the build may know of the PQRSD channel: counts, never a filing. It reads the names of the commit
 * markers (`registro/<AAAA-MM>/<tipo>/<radicado>`) and the outcomes staff recorded (state and dates
 * only), never a record or an attachment.
 *
 * On Netlify the build has the site's Blobs; locally it reads the emulator's store in
 * `.netlify/blobs-serve/`. With neither, the pages say there are no data, rather than showing zeros.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { REQUEST_TYPES, type RequestType } from "../forms/pqrsd.ts";
import { listMarkers, listOutcomes, STORE_NAME, type BlobStore, type OutcomeState } from "./store.ts";

export interface FilingCount {
  month: string;
  type: RequestType;
  radicado: string;
}

export interface OutcomeCount {
  radicado: string;
  state: OutcomeState;
  /** Day the filing counted as received (AAAA-MM-DD). */
  received?: string;
  /** Day of the answer, transfer or denial. */
  date?: string;
}

export type PqrsdData =
  | { available: true; source: string; filings: FilingCount[]; outcomes: OutcomeCount[] }
  | { available: false; reason: string };

const TYPES = new Set<string>(REQUEST_TYPES.map((t) => t.value));

export async function readPqrsdData(store: BlobStore, source: string): Promise<PqrsdData> {
  const filings = (await listMarkers(store)).filter((m) => TYPES.has(m.type)).map((m) => ({ month: m.month, type: m.type as RequestType, radicado: m.radicado }));
  const outcomes = [...(await listOutcomes(store))].map(([radicado, o]) => ({ radicado, state: o.state, ...(o.received ? { received: o.received } : {}), ...(o.date ? { date: o.date } : {}) }));
  return { available: true, source, filings, outcomes };
}

/**
 * The store the build can reach: Netlify's (its build environment carries the Blobs context), or the
 * emulator's on this machine, served for the moment of the read by a Blobs server of our own. `what`
 * names what the store holds in the messages («solicitudes», «respuestas»). The surveys read it too.
 */
export async function readBuildStore<T>(
  root: string,
  env: Record<string, string | undefined>,
  what: string,
  read: (store: BlobStore, source: string) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: string }> {
  const name = env.PQRSD_STORE || STORE_NAME;
  if (env.NETLIFY_BLOBS_CONTEXT || (env.NETLIFY && env.SITE_ID)) {
    try {
      return { ok: true, value: await read(getStore({ name, consistency: "strong" }), "Netlify Blobs") };
    } catch (error) {
      return { ok: false, reason: `no se pudo leer la tienda de Netlify Blobs (${(error as Error).name})` };
    }
  }
  const dir = path.join(root, ".netlify", "blobs-serve");
  const entries = path.join(dir, "entries");
  const site = existsSync(entries) ? readdirSync(entries).find((s) => existsSync(path.join(entries, s, `site:${name}`))) : undefined;
  if (!site) return { ok: false, reason: `esta construcción no tiene acceso a la tienda de ${what}` };
  const { BlobsServer } = await import("@netlify/blobs/server");
  const server = new BlobsServer({ directory: dir, token: "construccion" });
  const { port } = await server.start();
  try {
    const url = `http://127.0.0.1:${port}`;
    const store = getStore({ name, siteID: site, token: "construccion", edgeURL: url, uncachedEdgeURL: url } as Parameters<typeof getStore>[0] & object);
    return { ok: true, value: await read(store, "el emulador de Netlify en este equipo") };
  } finally {
    await server.stop();
  }
}

export async function loadPqrsdData(root: string, env: Record<string, string | undefined> = process.env): Promise<PqrsdData> {
  const result = await readBuildStore(root, env, "solicitudes", readPqrsdData);
  return result.ok ? result.value : { available: false, reason: result.reason };
}
