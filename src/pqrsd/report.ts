/**
 * The quarterly report of requests (Decreto 103 de 2015, art. 52: received, transferred to another
 * entity, time to answer, denied) and the monthly count of the plan's indicator, from counts only
 * (src/pqrsd/counts.ts). The site knows by itself what it received, when and of which type; whether a
 * request was answered, transferred or denied, and when, only staff know: they record it in the staff
 * area, and requests without a record count as «sin registro de gestión».
 */
import { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import { REQUEST_TYPES, type RequestType } from "../forms/pqrsd.ts";
import type { FilingCount, OutcomeCount } from "./counts.ts";
import { businessDaysBetween } from "./deadline.ts";

export interface QuarterReport {
  /** «2026-T4». */
  quarter: string;
  received: Record<RequestType, number>;
  total: number;
  answered: number;
  transferred: number;
  denied: number;
  closed: number;
  /** No outcome recorded, or «en trámite». */
  open: number;
  /** Business days from receipt to answer, over the requests answered. */
  answerDays: { average: number; max: number } | null;
  /** The same for requests for public information, which art. 52 is about. */
  information: { received: number; transferred: number; denied: number; answered: number; answerDays: { average: number; max: number } | null };
}

export const quarterOf = (month: string) => `${month.slice(0, 4)}-T${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

function days(pairs: OutcomeCount[]): { average: number; max: number } | null {
  const values = pairs
    .filter((o) => o.state === "respondida" && o.received && o.date)
    .map((o) => businessDaysBetween(DateTime.fromISO(o.received!, { zone: ZONE }), DateTime.fromISO(o.date!, { zone: ZONE })));
  if (!values.length) return null;
  return { average: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10, max: Math.max(...values) };
}

/** One row per quarter that received anything, newest first. */
export function quarterlyReport(filings: readonly FilingCount[], outcomes: readonly OutcomeCount[]): QuarterReport[] {
  const byRadicado = new Map(outcomes.map((o) => [o.radicado, o]));
  const quarters = new Map<string, FilingCount[]>();
  for (const f of filings) {
    const q = quarterOf(f.month);
    quarters.set(q, [...(quarters.get(q) ?? []), f]);
  }
  return [...quarters.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([quarter, list]) => {
      const received = Object.fromEntries(REQUEST_TYPES.map((t) => [t.value, 0])) as Record<RequestType, number>;
      for (const f of list) received[f.type]++;
      const mine = list.map((f) => byRadicado.get(f.radicado)).filter((o): o is OutcomeCount => Boolean(o));
      const info = list.filter((f) => f.type === "solicitud_informacion").map((f) => byRadicado.get(f.radicado)).filter((o): o is OutcomeCount => Boolean(o));
      const count = (os: OutcomeCount[], state: OutcomeCount["state"]) => os.filter((o) => o.state === state).length;
      const answered = count(mine, "respondida");
      const transferred = count(mine, "trasladada");
      const denied = count(mine, "negada");
      const closed = count(mine, "desistida");
      return {
        quarter,
        received,
        total: list.length,
        answered,
        transferred,
        denied,
        closed,
        open: list.length - answered - transferred - denied - closed,
        answerDays: days(mine),
        information: {
          received: received.solicitud_informacion,
          transferred: count(info, "trasladada"),
          denied: count(info, "negada"),
          answered: count(info, "respondida"),
          answerDays: days(info),
        },
      };
    });
}

/** Filings per month (AAAA-MM → number), for «Número de consultas reportadas en la página web». */
export function monthlyCounts(filings: readonly FilingCount[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of filings) out.set(f.month, (out.get(f.month) ?? 0) + 1);
  return out;
}
