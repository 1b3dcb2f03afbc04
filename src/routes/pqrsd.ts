/**
 * The PQRSD channel's pages: the form, what the function needs to know of the channel (canal.json, public
 * facts only), and the quarterly report with its CSV, from counts the build read (src/pqrsd/counts.ts).
 */
import type { Portal } from "../content/types.ts";
import { safeJson } from "../text/json.ts";
import { REQUEST_TYPES } from "../forms/pqrsd.ts";
import type { PqrsdData } from "../pqrsd/counts.ts";
import { toCsv } from "../pqrsd/csv.ts";
import { monthlyCounts, quarterlyReport } from "../pqrsd/report.ts";
import type { ChannelContact } from "../../layouts/components/channel.ts";
import { PqrsdPage } from "../../layouts/pages/PqrsdPage.tsx";
import { PqrsdReportPage, type PqrsdReportPageProps } from "../../layouts/pages/PqrsdReportPage.tsx";
import { pageRoute } from "./render.ts";
import type { Route } from "./types.ts";

export const PQRSD_FORM_URL = "/atencion-al-ciudadano/pqrsd/";
export const PQRSD_CHANNEL_URL = "/atencion-al-ciudadano/pqrsd/canal.json";
export const PQRSD_REPORT_URL = "/atencion-al-ciudadano/pqrsd/informe/";
export const PQRSD_REPORT_CSV_URL = "/atencion-al-ciudadano/pqrsd/informe/informe-trimestral-pqrsd.csv";

export function channelContact(site: Portal["site"]): ChannelContact {
  return { entity: site.entity, email: site.email, phones: site.phones, address: site.address, hours: site.hours };
}

function reportData(data: PqrsdData): PqrsdReportPageProps["data"] {
  if (!data.available) return data;
  const months = [...monthlyCounts(data.filings)].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count }));
  return { available: true, quarters: quarterlyReport(data.filings, data.outcomes), months };
}

function reportCsv(data: PqrsdReportPageProps["data"]): string {
  const header = ["trimestre", "recibidas", ...REQUEST_TYPES.map((t) => t.value), "respondidas", "trasladadas", "negadas", "desistidas", "sin_gestion_registrada", "dias_habiles_promedio", "dias_habiles_maximo",
    "informacion_recibidas", "informacion_trasladadas", "informacion_negadas", "informacion_respondidas", "informacion_dias_habiles_promedio"];
  const rows = data.available
    ? data.quarters.map((q) => [q.quarter, q.total, ...REQUEST_TYPES.map((t) => q.received[t.value]), q.answered, q.transferred, q.denied, q.closed, q.open, q.answerDays?.average ?? "", q.answerDays?.max ?? "",
        q.information.received, q.information.transferred, q.information.denied, q.information.answered, q.information.answerDays?.average ?? ""])
    : [];
  return toCsv(header, rows);
}

export function pqrsdRoutes(portal: Portal, data: PqrsdData, script: string): Route[] {
  const contact = channelContact(portal.site);
  const report = reportData(data);
  return [
    pageRoute(PQRSD_FORM_URL, "formulario de PQRSD (src/forms/pqrsd.ts)", PqrsdPage, { contact, script, reportUrl: PQRSD_REPORT_URL }, { title: "Presentar una PQRSD", section: "Información institucional" }),
    // Public facts the function reads to write its notice and its messages: the same as the footer's.
    { url: PQRSD_CHANNEL_URL, source: "content/sitio.yaml (canal de PQRSD)", props: contact, render: (c: ChannelContact) => safeJson(c) },
    pageRoute(PQRSD_REPORT_URL, "informe de PQRSD (conteos de Netlify Blobs)", PqrsdReportPage, { data: report, csvUrl: PQRSD_REPORT_CSV_URL, formUrl: PQRSD_FORM_URL }, { title: "Informe de solicitudes de PQRSD", section: "Información institucional" }),
    { url: PQRSD_REPORT_CSV_URL, source: "informe de PQRSD (conteos de Netlify Blobs)", props: report, render: (r: PqrsdReportPageProps["data"]) => reportCsv(r) },
  ];
}
