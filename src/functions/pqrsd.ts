/**
 * The citizen's side of the PQRSD channel, as a plain function of the request and its dependencies (the
 * Netlify Function in netlify/functions/pqrsd.mts passes the real ones):
 *
 * - `GET /api/pqrsd/inicio.gif`: a 1×1 image the form loads; its cookie holds the signed moment the form
 *   was opened, for the minimum fill time.
 * - `POST /api/pqrsd`: a filing. Bad input gets the form again with the citizen's values and the errors
 *   (422); a storage failure too, saying nothing was filed (503). A filing that is stored redirects (303)
 *   to its receipt, so reloading the receipt never files twice.
 * - `GET /api/pqrsd/recibo?r=…&f=…`: the receipt, behind a signature only the filer's browser was given.
 *
 * Nothing personal is logged: logs name the radicado and the kind of failure, never a value.
 */
import { createElement } from "react";
import { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import { PQRSD_FORM, DATA_POLICY_VERSION, requestTypeLabel, type RequestType } from "../forms/pqrsd.ts";
import { allFields } from "../forms/definition.ts";
import { validateForm, type FieldError } from "../forms/validate.ts";
import { PqrsdFormSection } from "../../layouts/components/PqrsdFormSection.tsx";
import { PqrsdReceipt } from "../../layouts/components/PqrsdReceipt.tsx";
import { otherChannels, type ChannelContact } from "../../layouts/components/channel.ts";
import { deadlineFor } from "../pqrsd/deadline.ts";
import { noticeMessage, smtpFromEnv, smtpSender, type Env, type SendMail } from "../pqrsd/mail.ts";
import { renderPage, splitShell, type Shell } from "./render.ts";
import { BodyError, clientKey, cookieValue, mislabelledFile, readStart, readSubmission, signStart, toAttachments } from "../pqrsd/request.ts";
import { FUNCTION_PAGE_HEADERS } from "../pqrsd/security.ts";
import { readRecord, saveFiling, writeNotice, StorageError, RADICADO, type BlobStore, type FilingRecord } from "../pqrsd/store.ts";
import { createHmac, timingSafeEqual } from "node:crypto";

export const FORM_PATH = "/atencion-al-ciudadano/pqrsd/";
export const CHANNEL_JSON = "/atencion-al-ciudadano/pqrsd/canal.json";
export const STAFF_PATH = "/api/pqrsd/personal/";
export const START_COOKIE = "pqrsd_inicio";
const MAX_FORM_AGE_MS = 2 * 60 * 60 * 1000;

export interface Deps {
  store: BlobStore;
  env: Env;
  now?: () => DateTime;
  /** Fetches a page of the site itself (the form's shell, the channel's contact data). */
  fetchSite?: (path: string) => Promise<Response>;
  /** Overrides the SMTP sender built from the environment (tests). */
  send?: SendMail;
  /** The client's address, as Netlify reports it (`context.ip`). */
  ip?: string;
  log?: (line: string) => void;
}

export interface ChannelFacts extends ChannelContact {
  staffPath?: string;
}

export const FALLBACK_CONTACT: ChannelContact = { entity: "Alcaldía", email: "el correo institucional de la Alcaldía", phones: [], address: "la sede de la Alcaldía", hours: [] };

/** The 1×1 image whose answer starts a form's clock. */
export const GIF = Uint8Array.from(atob("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"), (c) => c.charCodeAt(0));

export const NO_STORE = { ...FUNCTION_PAGE_HEADERS, "cache-control": "no-store", "x-robots-tag": "noindex" };

/** The HMAC secret: from the environment, or made once and kept in the store. */
export async function secretOf(deps: Pick<Deps, "store" | "env">): Promise<string> {
  if (deps.env.PQRSD_SECRETO) return deps.env.PQRSD_SECRETO;
  const existing = (await deps.store.get("config/secreto", { type: "text", consistency: "strong" })) as string | null;
  if (existing) return existing;
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  const fresh = Buffer.from(bytes).toString("hex");
  await deps.store.set("config/secreto", fresh, { onlyIfNew: true });
  // Whoever won the race, everyone uses what is stored.
  const stored = (await deps.store.get("config/secreto", { type: "text", consistency: "strong" })) as string | null;
  if (!stored) throw new StorageError("no se pudo guardar la clave del formulario");
  return stored;
}

function startCookie(req: Request, secret: string, ms: number): string {
  const secure = new URL(req.url).protocol === "https:" ? "; Secure" : "";
  return `${START_COOKIE}=${signStart(secret, ms)}; Path=/api/pqrsd; Max-Age=7200; HttpOnly; SameSite=Strict${secure}`;
}

export const receiptSignature = (secret: string, radicado: string) => createHmac("sha256", secret).update(`recibo:${radicado}`).digest("hex").slice(0, 32);

async function loadShell(deps: Deps): Promise<Shell | undefined> {
  try {
    const res = await deps.fetchSite?.(FORM_PATH);
    return res?.ok ? splitShell(await res.text()) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadChannel(deps: Pick<Deps, "fetchSite">): Promise<ChannelFacts | undefined> {
  try {
    const res = await deps.fetchSite?.(CHANNEL_JSON);
    return res?.ok ? ((await res.json()) as ChannelFacts) : undefined;
  } catch {
    return undefined;
  }
}

export function html(body: string, status: number, extra: Record<string, string | string[]> = {}): Response {
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", ...NO_STORE });
  for (const [k, v] of Object.entries(extra)) for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
  return new Response(body, { status, headers });
}

interface FormAnswer {
  values?: Record<string, string>;
  errors?: FieldError[];
  general?: string;
  hadFiles?: boolean;
  status: number;
  cookie?: string;
}

async function formPage(deps: Deps, answer: FormAnswer): Promise<Response> {
  const [shell, channel] = await Promise.all([loadShell(deps), loadChannel(deps)]);
  const contact = channel ?? FALLBACK_CONTACT;
  const title = "Error: Presentar una petición, queja, reclamo, sugerencia o denuncia (PQRSD)";
  const body = createElement(PqrsdFormSection, { values: answer.values, errors: answer.errors, general: answer.general, contact, hadFiles: answer.hadFiles });
  return html(renderPage(shell, title, "Presentar una petición, queja, reclamo, sugerencia o denuncia (PQRSD)", body), answer.status, answer.cookie ? { "set-cookie": answer.cookie } : {});
}

/** How many filings one client may make in an hour; a front desk filing for others may need more. */
/** A form's hourly limit per client: the variable `name` of Netlify's environment when it is a positive number, else `fallback`. */
export function hourlyLimitFrom(env: Env, name: string, fallback: number): number {
  const n = Number(env[name] ?? fallback);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const hourlyLimit = (env: Env) => hourlyLimitFrom(env, "PQRSD_LIMITE_POR_HORA", 20);

/**
 * Whether a client (by its hashed address) already sent `limit` submissions this hour under `scope`;
 * if not, counts this one. The surveys use it with a scope of their own.
 */
export async function overLimit(store: BlobStore, secret: string, ip: string | undefined, now: DateTime, limit: number, scope = "limite"): Promise<boolean> {
  if (!ip) return false;
  const who = clientKey(secret, ip, now.toISODate()!);
  const hour = now.toFormat("yyyyLLddHH");
  const prefix = `${scope}/${who}/${hour}/`;
  const { blobs } = await store.list({ prefix });
  if (blobs.length >= limit) return true;
  await store.set(`${prefix}${now.toMillis()}-${Math.random().toString(36).slice(2, 8)}`, "");
  return false;
}

function buildRecord(radicado: string, data: Record<string, string>, filedAt: DateTime, attachments: FilingRecord["attachments"]): FilingRecord {
  const type = data.tipo as RequestType;
  const d = deadlineFor(type, filedAt);
  return {
    radicado,
    formVersion: PQRSD_FORM.version,
    dataPolicyVersion: DATA_POLICY_VERSION,
    filedAt: filedAt.toISO()!,
    type,
    deadline: { received: d.received.toISODate()!, due: d.due.toISODate()!, days: d.days, basis: d.basis },
    data,
    attachments,
  };
}

async function notify(deps: Deps, record: FilingRecord, origin: string): Promise<void> {
  const log = deps.log ?? console.log;
  const settings = smtpFromEnv(deps.env);
  const channel = await loadChannel(deps);
  const to = settings?.to ?? channel?.email;
  const send = deps.send ?? (settings ? smtpSender(settings) : undefined);
  const at = DateTime.now().toISO()!;
  if (!send || !to) {
    await writeNotice(deps.store, record.radicado, { state: "pendiente", at, reason: !send ? "SMTP sin configurar" : "sin destinatario" }).catch(() => undefined);
    log(`[pqrsd] ${record.radicado}: aviso pendiente (${!send ? "SMTP sin configurar" : "sin destinatario"})`);
    return;
  }
  try {
    await send(noticeMessage(record, { entity: channel?.entity ?? "Alcaldía", to, staffUrl: new URL(`${STAFF_PATH}${record.radicado}`, origin).toString() }));
    await writeNotice(deps.store, record.radicado, { state: "enviado", at });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "error";
    await writeNotice(deps.store, record.radicado, { state: "pendiente", at, reason: `SMTP: ${code}` }).catch(() => undefined);
    log(`[pqrsd] ${record.radicado}: el aviso por correo no salió (${code}); queda pendiente en el área del personal`);
  }
}

async function file(req: Request, deps: Deps): Promise<Response> {
  const log = deps.log ?? console.log;
  const now = (deps.now ?? (() => DateTime.now()))().setZone(ZONE);
  let secret: string;
  try {
    secret = await secretOf(deps);
  } catch (error) {
    log(`[pqrsd] no se pudo leer la clave del formulario: ${(error as Error)?.name ?? "error"}`);
    const channel = await loadChannel(deps);
    return formPage(deps, { status: 503, general: unavailable(channel) });
  }
  const started = readStart(secret, cookieValue(req, START_COOKIE));
  const age = started === undefined ? -1 : now.toMillis() - started;
  // A form drawn again keeps the clock it had; only a missing or expired one starts again.
  const fresh = started === undefined || age > MAX_FORM_AGE_MS ? startCookie(req, secret, now.toMillis()) : undefined;

  let submission;
  try {
    submission = await readSubmission(req);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    const channel = await loadChannel(deps);
    const general =
      error.status === 413
        ? `El envío supera el máximo de 4 MB y no pudimos leerlo, así que no quedó radicado. Vuelva a escribir su solicitud con archivos más livianos, o envíe los documentos ${otherChannels(channel ?? FALLBACK_CONTACT)}.`
        : "No recibimos un formulario. Escriba su solicitud en el formulario de esta página y pulse «Enviar solicitud».";
    return formPage(deps, { status: error.status, general, cookie: fresh });
  }
  const { values, files } = submission;
  const hadFiles = files.length > 0;
  const validated = validateForm(PQRSD_FORM, values, files);
  const errors = [...validated.errors];
  const mislabelled = errors.some((e) => e.field === "adjuntos") ? undefined : mislabelledFile(files);
  if (mislabelled) errors.push({ field: "adjuntos", message: `«${mislabelled}» no es el tipo de archivo que dice su nombre. Adjunte solo archivos PDF, JPG, PNG, DOCX, XLSX u ODT` });
  // In the order of the form, as the summary lists them.
  const order = allFields(PQRSD_FORM).map((f) => f.name);
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (errors.length) return formPage(deps, { status: 422, values, errors, hadFiles, cookie: fresh });

  const { spam } = PQRSD_FORM;
  if ((values[spam.honeypot] ?? "") !== "") {
    log("[pqrsd] envío descartado: campo trampa lleno");
    return formPage(deps, { status: 422, values, hadFiles, cookie: fresh, general: `No pudimos enviar el formulario. Deje vacío el campo «${spam.honeypotLabel}» y envíelo de nuevo.` });
  }
  // PQRSD_MIN_SEGUNDOS lets the tests wait less; a site keeps the form's own minimum.
  const minSeconds = Number(deps.env.PQRSD_MIN_SEGUNDOS) || spam.minSeconds;
  if (age < minSeconds * 1000 || age > MAX_FORM_AGE_MS) {
    log(`[pqrsd] envío sin confirmar: ${started === undefined ? "sin hora de apertura" : age > MAX_FORM_AGE_MS ? "formulario vencido" : "demasiado rápido"}`);
    return formPage(deps, {
      status: 422,
      values,
      hadFiles,
      cookie: fresh,
      general: "Para proteger este canal de los envíos automáticos, revise sus datos y pulse «Enviar solicitud» de nuevo. Sus datos siguen en el formulario.",
    });
  }
  const channel = await loadChannel(deps);
  try {
    if (await overLimit(deps.store, secret, deps.ip, now, hourlyLimit(deps.env))) {
      log("[pqrsd] envío rechazado: demasiadas solicitudes desde la misma conexión");
      return formPage(deps, {
        status: 429,
        values,
        hadFiles,
        general: `Desde esta conexión se han enviado muchas solicitudes en la última hora. Intente de nuevo más tarde, o preséntela ${otherChannels(channel ?? FALLBACK_CONTACT)}.`,
      });
    }
  } catch (error) {
    log(`[pqrsd] no se pudo revisar el límite por conexión: ${(error as Error)?.name ?? "error"}`);
    return formPage(deps, { status: 503, values, hadFiles, general: unavailable(channel) });
  }

  let record: FilingRecord;
  try {
    record = await saveFiling(deps.store, {
      year: now.year,
      month: now.toFormat("yyyy-LL"),
      filedAt: now.toISO()!,
      attachments: toAttachments(files),
      claimBudgetMs: Number(deps.env.PQRSD_PLAZO_NUMERO_MS) || undefined,
      build: (radicado, metas) => buildRecord(radicado, validated.data, now, metas),
    });
  } catch (error) {
    const which = error instanceof StorageError && error.radicado ? ` (el número ${error.radicado} queda anulado)` : "";
    log(`[pqrsd] falla al guardar una solicitud${which}: ${error instanceof StorageError ? error.message : (error as Error)?.name ?? "error"}`);
    return formPage(deps, { status: 503, values, hadFiles, general: unavailable(channel) });
  }
  log(`[pqrsd] radicada ${record.radicado} (${requestTypeLabel(record.type)})`);
  const origin = new URL(req.url).origin;
  await notify(deps, record, origin);
  const receipt = `/api/pqrsd/recibo?r=${record.radicado}&f=${receiptSignature(secret, record.radicado)}`;
  return new Response(null, { status: 303, headers: { location: receipt, ...NO_STORE, "set-cookie": `${START_COOKIE}=; Path=/api/pqrsd; Max-Age=0; HttpOnly; SameSite=Strict` } });
}

function unavailable(channel: ChannelContact | undefined): string {
  return `No pudimos radicar su solicitud por una falla técnica: no quedó guardada. Sus datos siguen en el formulario; intente enviarla de nuevo en unos minutos, o preséntela ${otherChannels(channel ?? FALLBACK_CONTACT)}.`;
}

async function receipt(req: Request, deps: Deps): Promise<Response> {
  const url = new URL(req.url);
  const radicado = url.searchParams.get("r") ?? "";
  const signature = url.searchParams.get("f") ?? "";
  const notFound = () => html(renderPage(undefined, "Recibo no encontrado", "Recibo no encontrado", createElement("p", null, "Este enlace de recibo no es válido.")), 404);
  if (!RADICADO.test(radicado) || !/^[0-9a-f]{32}$/.test(signature)) return notFound();
  const secret = await secretOf(deps);
  if (!timingSafeEqual(Buffer.from(receiptSignature(secret, radicado)), Buffer.from(signature))) return notFound();
  const record = await readRecord(deps.store, radicado);
  if (!record) return notFound();
  const [shell, channel] = await Promise.all([loadShell(deps), loadChannel(deps)]);
  const body = createElement(PqrsdReceipt, {
    radicado: record.radicado,
    filedAt: record.filedAt,
    type: record.type,
    deadline: record.deadline,
    anonymous: record.data.identificacion === "anonimo",
    answerChannel: record.data.medio_respuesta,
    attachments: record.attachments.length,
    contact: channel ?? FALLBACK_CONTACT,
  });
  return html(renderPage(shell, `Solicitud radicada: ${record.radicado}`, "Solicitud radicada", body), 200);
}

/** An unexpected error: the citizen is told nothing was filed; the log gets where it happened, never a value. */
export async function handlePqrsd(req: Request, deps: Deps): Promise<Response> {
  try {
    return await route(req, deps);
  } catch (error) {
    const where = ((error as Error)?.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" | ");
    (deps.log ?? console.error)(`[pqrsd] error inesperado ${(error as Error)?.name ?? "Error"}: ${where}`);
    const channel = await loadChannel(deps);
    return formPage(deps, { status: 500, general: unavailable(channel) }).catch(
      () => new Response(unavailable(channel), { status: 500, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } }),
    );
  }
}

async function route(req: Request, deps: Deps): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (pathname === "/api/pqrsd/inicio.gif" && (req.method === "GET" || req.method === "HEAD")) {
    const secret = await secretOf(deps);
    const now = (deps.now ?? (() => DateTime.now()))();
    // The form drawn again after an error loads the image again: the clock keeps its first start.
    const started = readStart(secret, cookieValue(req, START_COOKIE));
    const keep = started !== undefined && now.toMillis() - started < MAX_FORM_AGE_MS;
    const headers: Record<string, string> = { "content-type": "image/gif", ...NO_STORE, ...(keep ? {} : { "set-cookie": startCookie(req, secret, now.toMillis()) }) };
    return new Response(req.method === "HEAD" ? null : GIF, { headers });
  }
  if (pathname === "/api/pqrsd/recibo" && req.method === "GET") return receipt(req, deps);
  if (pathname === "/api/pqrsd" && req.method === "POST") return file(req, deps);
  if (pathname === "/api/pqrsd" && req.method === "GET") return new Response(null, { status: 303, headers: { location: FORM_PATH, ...NO_STORE } });
  return new Response("Método no permitido", { status: 405, headers: { "content-type": "text/plain; charset=utf-8", allow: "GET, POST", ...NO_STORE } });
}
