/**
 * The citizen's side of the surveys, as a plain function of the request and its dependencies (the Netlify
 * Function in netlify/functions/encuestas.mts passes the real ones). Same store, secret, start cookie,
 * flood limit and page shell as the PQRSD channel (src/functions/pqrsd.ts):
 *
 * - `GET /api/participa/encuestas/inicio.gif`: a 1×1 image the form loads; its cookie holds the signed
 *   moment the form was opened and a nonce naming this opening.
 * - `POST /api/participa/encuestas`: an answer. A survey that does not exist, is not open, an answer
 *   that does not fit the survey, a bot or a flood get the page again with a Spanish message (4xx) and
 *   nothing is stored. A stored answer (or one already stored for this opening) redirects (303) to the
 *   thanks, so a POST sent twice counts once.
 * - `GET /api/participa/encuestas/gracias?e=…`: the thanks.
 *
 * Logs name the survey and the kind of refusal, never an answer.
 */
import { createElement, type ReactElement } from "react";
import { DateTime } from "luxon";
import { formatLongDateTime, ZONE, type ContentDate } from "../dates/index.ts";
import { allFields } from "../forms/definition.ts";
import { questionField, surveyForm, surveyPhase, type SurveyDefinition } from "../forms/survey.ts";
import { validateForm, type FieldError } from "../forms/validate.ts";
import type { Env } from "../pqrsd/mail.ts";
import { BodyError, cookieValue, readStartToken, readSubmission, signStart } from "../pqrsd/request.ts";
import { FUNCTION_PAGE_HEADERS } from "../pqrsd/security.ts";
import type { BlobStore } from "../pqrsd/store.ts";
import { limitScope, saveAnswer, SURVEY_ID } from "../surveys/store.ts";
import { SurveyForm } from "../../layouts/components/SurveyForm.tsx";
import { overLimit, secretOf, hourlyLimitFrom } from "./pqrsd.ts";
import { renderPage, splitShell, type Shell } from "./render.ts";

export const SURVEYS_PATH = "/participa/encuestas/";
export const SURVEY_API = "/api/participa/encuestas";
export const SURVEY_COOKIE = "encuesta_inicio";
const MAX_FORM_AGE_MS = 2 * 60 * 60 * 1000;
/** Answers are short: a few choices and at most a few texts of 1,000 characters. */
const MAX_ANSWER_BYTES = 64 * 1024;

export interface SurveyDeps {
  store: BlobStore;
  env: Env;
  now?: () => DateTime;
  /** Fetches a file of the site itself: the survey's page (its shell) and its definition. */
  fetchSite?: (path: string) => Promise<Response>;
  ip?: string;
  log?: (line: string) => void;
}

const NO_STORE = { ...FUNCTION_PAGE_HEADERS, "cache-control": "no-store", "x-robots-tag": "noindex" };
const GIF = Uint8Array.from(atob("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"), (c) => c.charCodeAt(0));

const surveyUrl = (id: string) => `${SURVEYS_PATH}${id}/`;

function html(body: string, status: number, cookie?: string): Response {
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", ...NO_STORE });
  if (cookie) headers.append("set-cookie", cookie);
  return new Response(body, { status, headers });
}

function startCookie(req: Request, secret: string, ms: number): string {
  const secure = new URL(req.url).protocol === "https:" ? "; Secure" : "";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(12))).toString("hex");
  return `${SURVEY_COOKIE}=${signStart(secret, ms, nonce)}; Path=${SURVEY_API}; Max-Age=7200; HttpOnly; SameSite=Strict${secure}`;
}

async function fetchOk(deps: SurveyDeps, path: string): Promise<Response | undefined> {
  try {
    const res = await deps.fetchSite?.(path);
    return res?.ok ? res : undefined;
  } catch {
    return undefined;
  }
}

/** The definition the site publishes next to the survey's page: a survey the site does not show does not exist. */
async function loadDefinition(deps: SurveyDeps, id: string): Promise<SurveyDefinition | undefined> {
  if (!SURVEY_ID.test(id)) return undefined;
  const res = await fetchOk(deps, `${surveyUrl(id)}encuesta.json`);
  if (!res) return undefined;
  try {
    const def = (await res.json()) as SurveyDefinition;
    return def.id === id && Array.isArray(def.questions) ? def : undefined;
  } catch {
    return undefined;
  }
}

async function page(deps: SurveyDeps, id: string | undefined, title: string, body: ReactElement, status: number, cookie?: string, heading = title): Promise<Response> {
  const res = id ? await fetchOk(deps, surveyUrl(id)) : await fetchOk(deps, SURVEYS_PATH);
  const shell: Shell | undefined = res ? splitShell(await res.text()) : undefined;
  return html(renderPage(shell, title, heading, body), status, cookie);
}

const at = (iso: string) => formatLongDateTime({ dt: DateTime.fromISO(iso).setZone(ZONE), raw: iso, dateOnly: false } as ContentDate);

function message(text: string, links: { url: string; label: string }[] = []): ReactElement {
  return createElement(
    "div",
    { className: "resumen-errores", role: "alert", tabIndex: -1, "aria-labelledby": "resumen-errores-titulo", "data-resumen-errores": "" },
    createElement("h2", { id: "resumen-errores-titulo" }, "Hay un problema"),
    createElement("p", null, text),
    ...links.map((l) => createElement("p", { key: l.url }, createElement("a", { href: l.url }, l.label))),
  );
}

interface Again {
  values?: Record<string, string>;
  lists?: Record<string, string[]>;
  errors?: FieldError[];
  general?: string;
  status: number;
  cookie?: string;
}

function formAgain(deps: SurveyDeps, def: SurveyDefinition, a: Again): Promise<Response> {
  return page(deps, def.id, `Error: ${def.title}`, createElement(SurveyForm, { definition: def, values: a.values, lists: a.lists, errors: a.errors, general: a.general }), a.status, a.cookie, def.title);
}

const hourlyLimit = (env: Env) => hourlyLimitFrom(env, "ENCUESTAS_LIMITE_POR_HORA", 10);

async function answer(req: Request, deps: SurveyDeps): Promise<Response> {
  const log = deps.log ?? console.log;
  const now = (deps.now ?? (() => DateTime.now()))().setZone(ZONE);
  let submission;
  try {
    submission = await readSubmission(req, MAX_ANSWER_BYTES);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    const text =
      error.status === 413
        ? "Sus respuestas son más largas de lo que la encuesta admite y no pudimos leerlas: no quedaron guardadas. Vuelva a la encuesta y acorte los textos."
        : "No recibimos respuestas. Abra la encuesta y pulse «Enviar respuestas».";
    return page(deps, undefined, "No se guardaron sus respuestas", message(text, [{ url: SURVEYS_PATH, label: "Ver las encuestas" }]), error.status);
  }
  const id = submission.values.encuesta ?? "";
  const def = await loadDefinition(deps, id);
  if (!def) {
    log("[encuestas] respuesta rechazada: encuesta desconocida");
    return page(deps, undefined, "Encuesta no encontrada", message("Esta encuesta no existe o ya no se publica, así que su respuesta no quedó guardada. Vea las encuestas abiertas.", [{ url: SURVEYS_PATH, label: "Ver las encuestas" }]), 404);
  }
  const phase = surveyPhase(def, now.toMillis());
  if (phase !== "abierta") {
    log(`[encuestas] ${def.id}: respuesta fuera de plazo (${phase})`);
    const text =
      phase === "proxima"
        ? `La encuesta «${def.title}» todavía no recibe respuestas: abre el ${at(def.opens)} (hora de Colombia). Su respuesta no quedó guardada; vuelva a partir de esa fecha.`
        : `La encuesta «${def.title}» cerró el ${at(def.closes)} (hora de Colombia) y ya no recibe respuestas: la suya no quedó guardada. Sus resultados se publican en la página de la encuesta.`;
    return page(deps, def.id, phase === "proxima" ? `La encuesta aún no abre: ${def.title}` : `Encuesta cerrada: ${def.title}`, message(text, [{ url: surveyUrl(def.id), label: "Ir a la página de la encuesta" }]), phase === "proxima" ? 403 : 410);
  }

  let secret: string;
  try {
    secret = await secretOf({ store: deps.store, env: deps.env });
  } catch {
    log(`[encuestas] ${def.id}: no se pudo leer la clave del formulario`);
    return formAgain(deps, def, { status: 503, values: submission.values, lists: submission.lists, general: "No pudimos guardar sus respuestas por una falla técnica. Siguen en el formulario: intente enviarlas de nuevo en unos minutos." });
  }
  const started = readStartToken(secret, cookieValue(req, SURVEY_COOKIE));
  const age = started === undefined ? -1 : now.toMillis() - started.ms;
  const fresh = started?.nonce === undefined || age > MAX_FORM_AGE_MS ? startCookie(req, secret, now.toMillis()) : undefined;

  const form = surveyForm(def);
  const validated = validateForm(form, submission.lists);
  const order = allFields(form).map((f) => f.name);
  const errors = [...validated.errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const again = { values: submission.values, lists: submission.lists, cookie: fresh };
  if (errors.length) {
    log(`[encuestas] ${def.id}: respuesta con ${errors.length} error(es)`);
    return formAgain(deps, def, { ...again, status: 422, errors });
  }
  if ((submission.values[form.spam.honeypot] ?? "") !== "") {
    log(`[encuestas] ${def.id}: envío descartado, campo trampa lleno`);
    return formAgain(deps, def, { ...again, status: 422, general: `No pudimos enviar sus respuestas. Deje vacío el campo «${form.spam.honeypotLabel}» y envíelas de nuevo.` });
  }
  const minSeconds = Number(deps.env.PQRSD_MIN_SEGUNDOS) || form.spam.minSeconds;
  if (!started?.nonce || age < minSeconds * 1000 || age > MAX_FORM_AGE_MS) {
    log(`[encuestas] ${def.id}: envío sin confirmar (${!started?.nonce ? "sin hora de apertura" : age > MAX_FORM_AGE_MS ? "formulario vencido" : "demasiado rápido"})`);
    return formAgain(deps, def, { ...again, status: 422, general: "Para proteger la encuesta de los envíos automáticos, revise sus respuestas y pulse «Enviar respuestas» de nuevo. Siguen en el formulario." });
  }
  const unavailable = "No pudimos guardar sus respuestas por una falla técnica: no quedaron guardadas. Siguen en el formulario; intente enviarlas de nuevo en unos minutos.";
  try {
    if (await overLimit(deps.store, secret, deps.ip, now, hourlyLimit(deps.env), limitScope(def.id))) {
      log(`[encuestas] ${def.id}: respuesta rechazada, demasiadas desde la misma conexión`);
      return formAgain(deps, def, { ...again, status: 429, general: "Desde esta conexión se han enviado muchas respuestas a esta encuesta en la última hora, así que esta no quedó guardada. Intente de nuevo más tarde." });
    }
  } catch {
    log(`[encuestas] ${def.id}: no se pudo revisar el límite por conexión`);
    return formAgain(deps, def, { ...again, status: 503, general: unavailable });
  }

  const choices: Record<string, string[]> = {};
  const texts: Record<string, string> = {};
  for (const q of def.questions) {
    const name = questionField(q.id);
    if (q.kind === "multiple") {
      if (validated.choices[name]) choices[q.id] = validated.choices[name];
    } else if (validated.data[name]) {
      if (q.kind === "texto") texts[q.id] = validated.data[name];
      else choices[q.id] = [validated.data[name]];
    }
  }
  try {
    const stored = await saveAnswer(deps.store, started.nonce, { survey: def.id, formVersion: form.version, answeredAt: now.toISO()!, choices, texts });
    log(`[encuestas] ${def.id}: ${stored ? "respuesta guardada" : "respuesta repetida, ya estaba guardada"}`);
  } catch {
    log(`[encuestas] ${def.id}: falla al guardar una respuesta`);
    return formAgain(deps, def, { ...again, status: 503, general: unavailable });
  }
  return new Response(null, {
    status: 303,
    headers: { location: `${SURVEY_API}/gracias?e=${def.id}`, ...NO_STORE, "set-cookie": `${SURVEY_COOKIE}=; Path=${SURVEY_API}; Max-Age=0; HttpOnly; SameSite=Strict` },
  });
}

async function thanks(req: Request, deps: SurveyDeps): Promise<Response> {
  const id = new URL(req.url).searchParams.get("e") ?? "";
  const def = await loadDefinition(deps, id);
  const body = createElement(
    "div",
    { className: "confirmacion" },
    createElement("p", { className: "entradilla" }, "Sus respuestas quedaron guardadas. Gracias por participar."),
    createElement("p", null, "La encuesta es anónima: no guardamos su nombre ni sus datos. Cuando cierre, el portal publicará sus resultados en cifras."),
    createElement("p", null, createElement("a", { href: def ? surveyUrl(def.id) : SURVEYS_PATH }, def ? "Volver a la encuesta" : "Ver las encuestas")),
  );
  return page(deps, def?.id, def ? `Respuestas recibidas: ${def.title}` : "Respuestas recibidas", body, 200);
}

export async function handleSurveys(req: Request, deps: SurveyDeps): Promise<Response> {
  try {
    const { pathname } = new URL(req.url);
    if (pathname === `${SURVEY_API}/inicio.gif` && (req.method === "GET" || req.method === "HEAD")) {
      const secret = await secretOf({ store: deps.store, env: deps.env });
      const now = (deps.now ?? (() => DateTime.now()))();
      const started = readStartToken(secret, cookieValue(req, SURVEY_COOKIE));
      const keep = started?.nonce !== undefined && now.toMillis() - started.ms < MAX_FORM_AGE_MS;
      const headers: Record<string, string> = { "content-type": "image/gif", ...NO_STORE, ...(keep ? {} : { "set-cookie": startCookie(req, secret, now.toMillis()) }) };
      return new Response(req.method === "HEAD" ? null : GIF, { headers });
    }
    if (pathname === `${SURVEY_API}/gracias` && req.method === "GET") return await thanks(req, deps);
    if (pathname === SURVEY_API && req.method === "POST") return await answer(req, deps);
    if (pathname === SURVEY_API && req.method === "GET") return new Response(null, { status: 303, headers: { location: SURVEYS_PATH, ...NO_STORE } });
    return new Response("Método no permitido", { status: 405, headers: { "content-type": "text/plain; charset=utf-8", allow: "GET, POST", ...NO_STORE } });
  } catch (error) {
    (deps.log ?? console.error)(`[encuestas] error inesperado ${(error as Error)?.name ?? "Error"}`);
    return new Response("No pudimos guardar sus respuestas por una falla técnica: no quedaron guardadas. Intente de nuevo en unos minutos.", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE },
    });
  }
}
