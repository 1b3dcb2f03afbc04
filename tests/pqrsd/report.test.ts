import { describe, expect, it } from "vitest";
import { monthlyCounts, quarterlyReport } from "../../src/pqrsd/report.ts";
import type { FilingCount, OutcomeCount } from "../../src/pqrsd/counts.ts";

const filings: FilingCount[] = [
  { month: "2026-10", type: "peticion", radicado: "2026-000001" },
  { month: "2026-11", type: "solicitud_informacion", radicado: "2026-000002" },
  { month: "2026-12", type: "solicitud_informacion", radicado: "2026-000003" },
  { month: "2026-12", type: "queja", radicado: "2026-000004" },
  { month: "2026-07", type: "denuncia", radicado: "2026-000000" },
];
const outcomes: OutcomeCount[] = [
  // 2 Dec (Wed) → 10 Dec (Thu): 3, 4, 7, 9, 10 = 5 business days (8 Dec is a holiday).
  { radicado: "2026-000002", state: "respondida", received: "2026-12-02", date: "2026-12-10" },
  { radicado: "2026-000003", state: "negada", received: "2026-12-03", date: "2026-12-04" },
  { radicado: "2026-000004", state: "trasladada", received: "2026-12-03", date: "2026-12-04" },
];

describe("informe trimestral (Decreto 103 de 2015, art. 52)", () => {
  it("cuenta recibidas por tipo y lo que registró el personal, por trimestre", () => {
    const [t4, t3] = quarterlyReport(filings, outcomes);
    expect(t4!.quarter).toBe("2026-T4");
    expect(t4!.total).toBe(4);
    expect(t4!.received.solicitud_informacion).toBe(2);
    expect(t4!.received.peticion).toBe(1);
    expect(t4!).toMatchObject({ answered: 1, transferred: 1, denied: 1, open: 1 });
    expect(t4!.answerDays).toEqual({ average: 5, max: 5 });
    expect(t4!.information).toMatchObject({ received: 2, denied: 1, answered: 1, transferred: 0 });
    expect(t3!.quarter).toBe("2026-T3");
    expect(t3!.answerDays).toBeNull();
  });

  it("cuenta las consultas de cada mes", () => {
    expect(Object.fromEntries(monthlyCounts(filings))).toEqual({ "2026-10": 1, "2026-11": 1, "2026-12": 2, "2026-07": 1 });
  });
});
