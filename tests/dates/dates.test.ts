import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatLongDate, formatLongDateTime, formatMonthKey, isoAttribute, isoInstant, monthKey, parseContentDate } from "../../src/dates/index.ts";

function parse(v: unknown) {
  const r = parseContentDate(v);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe("parseContentDate", () => {
  it("reads wall-clock times in Bogota as luxon does, the 1992–93 daylight saving time included", () => {
    for (const raw of ["2008-08-27", "1992-05-03", "1992-05-03T00:30", "1992-05-03T01:30", "1992-12-31", "1993-04-03T23:30", "1993-04-04", "1985-07-01T12:00", "2024-02-29T23:59:59"]) {
      const [d, t = "00:00:00"] = raw.split("T");
      const [year, month, day] = d!.split("-").map(Number);
      const [hour, minute, second = 0] = t.split(":").map(Number);
      const expected = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: "America/Bogota" });
      const r = parseContentDate(raw);
      expect(r.ok && r.value.dt.toISO(), raw).toBe(expected.toISO());
    }
    expect(parseContentDate("2023-02-29").ok).toBe(false);
  });

  it("reads a date-only value as a calendar day in Bogota", () => {
    const d = parse("2008-08-27");
    expect(d.dateOnly).toBe(true);
    expect(d.dt.toISO()).toBe("2008-08-27T00:00:00.000-05:00");
    expect(monthKey(d)).toBe("2008-08");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    for (const bad of ["2024-02-30", "2024-13-45", "2023-02-29", "2024-04-31", "2024-00-10"]) {
      const r = parseContentDate(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason).toContain(bad);
    }
    expect(parseContentDate("2024-02-29").ok).toBe(true);
  });

  it("reads a time as Bogota time unless an offset is given", () => {
    expect(isoInstant(parse("2024-03-31T23:30"))).toBe("2024-03-31T23:30:00-05:00");
    expect(isoInstant(parse("2024-04-01T03:30:00Z"))).toBe("2024-03-31T22:30:00-05:00");
    expect(isoInstant(parse("2024-04-01T00:30:00+00:00"))).toBe("2024-03-31T19:30:00-05:00");
    expect(monthKey(parse("2024-04-01T04:59:59Z"))).toBe("2024-03");
    expect(monthKey(parse("2024-04-01T05:00:00Z"))).toBe("2024-04");
  });

  it("refuses other shapes with a message that shows the expected format", () => {
    for (const bad of ["27/08/2008", "agosto 2008", "2008-8-27", "", "2024-02-10T25:00", true, {}, 2008]) {
      const r = parseContentDate(bad);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/AAAA-MM-DD|exist/);
    }
    expect(parseContentDate(new Date()).ok).toBe(false);
  });
});

describe("formatting", () => {
  it("writes dates the Colombian way", () => {
    expect(formatLongDate(parse("2008-08-27"))).toBe("27 de agosto de 2008");
    expect(formatLongDate(parse("2024-01-01"))).toBe("1 de enero de 2024");
    // Our month table says what luxon (Intl, es-CO) says, every month, at the zone's day boundary.
    for (let m = 1; m <= 12; m++) {
      const date = parse(`2025-${String(m).padStart(2, "0")}-01T00:00:00-05:00`);
      expect(formatLongDate(date)).toBe(date.dt.setLocale("es-CO").toFormat("d 'de' MMMM 'de' yyyy"));
    }
    expect(formatLongDate(parse("2024-03-01T03:00:00Z"))).toBe("29 de febrero de 2024");
    // Times as luxon (Intl, es-CO) writes them, morning, noon, afternoon and midnight.
    for (const time of ["00:05", "09:30", "12:00", "15:45", "23:59"]) {
      const date = parse(`2025-06-10T${time}`);
      expect(formatLongDateTime(date)).toBe(`10 de junio de 2025, ${date.dt.setLocale("es-CO").toFormat("h:mm a")}`);
    }
    expect(formatLongDateTime(parse("2024-03-05T15:30"))).toMatch(/^5 de marzo de 2024, 3:30 p\.\s?m\.$/);
    expect(formatMonthKey("2024-03")).toBe("marzo de 2024");
    expect(formatMonthKey("2024-03", true)).toBe("Marzo de 2024");
  });

  it("gives <time datetime> a date for calendar days and an instant with offset otherwise", () => {
    expect(isoAttribute(parse("2008-08-27"))).toBe("2008-08-27");
    expect(isoAttribute(parse("2008-08-27T08:00"))).toBe("2008-08-27T08:00:00-05:00");
  });
});
