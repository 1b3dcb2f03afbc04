/**
 * The Alcaldía learns of each filing by e-mail. Netlify has no mail service, so the function speaks SMTP
 * (nodemailer) to the server set in the site's environment variables (README, «Canal PQRSD»).
 *
 * The notice carries no personal data: number, type, dates, whether it is anonymous or asks for reserved
 * identity, how many attachments, and the link to the staff area. Mail crosses servers the Alcaldía does
 * not control; the filing itself stays in Netlify Blobs behind the staff's credentials.
 */
import nodemailer from "nodemailer";
import { DateTime } from "luxon";
import { formatLongDate, ZONE } from "../dates/index.ts";
import { requestTypeLabel } from "../forms/pqrsd.ts";
import type { FilingRecord } from "./store.ts";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Where notices go: the institutional e-mail of content/sitio.yaml unless overridden. */
  to?: string;
}

export type Env = Record<string, string | undefined>;

export function smtpFromEnv(env: Env): SmtpSettings | undefined {
  const host = env.PQRSD_SMTP_HOST;
  if (!host) return undefined;
  const port = Number(env.PQRSD_SMTP_PORT ?? 587);
  return {
    host,
    port,
    secure: env.PQRSD_SMTP_SECURE ? env.PQRSD_SMTP_SECURE === "true" : port === 465,
    user: env.PQRSD_SMTP_USER || undefined,
    password: env.PQRSD_SMTP_PASSWORD || undefined,
    from: env.PQRSD_SMTP_FROM || `Portal PQRSD <${env.PQRSD_SMTP_USER ?? "no-responder@localhost"}>`,
    to: env.PQRSD_AVISO_PARA || undefined,
  };
}

export interface NoticeContext {
  entity: string;
  to: string;
  staffUrl: string;
}

export function noticeMessage(record: FilingRecord, ctx: NoticeContext) {
  const filed = DateTime.fromISO(record.filedAt, { zone: ZONE });
  const due = DateTime.fromISO(record.deadline.due, { zone: ZONE });
  const type = requestTypeLabel(record.type);
  const anonymous = record.data.identificacion === "anonimo";
  const lines = [
    `Se radicó una solicitud en el portal de la ${ctx.entity}.`,
    "",
    `Radicado: ${record.radicado}`,
    `Tipo: ${type}`,
    `Recibida: ${formatLongDate(filed)}, ${filed.toFormat("h:mm a")} (hora de Colombia)`,
    `Plazo: ${record.deadline.days} días hábiles (${record.deadline.basis}); vence el ${formatLongDate(due)}`,
    `Solicitante: ${anonymous ? "anónimo" : record.data.reserva_identidad === "si" ? "identificado, pide reserva de identidad (Ley 1712 de 2014, art. 4, parágrafo)" : "identificado"}`,
    `Documentos adjuntos: ${record.attachments.length}`,
    "",
    `Consulte la solicitud completa en el área del personal: ${ctx.staffUrl}`,
    "",
    "Este aviso no incluye datos personales a propósito.",
  ];
  return {
    to: ctx.to,
    subject: `PQRSD ${record.radicado}: ${type}, vence el ${formatLongDate(due)}`,
    text: lines.join("\n"),
  };
}

export type SendMail = (message: { to: string; subject: string; text: string }) => Promise<void>;

/** Short timeouts: a synchronous Netlify Function has 10 seconds, and the filing is already stored. */
export function smtpSender(settings: SmtpSettings): SendMail {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    connectionTimeout: 4000,
    greetingTimeout: 3000,
    socketTimeout: 4000,
    // Never log the message: nodemailer's logger stays off.
    logger: false,
    debug: false,
  });
  return async (message) => {
    await transport.sendMail({ from: settings.from, ...message });
  };
}
