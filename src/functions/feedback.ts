/**
 * «¿Le fue útil esta página?» (issue #17), as a plain function of the request and its dependencies (the
 * Netlify Function in netlify/functions/utilidad.mts passes the real ones). Same server side, store and
 * protections as the PQRSD channel:
 *
 * - `POST /api/participa/utilidad`: a vote. The answer is the page itself, fetched from the site, with
 *   the form replaced: by the thanks (through a 303 to `/gracias`, so a reload sends nothing), or by the
 *   form again with the citizen's values and an error summary. The form's action ends in `#utilidad`, so
 *   the browser lands on that block either way.
 * - `GET /api/participa/utilidad/gracias?pagina=/…/`: the page with the thanks where the form was.
 *
 * No cookie, no script. One vote per page view: a view is the hashed client, the page and a 10-minute
 * window, and the vote is written create-only under that key, so a repeat is counted once. A flood from
 * one client gets a 429 and nothing is stored; a path that is not a page of the site with this form is
 * refused. Logs say what happened, never the page, the answer or the comment.
 */
import { createElement, type ReactElement } from "react";
import { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import { FEEDBACK_FORM, FEEDBACK_MAX_BODY_BYTES, type FeedbackVote } from "../forms/feedback.ts";
import { validateForm, type FieldError } from "../forms/validate.ts";
import { FEEDBACK_ACTION, FEEDBACK_ANCHOR, FEEDBACK_SLOT, FEEDBACK_THANKS, FeedbackForm, FeedbackThanks } from "../../layouts/components/PageFeedback.tsx";
import { staticMarkup } from "../routes/render.ts";
import { clientKey, BodyError, readSubmission } from "../pqrsd/request.ts";
import { FUNCTION_PAGE_HEADERS } from "../pqrsd/security.ts";
import { feedbackKey, saveVote, viewId, FEEDBACK_LIMIT_PREFIX, VIEW_WINDOW_MINUTES, type FeedbackRecord } from "../pqrsd/feedback.ts";
import { FORM_PATH, overLimit, secretOf, hourlyLimitFrom, type Deps } from "./pqrsd.ts";
import { renderPage, splitShell, type Shell } from "./render.ts";

export const FEEDBACK_FUNCTION_PATHS = [FEEDBACK_ACTION, FEEDBACK_THANKS];

const NO_STORE = { ...FUNCTION_PAGE_HEADERS, "cache-control": "no-store", "x-robots-tag": "noindex" };

/** A page of the site as its own links write it: absolute, directory-style, no `..`, nothing to escape. */
const PAGE_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;
const MAX_PAGE_LENGTH = 300;

export function isPagePath(page: string): boolean {
  return page.length <= MAX_PAGE_LENGTH && PAGE_PATH.test(page) && !page.split("/").some((s) => s === "." || s === "..");
}

/** How many answers one connection may send in an hour: a library or school shares one address. */
const hourlyLimit = (env: Deps["env"]) => hourlyLimitFrom(env, "UTILIDAD_LIMITE_POR_HORA", 60);

type LoadedPage = { kind: "ok"; shell: Shell } | { kind: "unknown" } | { kind: "unavailable" };

/**
 * The page the vote is about, from the site itself: it must exist and carry this form for this very path
 * (a redirect or another page's form does not count). Its shell is what the citizen sees back.
 */
async function loadPage(deps: Deps, page: string): Promise<LoadedPage> {
  if (!isPagePath(page)) return { kind: "unknown" };
  let res: Response | undefined;
  try {
    res = await deps.fetchSite?.(page);
  } catch {
    return { kind: "unavailable" };
  }
  if (!res) return { kind: "unavailable" };
  if (res.status >= 500) return { kind: "unavailable" };
  if (!res.ok) return { kind: "unknown" };
  const html = await res.text();
  const own = /<input type="hidden" name="pagina" value="([^"]*)"/.exec(html)?.[1];
  const shell = splitShell(html, FEEDBACK_SLOT);
  return own === page && shell ? { kind: "ok", shell } : { kind: "unknown" };
}

function html(body: string, status: number): Response {
  return new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", ...NO_STORE } });
}

/** The page with its feedback block replaced; the title says what happened first, as GOV.UK does. */
function inPage(shell: Shell, titlePrefix: string, body: ReactElement, status: number): Response {
  const before = shell.before.replace(/<title>([^<]*)<\/title>/, (_, t: string) => `<title>${titlePrefix}${t}</title>`);
  return html(before + staticMarkup(body) + shell.after, status);
}

/** When there is no page to answer in: the PQRSD page's shell, as the channel's other answers. */
async function plainPage(deps: Deps, heading: string, message: string, status: number): Promise<Response> {
  let shell: Shell | undefined;
  try {
    const res = await deps.fetchSite?.(FORM_PATH);
    shell = res?.ok ? splitShell(await res.text()) : undefined;
  } catch {
    shell = undefined;
  }
  const body = createElement("div", null, createElement("p", null, message), createElement("p", null, createElement("a", { href: "/" }, "Ir a la página de inicio")));
  return html(renderPage(shell, heading, heading, body), status);
}

const UNKNOWN_PAGE =
  "Esta dirección no es una página del portal que recoja opiniones, así que no registramos nada. Para opinar sobre una página, use el recuadro «¿Le fue útil esta página?» al final de esa página.";
const UNAVAILABLE = "No pudimos registrar su respuesta por una falla técnica: no quedó guardada. Intente de nuevo en unos minutos.";

function formAgain(shell: Shell, page: string, status: number, answer: { values?: Record<string, string>; errors?: FieldError[]; general?: string }): Response {
  const values = answer.values ? { util: answer.values.util ?? "", opinion: answer.values.opinion ?? "" } : undefined;
  return inPage(shell, "Error: ", createElement(FeedbackForm, { page, values, errors: answer.errors, general: answer.general }), status);
}

/** Which 10-minute window a moment falls in: with the client and the page, it names one page view. */
function viewWindow(now: DateTime): string {
  return now.set({ minute: now.minute - (now.minute % VIEW_WINDOW_MINUTES), second: 0, millisecond: 0 }).toFormat("yyyyLLddHHmm");
}

async function vote(req: Request, deps: Deps): Promise<Response> {
  const log = deps.log ?? console.log;
  const now = (deps.now ?? (() => DateTime.now()))().setZone(ZONE);
  let values: Record<string, string>;
  try {
    ({ values } = await readSubmission(req, FEEDBACK_MAX_BODY_BYTES));
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    log(`[utilidad] envío rechazado: ${error.status === 413 ? "demasiado grande" : "no es un formulario"}`);
    const message =
      error.status === 413
        ? "El envío es más largo de lo que admite este formulario, así que no registramos nada. Vuelva a la página y escriba un comentario más corto."
        : "No recibimos un formulario, así que no registramos nada. Use el recuadro «¿Le fue útil esta página?» al final de la página.";
    return plainPage(deps, "No registramos su respuesta", message, error.status);
  }
  const page = values.pagina ?? "";
  const loaded = await loadPage(deps, page);
  if (loaded.kind === "unavailable") {
    log("[utilidad] no se pudo leer la página de la respuesta");
    return plainPage(deps, "No registramos su respuesta", UNAVAILABLE, 503);
  }
  if (loaded.kind === "unknown") {
    log("[utilidad] respuesta rechazada: la dirección no es una página con el formulario");
    return plainPage(deps, "No registramos su respuesta", UNKNOWN_PAGE, 422);
  }
  const { shell } = loaded;
  const validated = validateForm(FEEDBACK_FORM, values);
  if (validated.errors.length) return formAgain(shell, page, 422, { values, errors: validated.errors });
  const { spam } = FEEDBACK_FORM;
  if ((values[spam.honeypot] ?? "") !== "") {
    log("[utilidad] envío descartado: campo trampa lleno");
    return formAgain(shell, page, 422, { values, general: `No registramos su respuesta. Deje vacío el campo «${spam.honeypotLabel}» y envíela de nuevo.` });
  }

  try {
    const secret = await secretOf(deps);
    if (await overLimit(deps.store, secret, deps.ip, now, hourlyLimit(deps.env), FEEDBACK_LIMIT_PREFIX)) {
      log("[utilidad] respuesta rechazada: demasiadas desde la misma conexión");
      return formAgain(shell, page, 429, {
        values,
        general: "Desde esta conexión se han enviado muchas respuestas en la última hora, así que esta no quedó registrada. Intente de nuevo más tarde.",
      });
    }
    // Without an address (never on Netlify) a view cannot be told apart: each answer counts on its own.
    const client = deps.ip ? clientKey(secret, deps.ip, now.toISODate()!) : crypto.randomUUID();
    const key = feedbackKey(now.toFormat("yyyy-LL"), page, viewId(secret, client, page, viewWindow(now)));
    const record: FeedbackRecord = {
      page,
      vote: validated.data.util as FeedbackVote,
      ...(validated.data.opinion ? { comment: validated.data.opinion } : {}),
      at: now.toISO()!,
      formVersion: FEEDBACK_FORM.version,
    };
    const fresh = await saveVote(deps.store, key, record);
    log(fresh ? "[utilidad] respuesta registrada" : "[utilidad] respuesta repetida de la misma vista: cuenta una vez");
  } catch (error) {
    log(`[utilidad] falla al guardar una respuesta: ${(error as Error)?.name ?? "error"}`);
    return formAgain(shell, page, 503, { values, general: UNAVAILABLE });
  }
  return new Response(null, { status: 303, headers: { location: `${FEEDBACK_THANKS}?pagina=${encodeURIComponent(page)}#${FEEDBACK_ANCHOR}`, ...NO_STORE } });
}

async function thanks(req: Request, deps: Deps): Promise<Response> {
  const page = new URL(req.url).searchParams.get("pagina") ?? "";
  const loaded = await loadPage(deps, page);
  if (loaded.kind === "ok") return inPage(loaded.shell, "Gracias por su respuesta — ", createElement(FeedbackThanks), 200);
  return plainPage(deps, "Página no encontrada", loaded.kind === "unknown" ? "Esta dirección no es una página del portal." : UNAVAILABLE, loaded.kind === "unknown" ? 404 : 503);
}

/** An unexpected error: the citizen is told nothing was stored; the log gets where it happened, never a value. */
export async function handleFeedback(req: Request, deps: Deps): Promise<Response> {
  try {
    const { pathname } = new URL(req.url);
    if (pathname === FEEDBACK_ACTION && req.method === "POST") return await vote(req, deps);
    if (pathname === FEEDBACK_THANKS && (req.method === "GET" || req.method === "HEAD")) return await thanks(req, deps);
    if (pathname === FEEDBACK_ACTION && req.method === "GET") return new Response(null, { status: 303, headers: { location: "/", ...NO_STORE } });
    return new Response("Método no permitido", { status: 405, headers: { "content-type": "text/plain; charset=utf-8", allow: "GET, POST", ...NO_STORE } });
  } catch (error) {
    const where = ((error as Error)?.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" | ");
    (deps.log ?? console.error)(`[utilidad] error inesperado ${(error as Error)?.name ?? "Error"}: ${where}`);
    return new Response(UNAVAILABLE, { status: 500, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
  }
}
