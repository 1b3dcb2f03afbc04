/** The ITA list as text, for `npm run validate`: numeral, status, title, and where, as a reviewer reads it. */
import { formatLongDate } from "../dates/index.ts";
import { FREQUENCIES } from "../schema/transparency.ts";
import { STATUS_LABELS, type ItaItem, type ItaLeaf, type ItaReport, type ItaStatus } from "./ita.ts";

const NUMBER_WIDTH = 10;
const STATUS_WIDTH = 17;
const INDENT = "  ";
const DETAIL = " ".repeat(INDENT.length + NUMBER_WIDTH + STATUS_WIDTH);

const MARK = { "una-fuente": " †", discrepan: " ‡", fuentes: "" } as const;

function details(l: ItaLeaf): string[] {
  const out: string[] = [];
  if (l.status === "no-aplica") out.push(`Razón: ${l.notApplicable}`);
  if (l.status === "falta") {
    out.push(l.missing ?? "");
    if (l.url) out.push(`Lo más cercano que está publicado: ${l.url}`);
    return out;
  }
  if (l.url) out.push(l.url);
  if (l.status === "desactualizado" && l.content?.date && l.due) {
    const from = "dt" in l.content.date ? l.content.date.dt : l.content.date;
    const freq = FREQUENCIES.find((f) => f.value === l.frequency)?.label.toLowerCase();
    out.push(`Lo enlazado es del ${formatLongDate(from)}; con frecuencia ${freq}, debía renovarse a más tardar el ${formatLongDate(l.due)}.`);
  }
  for (const o of l.observations ?? []) out.push(`Observación: ${o}`);
  return out;
}

function line(l: ItaLeaf, sub: boolean, suffix = ""): string {
  const number = (sub ? `  ${l.number}` : l.number).padEnd(NUMBER_WIDTH);
  const extra = l.extra ? " (numeral propio de la entidad: el ITA no lo califica)" : "";
  return `${INDENT}${number}${STATUS_LABELS[l.status].padEnd(STATUS_WIDTH)}${l.title}${l.certainty ? MARK[l.certainty] : ""}${extra}${suffix}`;
}

function itemLines(item: ItaItem): string[] {
  if (!item.subitems.length) return [line(item, false), ...details(item).map((d) => DETAIL + d)];
  const met = item.subitems.filter((s) => s.status === "cumple" || s.status === "no-aplica").length;
  const out = [line(item, false, ` (${met} de ${item.subitems.length} subnumerales cumplen o no aplican)`)];
  // What the item says for the sub-items that say nothing, once.
  const shared = item.subitems.find((s) => s.inherited);
  if (shared) out.push(...details(shared).map((d) => DETAIL + d));
  else if (item.url) out.push(DETAIL + item.url);
  for (const s of item.subitems) {
    if (s.inherited) out.push(line(s, true, s.status === "desactualizado" || s.observations ? "" : ` (lo dice el numeral ${item.number})`), ...(s.status === "desactualizado" || s.observations ? details(s).map((d) => `${DETAIL}  ${d}`) : []));
    else out.push(line(s, true), ...details(s).map((d) => `${DETAIL}  ${d}`));
  }
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(counts: Record<ItaStatus, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    `${total} numerales calificables (los numerales sin subnumerales y cada subnumeral): ` +
    [
      plural(counts.cumple, "cumple", "cumplen"),
      plural(counts["no-aplica"], "no aplica", "no aplican"),
      plural(counts.falta, "falta", "faltan"),
      plural(counts.desactualizado, "desactualizado", "desactualizados"),
    ].join(", ") +
    "."
  );
}

export function formatItaReport(report: ItaReport, entity: string): string {
  const out: string[] = [
    `Transparencia y acceso a la información pública — ${entity}`,
    `Numerales del anexo 2 de la Resolución 1519 de 2020, como los revisa la Procuraduría (índice ITA), al ${formatLongDate(report.checkedAt)}.`,
    "",
  ];
  for (const c of report.categories) {
    out.push(`${c.number}. ${c.title}`);
    for (const item of c.items) out.push(...itemLines(item));
    out.push("");
  }
  out.push(`Resumen: ${summaryLine(report.counts)}`);
  const observed = report.leaves.filter((l) => l.observations?.length);
  if (observed.length) {
    out.push(`Observaciones: ${plural(observed.length, "numeral cumple", "numerales cumplen")} con algo pendiente (${observed.map((l) => l.number).join(", ")}).`);
  }
  const marks = report.leaves.some((l) => l.certainty && l.certainty !== "fuentes");
  if (marks) {
    out.push(
      "† El número o el título de este numeral lo da una sola de las fuentes públicas consultadas; ‡ las fuentes no coinciden.",
      "  Antes de apoyarse en ellos, compárelos con una copia oficial del anexo 2 (la lista del portal está en src/schema/anexo2.ts).",
    );
  }
  if (report.warnings.length) {
    out.push("", "Avisos (no detienen la construcción):");
    for (const w of report.warnings) out.push(`  - ${w.file}: ${w.message}.`);
  }
  return out.join("\n");
}
