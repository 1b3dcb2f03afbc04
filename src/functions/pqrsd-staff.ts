/**
 * The staff area, `/api/pqrsd/personal/`: every filing, its attachments, the CSV export, the notices that
 * did not go out, and the outcome staff record (answered, transferred, denied) for the quarterly report
 * of Decreto 103 de 2015, art. 52. Everything answers 401 without the credentials of `PQRSD_PERSONAL`,
 * and 503 when none are set: without them nothing is readable.
 */
import { createElement } from "react";
import { DateTime } from "luxon";
import { formatLongDate, ZONE } from "../dates/index.ts";
import { allFields } from "../forms/definition.ts";
import { PQRSD_FORM, requestTypeLabel } from "../forms/pqrsd.ts";
import { cleanText } from "../forms/validate.ts";
import { CommentsStaffList } from "../../layouts/components/CommentsStaffList.tsx";
import { PqrsdStaffFiling } from "../../layouts/components/PqrsdStaffFiling.tsx";
import { PqrsdStaffList, type StaffRow } from "../../layouts/components/PqrsdStaffList.tsx";
import { authenticate, parseStaff } from "../pqrsd/auth.ts";
import { countComments, listComments } from "../pqrsd/comments.ts";
import { toCsv } from "../pqrsd/csv.ts";
import { COMMENT_FORM, DRAFT_ID } from "../forms/comment.ts";
import { FUNCTION_PAGE_HEADERS } from "../pqrsd/security.ts";
import { loadChannel, STAFF_PATH, FORM_PATH, type Deps } from "./pqrsd.ts";
import { noticeMessage, smtpFromEnv, smtpSender } from "../pqrsd/mail.ts";
import { renderPage, splitShell } from "./render.ts";
import { fetchDefinition, SURVEY_CSV, surveyAnswersCsv } from "./surveys-staff.ts";
import { feedbackExport } from "./feedback-staff.ts";
import {
  attachmentKey,
  listClaims,
  listMarkers,
  OUTCOMES,
  readNotice,
  readOutcome,
  readRecord,
  RADICADO,
  writeNotice,
  writeOutcome,
  type FilingRecord,
  type Outcome,
  type OutcomeState,
} from "../pqrsd/store.ts";

const PRIVATE = { ...FUNCTION_PAGE_HEADERS, "cache-control": "no-store, private", "x-robots-tag": "noindex, nofollow", "referrer-policy": "no-referrer" };

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", ...PRIVATE, ...extra } });
}

const when = (iso: string) => {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  return `${dt.toFormat("yyyy-LL-dd HH:mm")}`;
};

function requester(r: FilingRecord): string {
  if (r.data.identificacion === "anonimo") return "Anónimo";
  const name = [r.data.nombres, r.data.apellidos].filter(Boolean).join(" ");
  return r.data.reserva_identidad === "si" ? `${name} (reserva de identidad)` : name;
}

function outcomeLabel(o: Outcome | null): string {
  if (!o) return "Sin registrar";
  const label = OUTCOMES.find((x) => x.value === o.state)?.label ?? o.state;
  return `${label}${o.date ? ` (${o.date})` : ""}`;
}

async function page(deps: Deps, title: string, body: ReturnType<typeof createElement>): Promise<Response> {
  let shell;
  try {
    const res = await deps.fetchSite?.(FORM_PATH);
    shell = res?.ok ? splitShell(await res.text()) : undefined;
  } catch {
    shell = undefined;
  }
  return new Response(renderPage(shell, title, title, body), { headers: { "content-type": "text/html; charset=utf-8", ...PRIVATE } });
}

async function filingsOf(deps: Deps, year: number) {
  const markers = (await listMarkers(deps.store)).filter((m) => m.radicado.startsWith(`${year}-`));
  return Promise.all(
    markers.map(async (m) => {
      const [record, notice, outcome] = await Promise.all([readRecord(deps.store, m.radicado), readNotice(deps.store, m.radicado), readOutcome(deps.store, m.radicado)]);
      return { marker: m, record, notice, outcome };
    }),
  );
}

function isOverdue(record: FilingRecord, outcome: Outcome | null, today: DateTime): boolean {
  if (outcome && outcome.state !== "en_tramite") return false;
  return today.toISODate()! > record.deadline.due;
}

async function list(deps: Deps, url: URL, user: string): Promise<Response> {
  const today = DateTime.now().setZone(ZONE);
  const year = Number(url.searchParams.get("anio") ?? today.year) || today.year;
  const filings = (await filingsOf(deps, year)).filter((f) => f.record);
  const rows: StaffRow[] = filings.map(({ record, notice, outcome }) => ({
    radicado: record!.radicado,
    filedAt: when(record!.filedAt),
    type: record!.type,
    subject: record!.data.asunto ?? "",
    requester: requester(record!),
    due: record!.deadline.due,
    notice: notice?.state === "enviado" ? "Enviado" : "Pendiente",
    outcome: outcomeLabel(outcome),
    overdue: isOverdue(record!, outcome, today),
  }));
  const committed = new Set(filings.map((f) => f.record!.radicado));
  const claims = await listClaims(deps.store, year);
  // A claim younger than a minute may belong to a filing being stored right now.
  const voided = claims.filter((c) => !committed.has(c.radicado) && (c.claim.state === "fallido" || DateTime.fromISO(c.claim.at) < today.minus({ minutes: 1 }))).map((c) => c.radicado);
  const markersYears = new Set([today.year, year, ...(await listMarkers(deps.store)).map((m) => Number(m.radicado.slice(0, 4)))]);
  const body = createElement(PqrsdStaffList, {
    year,
    years: [...markersYears].sort((a, b) => b - a),
    rows,
    pendingNotices: rows.filter((r) => r.notice !== "Enviado").length,
    voided,
    user,
  });
  return page(deps, `PQRSD recibidas en ${year}`, body);
}

const CSV_FIELDS = allFields(PQRSD_FORM).filter((f) => f.kind !== "file");

async function csv(deps: Deps, year: number): Promise<Response> {
  const filings = (await filingsOf(deps, year)).filter((f) => f.record);
  const header = ["radicado", "recibida", "tipo", "vence", "dias_habiles", ...CSV_FIELDS.map((f) => f.name), "adjuntos", "aviso", "estado", "fecha_gestion", "entidad_traslado"];
  const rows = filings.map(({ record, notice, outcome }) => [
    record!.radicado,
    when(record!.filedAt),
    requestTypeLabel(record!.type),
    record!.deadline.due,
    record!.deadline.days,
    ...CSV_FIELDS.map((f) => record!.data[f.name] ?? ""),
    record!.attachments.map((a) => a.name).join(" | "),
    notice?.state === "enviado" ? "enviado" : "pendiente",
    outcome?.state ?? "",
    outcome?.date ?? "",
    outcome?.entity ?? "",
  ]);
  return new Response(toCsv(header, rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="pqrsd-${year}.csv"`, ...PRIVATE },
  });
}

/** The drafts that received comments, with their titles as the site publishes them. */
async function commentsPage(deps: Deps): Promise<Response> {
  const counts = await countComments(deps.store);
  const rows = await Promise.all(
    [...counts].map(async ([id, count]) => {
      const w = await deps.fetchSite?.(`/participa/proyectos/${id}/ventana.json`).then((r) => (r.ok ? (r.json() as Promise<{ title: string; url: string }>) : undefined)).catch(() => undefined);
      return { id, count, title: w?.title ?? id, ...(w ? { url: w.url } : {}) };
    }),
  );
  return page(deps, "Comentarios a proyectos de normas", createElement(CommentsStaffList, { rows: rows.sort((a, b) => b.id.localeCompare(a.id)) }));
}

const COMMENT_FIELDS = allFields(COMMENT_FORM);

async function commentsCsv(deps: Deps, draft: string): Promise<Response> {
  const comments = await listComments(deps.store, draft);
  const header = ["recibido", ...COMMENT_FIELDS.map((f) => f.name), "version_politica_datos"];
  const rows = comments.map((c) => [when(c.receivedAt), ...COMMENT_FIELDS.map((f) => c.data[f.name] ?? ""), c.dataPolicyVersion ?? ""]);
  return new Response(toCsv(header, rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="comentarios-${draft}.csv"`, ...PRIVATE },
  });
}

async function detail(deps: Deps, radicado: string): Promise<Response> {
  const [record, notice, outcome] = await Promise.all([readRecord(deps.store, radicado), readNotice(deps.store, radicado), readOutcome(deps.store, radicado)]);
  if (!record) return plain(404, "No hay una solicitud con ese radicado.");
  const filed = DateTime.fromISO(record.filedAt, { zone: ZONE });
  const body = createElement(PqrsdStaffFiling, {
    record,
    notice,
    outcome,
    filedAt: `${formatLongDate(filed)}, ${filed.toFormat("HH:mm")}`,
    due: formatLongDate(DateTime.fromISO(record.deadline.due, { zone: ZONE })),
  });
  return page(deps, `PQRSD ${radicado}`, body);
}

async function attachment(deps: Deps, radicado: string, n: number): Promise<Response> {
  const record = await readRecord(deps.store, radicado);
  const meta = record?.attachments[n - 1];
  if (!record || !meta) return plain(404, "No existe ese documento.");
  const data = (await deps.store.get(attachmentKey(radicado, n), { type: "arrayBuffer", consistency: "strong" })) as ArrayBuffer | null;
  if (!data) return plain(404, "No existe ese documento.");
  const ascii = meta.name.replace(/[^\x20-\x7E]/g, "_").replace(/["\\]/g, "_");
  return new Response(data, {
    headers: {
      ...PRIVATE,
      "content-type": meta.type,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(meta.name)}`,
      // A citizen's file never runs as a page of the site, even if a browser tried to show it.
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

/** Staff's forms post from the staff pages only: a page elsewhere cannot use a logged-in browser. */
function sameOrigin(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = req.headers.get("origin");
  return origin === new URL(req.url).origin;
}

async function recordOutcome(req: Request, deps: Deps, radicado: string, user: string): Promise<Response> {
  const record = await readRecord(deps.store, radicado);
  if (!record) return plain(404, "No hay una solicitud con ese radicado.");
  const form = await req.formData().catch(() => null);
  const state = String(form?.get("estado") ?? "") as OutcomeState;
  if (!OUTCOMES.some((o) => o.value === state)) return plain(422, "Elija el estado de la solicitud y guarde de nuevo.");
  const date = String(form?.get("fecha") ?? "").trim();
  if (date && !DateTime.fromISO(date, { zone: ZONE }).isValid) return plain(422, "Escriba la fecha como AAAA-MM-DD.");
  if (state !== "en_tramite" && !date) return plain(422, "Escriba la fecha de la respuesta, el traslado o la negación.");
  const entity = cleanText(String(form?.get("entidad") ?? "")).slice(0, 150);
  if (state === "trasladada" && !entity) return plain(422, "Escriba la entidad a la que se trasladó la solicitud.");
  const note = cleanText(String(form?.get("nota") ?? "")).slice(0, 1000);
  await writeOutcome(deps.store, radicado, { state, received: record.deadline.received, ...(date ? { date } : {}), ...(entity ? { entity } : {}), ...(note ? { note } : {}), by: user, at: DateTime.now().toISO()! });
  return new Response(null, { status: 303, headers: { location: `${STAFF_PATH}${radicado}`, ...PRIVATE } });
}

async function resendNotices(deps: Deps, origin: string): Promise<Response> {
  const settings = smtpFromEnv(deps.env);
  const channel = await loadChannel(deps);
  const to = settings?.to ?? channel?.email;
  const send = deps.send ?? (settings ? smtpSender(settings) : undefined);
  if (!send || !to) return plain(503, "El correo (SMTP) no está configurado: vea «Canal PQRSD» en el README.");
  const markers = await listMarkers(deps.store);
  for (const m of markers) {
    const notice = await readNotice(deps.store, m.radicado);
    if (notice?.state === "enviado") continue;
    const record = await readRecord(deps.store, m.radicado);
    if (!record) continue;
    try {
      await send(noticeMessage(record, { entity: channel?.entity ?? "Alcaldía", to, staffUrl: new URL(`${STAFF_PATH}${record.radicado}`, origin).toString() }));
      await writeNotice(deps.store, m.radicado, { state: "enviado", at: DateTime.now().toISO()! });
    } catch (error) {
      await writeNotice(deps.store, m.radicado, { state: "pendiente", at: DateTime.now().toISO()!, reason: `SMTP: ${(error as { code?: string }).code ?? "error"}` });
    }
  }
  return new Response(null, { status: 303, headers: { location: STAFF_PATH, ...PRIVATE } });
}

export async function handleStaff(req: Request, deps: Deps): Promise<Response> {
  const auth = authenticate(req, parseStaff(deps.env.PQRSD_PERSONAL));
  if (!auth.ok) {
    if (auth.reason === "not-configured") return plain(503, "El área del personal no está configurada: defina PQRSD_PERSONAL en las variables de entorno de Netlify (vea el README).");
    return plain(401, "Escriba el usuario y la contraseña del personal de la Alcaldía.", { "www-authenticate": 'Basic realm="PQRSD", charset="UTF-8"' });
  }
  const url = new URL(req.url);
  const rest = url.pathname.startsWith(STAFF_PATH) ? url.pathname.slice(STAFF_PATH.length) : url.pathname === STAFF_PATH.slice(0, -1) ? null : undefined;
  if (rest === null) return new Response(null, { status: 308, headers: { location: STAFF_PATH, ...PRIVATE } });
  if (rest === undefined) return plain(404, "No existe esa dirección.");
  if (req.method === "POST" && !sameOrigin(req)) return plain(403, "Esta acción solo se puede hacer desde las páginas del área del personal.");
  if (req.method === "GET" && rest === "") return list(deps, url, auth.user);
  if (req.method === "GET") {
    const feedback = await feedbackExport(rest, url, deps, PRIVATE);
    if (feedback) return feedback;
  }
  const csvMatch = /^pqrsd-(\d{4})\.csv$/.exec(rest);
  if (req.method === "GET" && csvMatch) return csv(deps, Number(csvMatch[1]));
  if (req.method === "POST" && rest === "avisos") return resendNotices(deps, url.origin);
  if (req.method === "GET" && rest === "comentarios/") return commentsPage(deps);
  const commentsMatch = /^comentarios\/([a-z0-9-]+)\.csv$/.exec(rest);
  if (req.method === "GET" && commentsMatch && DRAFT_ID.test(commentsMatch[1]!)) return commentsCsv(deps, commentsMatch[1]!);
  // The answers of a survey (src/functions/surveys-staff.ts), with their free texts.
  const survey = SURVEY_CSV.exec(rest);
  if (req.method === "GET" && survey) {
    const body = await surveyAnswersCsv(deps.store, survey[1]!, await fetchDefinition(deps.fetchSite, survey[1]!));
    return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="encuesta-${survey[1]}.csv"`, ...PRIVATE } });
  }
  const m = /^(\d{4}-\d{6})(?:\/(adjuntos\/(\d{1,2})|gestion))?$/.exec(rest);
  if (m && RADICADO.test(m[1]!)) {
    if (req.method === "GET" && !m[2]) return detail(deps, m[1]!);
    if (req.method === "GET" && m[3]) return attachment(deps, m[1]!, Number(m[3]));
    if (req.method === "POST" && m[2] === "gestion") return recordOutcome(req, deps, m[1]!, auth.user);
  }
  return plain(404, "No existe esa dirección.");
}
