import { describe, expect, it } from "vitest";
import { publicationFrequency } from "../../src/feeds/frequency.ts";
import { act, FREQUENCY_PLAN, load, makeContent, news } from "../helpers/content.ts";

describe("publicationFrequency", () => {
  it("counts each month in Bogota time, with the boundaries at local midnight", () => {
    const dir = makeContent({
      ...FREQUENCY_PLAN, // 2024-01-15
      ...news("a", "2024-03-31T23:59"), // March in Bogota
      ...news("b", "2024-04-01T04:30:00Z"), // 23:30 on 31 March in Bogota
      ...news("c", "2024-04-01T05:00:00Z"), // midnight, 1 April in Bogota
      ...news("d", "2024-04-01"), // a calendar date: April
      ...act("decreto-001-2024", "2024-03-01"),
      ...news("e", "2024-03-10"),
    });
    const report = publicationFrequency(load(dir, "2024-06-15T12:00"))!;
    const month = (m: string) => report.months.find((x) => x.month === m)!;
    expect(month("2024-03")).toEqual({ month: "2024-03", count: 4, met: true, closed: true, byCollection: { noticias: 3, normativa: 1, planes: 0 } });
    expect(month("2024-04").count).toBe(2);
    expect(month("2024-04").met).toBe(false);
  });

  it("lists every month from the first publication to the build's month, empty ones as zero", () => {
    const dir = makeContent({ ...FREQUENCY_PLAN, ...news("a", "2024-05-02") });
    const report = publicationFrequency(load(dir, "2024-07-01T00:00"))!;
    expect(report.months.map((m) => [m.month, m.count, m.closed])).toEqual([
      ["2024-01", 1, true],
      ["2024-02", 0, true],
      ["2024-03", 0, true],
      ["2024-04", 0, true],
      ["2024-05", 1, true],
      ["2024-06", 0, true],
      ["2024-07", 0, false],
    ]);
    expect(report.target).toEqual({ count: 4, period: "month" });
  });

  it("counts neither drafts nor entries dated after the build", () => {
    const dir = makeContent({
      ...FREQUENCY_PLAN,
      ...news("borrador", "2024-02-03", "hidden: true\n"),
      ...news("futura", "2024-02-20"),
      ...news("hoy", "2024-02-10"),
    });
    const report = publicationFrequency(load(dir, "2024-02-15T08:00"))!;
    expect(report.months.at(-1)).toMatchObject({ month: "2024-02", count: 1, closed: false });
    // The scheduled item appears once a build runs on or after its date.
    const later = publicationFrequency(load(dir, "2024-02-20T00:00"))!;
    expect(later.months.at(-1)!.count).toBe(2);
  });

  it("reads the target from the plan, and reports streak, last-12 share and last update", () => {
    const files = { ...FREQUENCY_PLAN };
    files["planes/plan.md"] = files["planes/plan.md"]!.replace("value: 4", "value: 2");
    for (const m of ["02", "03", "04"]) Object.assign(files, news(`n${m}a`, `2024-${m}-05`), news(`n${m}b`, `2024-${m}-06T10:00`));
    const report = publicationFrequency(load(makeContent(files), "2024-05-20T10:00"))!;
    expect(report.target.count).toBe(2);
    expect(report.currentStreak).toBe(3);
    expect(report.last12MonthsMet).toBe(3);
    expect(report.last12MonthsMetShare).toBe(0.75);
    expect(report.lastUpdate).toBe("2024-04-06T10:00:00-05:00");
  });

  it("is absent when no plan declares a publishing indicator", () => {
    expect(publicationFrequency(load(makeContent(news("a", "2024-01-01")), "2024-02-01T00:00"))).toBeUndefined();
  });
});
