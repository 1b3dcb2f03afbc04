import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseContentDate } from "../../src/dates/index.ts";
import { computeIndicator, periodKey, periodRange, type Row } from "../../src/indicators/engine.ts";
import { checkRule, type IndicatorDef } from "../../src/schema/indicator-rules.ts";

const bogota = (iso: string) => DateTime.fromISO(iso, { zone: "America/Bogota" });
function row(collection: string, date: string, fields: Record<string, unknown> = {}): Row {
  const d = parseContentDate(date);
  if (!d.ok) throw new Error(d.reason);
  return { collection, date: d.value, fields };
}
function def(partial: Partial<IndicatorDef> & Pick<IndicatorDef, "rule" | "target">): IndicatorDef {
  return { id: "x", name: "X", wording: "X", ...partial };
}

describe("periods", () => {
  it("keys months, semesters and years in Bogota time", () => {
    expect(periodKey(bogota("2009-06-30T23:59"), "semester")).toBe("2009-S1");
    expect(periodKey(bogota("2009-07-01T00:00"), "semester")).toBe("2009-S2");
    // 04:59 UTC on 1 January is still 31 December in Bogota.
    expect(periodKey(DateTime.fromISO("2010-01-01T04:59:00Z"), "year")).toBe("2009");
    expect(periodKey(DateTime.fromISO("2010-01-01T05:00:00Z"), "year")).toBe("2010");
  });

  it("lists every period between two moments", () => {
    expect(periodRange(bogota("2008-08-27"), bogota("2009-02-01"), "semester")).toEqual(["2008-S2", "2009-S1"]);
    expect(periodRange(bogota("2008-11-05"), bogota("2009-02-01"), "month")).toEqual(["2008-11", "2008-12", "2009-01", "2009-02"]);
    expect(periodRange(bogota("2008-08-27"), bogota("2011-12-31"), "year")).toEqual(["2008", "2009", "2010", "2011"]);
    expect(periodRange(bogota("2009-01-01"), bogota("2009-06-30"), "semester")).toEqual(["2009-S1"]);
    expect(periodRange(bogota("2009-07-01"), bogota("2010-07-01"), "semester")).toEqual(["2009-S2", "2010-S1", "2010-S2"]);
    // An instant given in UTC counts in Bogota: 03:00 UTC on 1 March is still February there.
    expect(periodRange(DateTime.fromISO("2024-03-01T03:00:00Z"), bogota("2024-04-02"), "month")).toEqual(["2024-02", "2024-03", "2024-04"]);
  });

  it("lists the same periods as stepping through luxon's calendar would", () => {
    const step = { month: { months: 1 }, semester: { months: 6 }, year: { years: 1 } } as const;
    for (let i = 0; i < 300; i++) {
      const from = DateTime.fromObject({ year: 1995 + (i % 30), month: 1 + ((i * 7) % 12), day: 1 + ((i * 11) % 28) }, { zone: "America/Bogota" });
      const to = from.plus({ days: (i * 37) % 3000 });
      for (const period of ["month", "semester", "year"] as const) {
        const expected: string[] = [];
        let cursor = from.startOf(period === "month" ? "month" : "year");
        if (period === "semester" && from.month > 6) cursor = cursor.plus({ months: 6 });
        while (cursor <= to) {
          expected.push(periodKey(cursor, period));
          cursor = cursor.plus(step[period]);
        }
        expect(periodRange(from, to, period)).toEqual(expected);
      }
    }
  });
});

describe("counting rules", () => {
  const now = bogota("2010-12-31T23:59");

  it("counts entries with filters, empty periods included", () => {
    const rows = [
      row("normativa", "2009-01-30", { type: "acta", issuer: "Comité GEL-T" }),
      row("normativa", "2009-02-27", { type: "acta", issuer: "Comité GEL-T" }),
      row("normativa", "2009-03-01", { type: "decreto", issuer: "Alcaldía Municipal" }),
      row("normativa", "2009-12-31T23:30", { type: "acta", issuer: "Comité GEL-T" }),
      row("normativa", "2010-01-01T00:00", { type: "acta", issuer: "Comité GEL-T" }),
    ];
    const r = computeIndicator(
      def({
        target: { value: 12, unit: "reuniones", period: "year", wording: "12 Reuniones al año" },
        rule: { collections: ["normativa"], where: [{ field: "type", equals: "acta" }, { field: "issuer", equals: "Comité GEL-T" }], measure: "count" },
      }),
      rows,
      { now, from: bogota("2008-08-27") },
    );
    expect(r.periods).toEqual([
      { period: "2008", value: 0, met: false },
      { period: "2009", value: 3, met: false },
      { period: "2010", value: 1, met: false },
    ]);
  });

  it("applies thresholds and shares of another field", () => {
    const rows = [
      row("eventos", "2009-03-10", { kind: "capacitacion", members_present: 4, committee_size: 8 }), // 50 %: counts
      row("eventos", "2009-05-10", { kind: "capacitacion", members_present: 3, committee_size: 8 }), // 37.5 %: does not
      row("eventos", "2009-09-10", { kind: "capacitacion", members_present: 2, committee_size: 0 }), // no size: does not
      row("eventos", "2010-02-10", { kind: "taller", attendees: 30 }),
    ];
    const r = computeIndicator(
      def({
        target: { value: 1, unit: "capacitaciones", period: "semester", wording: "1 capacitación por semestre" },
        rule: { collections: ["eventos"], where: [{ field: "kind", equals: "capacitacion" }, { field: "members_present", at_least: 0.5, of: "committee_size" }], measure: "count" },
      }),
      rows,
      { now, from: bogota("2009-01-01") },
    );
    expect(r.periods.map((p) => [p.period, p.value, p.met])).toEqual([
      ["2009-S1", 1, true],
      ["2009-S2", 0, false],
      ["2010-S1", 0, false],
      ["2010-S2", 0, false],
    ]);
  });

  it("requires every group to meet the target when grouping", () => {
    const rows = [
      row("convenios", "2009-04-01", { level: "local" }),
      row("convenios", "2009-06-01", { level: "departamental" }),
      row("convenios", "2009-08-01", { level: "nacional" }),
      row("convenios", "2009-10-01", { level: "internacional" }),
      row("convenios", "2010-03-01", { level: "local" }),
    ];
    const r = computeIndicator(
      def({ target: { value: 1, unit: "convenios", period: "year", wording: "1 por año" }, rule: { collections: ["convenios"], measure: "count", group_by: "level" } }),
      rows,
      { now, from: bogota("2009-01-01"), groupValues: ["local", "departamental", "nacional", "internacional"] },
    );
    expect(r.periods[0]).toEqual({ period: "2009", value: 4, met: true, groups: { local: 1, departamental: 1, nacional: 1, internacional: 1 } });
    expect(r.periods[1]).toEqual({ period: "2010", value: 1, met: false, groups: { local: 1, departamental: 0, nacional: 0, internacional: 0 } });
  });

  it("sums a field and computes shares", () => {
    const rows = [row("eventos", "2009-03-10", { attendees: 12, members_present: 3, committee_size: 6 }), row("eventos", "2009-04-10", { attendees: 9, members_present: 3, committee_size: 6 })];
    const sum = computeIndicator(def({ target: { value: 20, unit: "personas", period: "year", wording: "" }, rule: { collections: ["eventos"], measure: "sum", field: "attendees" } }), rows, { now });
    expect(sum.periods).toEqual([{ period: "2009", value: 21, met: true }, { period: "2010", value: 0, met: false }]);
    const share = computeIndicator(
      def({ target: { value: 50, unit: "%", period: "once", wording: "" }, rule: { collections: ["eventos"], measure: "share", field: "members_present", total_field: "committee_size" } }),
      rows,
      { now },
    );
    expect(share.periods).toEqual([{ period: "total", value: 50, met: true }]);
  });

  it("takes manual measurements as entered", () => {
    const r = computeIndicator(
      def({ target: { value: 100, unit: "%", period: "once", wording: "El 100%" }, rule: { collections: ["planes"], measure: "manual" }, measurements: [{ period: "2012", value: 85 }] }),
      [],
      { now },
    );
    expect(r.periods).toEqual([{ period: "2012", value: 85, met: false }]);
  });

  it("ignores rows after the end of the span", () => {
    const r = computeIndicator(
      def({ target: { value: 1, unit: "x", period: "year", wording: "" }, rule: { collections: ["eventos"], measure: "count" } }),
      [row("eventos", "2010-06-01"), row("eventos", "2011-01-01")],
      { now },
    );
    expect(r.periods).toEqual([{ period: "2010", value: 1, met: true }]);
  });
});

describe("checkRule", () => {
  const schemas = { eventos: { kind: { kind: "select", label: "Tipo", required: true } }, normativa: { type: { kind: "select", label: "Tipo", required: true } } } as const;
  it("names unknown collections and fields", () => {
    const problems = checkRule(
      def({ target: { value: 1, unit: "x", period: "year", wording: "" }, rule: { collections: ["reuniones", "eventos"], where: [{ field: "tipo", equals: "taller" }], measure: "sum" } }),
      schemas as never,
    );
    expect(problems).toEqual([
      "la regla nombra la colección «reuniones», que no existe (hay: eventos, normativa)",
      "la regla usa el campo «tipo», que no existe en «eventos» (campos: kind)",
      "la medida «sum» necesita «field»",
    ]);
  });
});
