/**
 * Comments on draft rules, as a plain function of the request and its dependencies (the Netlify Function
 * in netlify/functions/comentarios.mts passes the real ones). The same server side as the PQRSD channel:
 * its store, its signed start cookie and minimum fill time, its honeypot and its hourly limit per client.
 *
 * - `GET /api/participa/comentarios/inicio.gif`: the image that starts the form's clock.
 * - `POST /api/participa/comentarios`: a comment. Outside the draft's window, or with bad input, the
 *   citizen gets the draft's page again with the form, their text and the errors, and nothing is stored.
 *   A stored comment redirects (303) to the thanks, so a reload never sends it twice.
 * - `GET /api/participa/comentarios/recibido?p=<proyecto>`: the thanks, on the draft's page.
 *
 * The window comes from the site itself (`/participa/proyectos/<id>/ventana.json`, built from content):
 * the page and the server read the same dates. Nothing personal is logged.
 */
import { createElement } from "react";
import { DateTime } from "luxon";
import { formatLongDate, MERIDIEM, ZONE } from "../dates/index.ts";
import { COMMENT_FORM, COMMENT_MAX_BODY_BYTES, DRAFT_ID } from "../forms/comment.ts";
import { allFields } from "../forms/definition.ts";
import { DATA_POLICY_VERSION } from "../forms/pqrsd.ts";
import { validateForm, type FieldError } from "../forms/validate.ts";
import type { DraftWindow } from "../content/drafts.ts";
import { CommentForm } from "../../layouts/components/CommentForm.tsx";
import { otherChannels, type ChannelContact } from "../../layouts/components/channel.ts";
import { commentKey, saveComment } from "../pqrsd/comments.ts";
import { BodyError, cookieValue, readFormStart, readSubmission, signFormStart } from "../pqrsd/request.ts";
import { StorageError } from "../pqrsd/store.ts";
import { renderPage, splitShell, type Shell } from "./render.ts";
import { FALLBACK_CONTACT, GIF, html, loadChannel, NO_STORE, overLimit, secretOf, hourlyLimitFrom, type Deps } from "./pqrsd.ts";

export const COMMENTS_PATH = "/api/participa/comentarios";
export const COMMENT_COOKIE = "comentario_inicio";
const COOKIE_PATH = "/api/participa/comentarios";
const MAX_FORM_AGE_MS = 2 * 60 * 60 * 1000;
const DRAFTS_URL = "/participa/proyectos/";
const SLOT = "comentario";

/** How many comments one client may send in an hour: a person comments a few articles, a script many. */
const hourlyLimit = (env: Deps["env"]) => hourlyLimitFrom(env, "COMENTARIOS_LIMITE_POR_HORA", 10);

/** «15 de diciembre de 2026 a las 6:00 p. m.», as the page writes it. */
export function whenText(iso: string): string {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  const hour = `${dt.hour % 12 === 0 ? 12 : dt.hour % 12}:${String(dt.minute).padStart(2, "0")} ${dt.hour < 12 ? MERIDIEM.am : MERIDIEM.pm}`;
  return `${formatLongDate(dt)} a las ${hour}`;
}

function startCookie(req: Request, secret: string, ms: number): string {
  const secure = new URL(req.url).protocol === "https:" ? "; Secure" : "";
  return `${COMMENT_COOKIE}=${signFormStart(secret, ms)}; Path=${COOKIE_PATH}; Max-Age=7200; HttpOnly; SameSite=Strict${secure}`;
}

async function loadWindow(deps: Deps, draft: string): Promise<DraftWindow | undefined> {
  if (!DRAFT_ID.test(draft)) return undefined;
  const res = await deps.fetchSite?.(`${DRAFTS_URL}${draft}/ventana.json`);
  if (!res) return undefined;
  if (res.status === 404) return undefined;
  if (!res.ok) throw new StorageError(`el sitio respondió ${res.status} al leer el plazo del proyecto`);
  return (await res.json()) as DraftWindow;
}

async function loadShell(deps: Deps, url: string): Promise<Shell | undefined> {
  try {
    const res = await deps.fetchSite?.(url);
    return res?.ok ? splitShell(await res.text(), SLOT) : undefined;
  } catch {
    return undefined;
  }
}

interface Answer {
  draft?: DraftWindow;
  values?: Record<string, string>;
  errors?: FieldError[];
  general?: string;
  status: number;
  cookie?: string;
  /** Whether the form is drawn again (false when the window is closed or the draft unknown). */
  form?: boolean;
}

async function answerPage(deps: Deps, a: Answer): Promise<Response> {
  const [shell, channel] = await Promise.all([a.draft ? loadShell(deps, a.draft.url) : Promise.resolve(undefined), loadChannel(deps)]);
  const contact = channel ?? FALLBACK_CONTACT;
  const heading = a.draft?.title ?? "Comentarios a proyectos de normas";
  const body =
    a.draft && a.form !== false
      ? createElement(CommentForm, { draftId: a.draft.id, contact, values: a.values, errors: a.errors, general: a.general })
      : createElement(
          "div",
          { className: "aviso", role: "alert" },
          createElement("p", null, a.general),
          // Nothing typed is lost: the citizen can copy the text to another channel.
          a.values?.comentario
            ? createElement(
                "div",
                { className: "grupo-campo" },
                createElement("label", { htmlFor: "comentario-no-enviado", className: "pregunta" }, "Su comentario, para que lo conserve"),
                createElement("textarea", { id: "comentario-no-enviado", readOnly: true, rows: 6, defaultValue: a.values.comentario }),
              )
            : null,
          createElement("p", null, createElement("a", { href: a.draft?.url ?? DRAFTS_URL }, a.draft ? "Volver al proyecto" : "Ver los proyectos de normas")),
        );
  const headers: Record<string, string> = a.cookie ? { "set-cookie": a.cookie } : {};
  return html(renderPage(shell, `Error: ${heading}`, heading, body), a.status, headers);
}

function unavailable(channel: ChannelContact | undefined): string {
  return `No pudimos guardar su comentario por una falla técnica: no quedó registrado. Su texto sigue en el formulario; intente enviarlo de nuevo en unos minutos, o escríbalo ${otherChannels(channel ?? FALLBACK_CONTACT)}.`;
}

async function comment(req: Request, deps: Deps): Promise<Response> {
  const log = deps.log ?? console.log;
  const now = (deps.now ?? (() => DateTime.now()))().setZone(ZONE);
  let submission;
  try {
    submission = await readSubmission(req, COMMENT_MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    const general =
      error.status === 413
        ? "Su comentario es demasiado largo para recibirlo y no quedó registrado. Acórtelo a 5.000 caracteres, o envíe varios comentarios."
        : "No recibimos un comentario. Escríbalo en el formulario de la página del proyecto y pulse «Enviar comentario».";
    return answerPage(deps, { status: error.status, general, form: false });
  }
  const { values } = submission;
  const draftId = values.proyecto ?? "";
  let draft: DraftWindow | undefined;
  try {
    draft = await loadWindow(deps, draftId);
  } catch (error) {
    log(`[comentarios] no se pudo leer el plazo del proyecto: ${(error as Error)?.message ?? "error"}`);
    return answerPage(deps, { status: 503, general: unavailable(await loadChannel(deps)), form: false });
  }
  if (!draft) {
    log("[comentarios] comentario a un proyecto que no existe");
    return answerPage(deps, { status: 404, general: "Este proyecto de norma no existe o ya no está publicado, así que no recibimos el comentario. Busque el proyecto en la lista de proyectos de normas.", form: false });
  }
  const opens = DateTime.fromISO(draft.opens);
  const closes = DateTime.fromISO(draft.closes);
  if (now < opens) {
    return answerPage(deps, { draft, status: 422, form: false, values, general: `Este proyecto todavía no recibe comentarios: el plazo abre el ${whenText(draft.opens)}. Su comentario no quedó registrado; envíelo desde esa fecha.` });
  }
  if (now > closes) {
    return answerPage(deps, {
      draft,
      values,
      status: 422,
      form: false,
      general: `El plazo para comentar este proyecto cerró el ${whenText(draft.closes)}, así que su comentario no quedó registrado. Puede presentar su opinión como una petición o sugerencia en el formulario de PQRSD.`,
    });
  }

  let secret: string;
  try {
    secret = await secretOf(deps);
  } catch (error) {
    log(`[comentarios] no se pudo leer la clave del formulario: ${(error as Error)?.name ?? "error"}`);
    return answerPage(deps, { draft, values, status: 503, general: unavailable(await loadChannel(deps)) });
  }
  const token = cookieValue(req, COMMENT_COOKIE);
  const opened = readFormStart(secret, token);
  const started = opened?.ms;
  const age = started === undefined ? -1 : now.toMillis() - started;
  const fresh = started === undefined || age > MAX_FORM_AGE_MS ? startCookie(req, secret, now.toMillis()) : undefined;

  const validated = validateForm(COMMENT_FORM, values);
  if (validated.errors.length) {
    const order = allFields(COMMENT_FORM).map((f) => f.name);
    const errors = [...validated.errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    return answerPage(deps, { draft, values, errors, status: 422, cookie: fresh });
  }
  const { spam } = COMMENT_FORM;
  if ((values[spam.honeypot] ?? "") !== "") {
    log("[comentarios] envío descartado: campo trampa lleno");
    return answerPage(deps, { draft, values, status: 422, cookie: fresh, general: `No pudimos enviar el comentario. Deje vacío el campo «${spam.honeypotLabel}» y envíelo de nuevo.` });
  }
  const minSeconds = Number(deps.env.PQRSD_MIN_SEGUNDOS) || spam.minSeconds;
  if (started === undefined || age < minSeconds * 1000 || age > MAX_FORM_AGE_MS) {
    log(`[comentarios] envío sin confirmar: ${started === undefined ? "sin hora de apertura" : age > MAX_FORM_AGE_MS ? "formulario vencido" : "demasiado rápido"}`);
    return answerPage(deps, {
      draft,
      values,
      status: 422,
      cookie: fresh,
      general: "Para proteger este canal de los envíos automáticos, revise su comentario y pulse «Enviar comentario» de nuevo. Su texto sigue en el formulario.",
    });
  }
  try {
    if (await overLimit(deps.store, secret, deps.ip, now, hourlyLimit(deps.env), "limite-comentarios")) {
      log("[comentarios] envío rechazado: demasiados comentarios desde la misma conexión");
      return answerPage(deps, {
        draft,
        values,
        status: 429,
        general: `Desde esta conexión se han enviado muchos comentarios en la última hora, así que este no quedó registrado. Intente de nuevo más tarde, o escríbalo ${otherChannels((await loadChannel(deps)) ?? FALLBACK_CONTACT)}.`,
      });
    }
    const identified = validated.data.identificacion === "identificado";
    const stored = await saveComment(deps.store, commentKey(draft.id, opened!.nonce, opened!.ms), {
      draft: draft.id,
      receivedAt: now.toISO()!,
      formVersion: COMMENT_FORM.version,
      ...(identified ? { dataPolicyVersion: DATA_POLICY_VERSION } : {}),
      data: validated.data,
    });
    log(stored ? `[comentarios] comentario recibido para «${draft.id}»` : `[comentarios] envío repetido para «${draft.id}»: ya estaba guardado`);
  } catch (error) {
    log(`[comentarios] falla al guardar un comentario: ${error instanceof StorageError ? error.message : (error as Error)?.name ?? "error"}`);
    return answerPage(deps, { draft, values, status: 503, general: unavailable(await loadChannel(deps)) });
  }
  const location = `${COMMENTS_PATH}/recibido?p=${encodeURIComponent(draft.id)}`;
  return new Response(null, { status: 303, headers: { location, ...NO_STORE, "set-cookie": `${COMMENT_COOKIE}=; Path=${COOKIE_PATH}; Max-Age=0; HttpOnly; SameSite=Strict` } });
}

async function thanks(req: Request, deps: Deps): Promise<Response> {
  const draft = await loadWindow(deps, new URL(req.url).searchParams.get("p") ?? "").catch(() => undefined);
  if (!draft) return html(renderPage(undefined, "Proyecto no encontrado", "Proyecto no encontrado", createElement("p", null, createElement("a", { href: DRAFTS_URL }, "Ver los proyectos de normas"))), 404);
  const shell = await loadShell(deps, draft.url);
  const body = createElement(
    "div",
    { className: "confirmacion", role: "status" },
    createElement("h2", null, "Recibimos su comentario"),
    createElement("p", null, `La ${draft.office} lo revisará con los demás comentarios recibidos hasta el ${whenText(draft.closes)}. Después del cierre, la Alcaldía publica en esta página cada comentario con su respuesta.`),
    createElement("p", null, createElement("a", { href: draft.url }, "Volver al proyecto")),
  );
  return html(renderPage(shell, `Comentario recibido: ${draft.title}`, draft.title, body), 200);
}

export async function handleComments(req: Request, deps: Deps): Promise<Response> {
  try {
    const { pathname } = new URL(req.url);
    if (pathname === `${COMMENTS_PATH}/inicio.gif` && (req.method === "GET" || req.method === "HEAD")) {
      const secret = await secretOf(deps);
      const now = (deps.now ?? (() => DateTime.now()))();
      const started = readFormStart(secret, cookieValue(req, COMMENT_COOKIE))?.ms;
      const keep = started !== undefined && now.toMillis() - started < MAX_FORM_AGE_MS;
      const headers: Record<string, string> = { "content-type": "image/gif", ...NO_STORE, ...(keep ? {} : { "set-cookie": startCookie(req, secret, now.toMillis()) }) };
      return new Response(req.method === "HEAD" ? null : GIF, { headers });
    }
    if (pathname === `${COMMENTS_PATH}/recibido` && req.method === "GET") return thanks(req, deps);
    if (pathname === COMMENTS_PATH && req.method === "POST") return await comment(req, deps);
    if (pathname === COMMENTS_PATH && req.method === "GET") return new Response(null, { status: 303, headers: { location: DRAFTS_URL, ...NO_STORE } });
    return new Response("Método no permitido", { status: 405, headers: { "content-type": "text/plain; charset=utf-8", allow: "GET, POST", ...NO_STORE } });
  } catch (error) {
    const where = ((error as Error)?.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" | ");
    (deps.log ?? console.error)(`[comentarios] error inesperado ${(error as Error)?.name ?? "Error"}: ${where}`);
    return new Response(unavailable(undefined), { status: 500, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
  }
}
