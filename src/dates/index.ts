import { DateTime } from "luxon";

/** Every date the portal shows or counts is in the municipality's time zone. */
export const ZONE = "America/Bogota";

/**
 * A date as an editor wrote it. A date-only value ("2008-08-27") is a calendar day in Bogota, never
 * UTC midnight (which would fall on the previous day here).
 */
export interface ContentDate {
  /** The text as written in the file, normalised. */
  readonly raw: string;
  readonly dateOnly: boolean;
  /** The instant: the start of the day in Bogota for a date-only value. */
  readonly dt: DateTime;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

/** Month names as Colombia writes them, for dates and for messages that name a month. */
export const MONTHS: readonly string[] = [
  "enero", "febrero", "marzo", "abril", "mayo", "junio",
  "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
];

export type DateParseResult = { ok: true; value: ContentDate } | { ok: false; reason: string };

interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * A wall-clock time in Bogota. Colombia has kept UTC−5 except for 1992–93, so that offset is tried
 * first and checked; luxon's own resolution, which asks Intl two or three times, runs only when the
 * guess is wrong (or the date does not exist, which it then reports). A build reads thousands of dates.
 */
function inBogota(f: LocalFields): DateTime {
  const guess = DateTime.fromMillis(Date.UTC(f.year, f.month - 1, f.day, f.hour + 5, f.minute, f.second), { zone: ZONE });
  const same = guess.year === f.year && guess.month === f.month && guess.day === f.day && guess.hour === f.hour && guess.minute === f.minute && guess.second === f.second;
  return same ? guess : DateTime.fromObject(f, { zone: ZONE });
}

/**
 * Parses a date from its raw text. YAML would roll 2024-02-30 over to March; we read the text ourselves
 * and refuse any day that does not exist.
 */
export function parseContentDate(input: unknown): DateParseResult {
  if (input instanceof Date) {
    // Only reachable if a caller bypasses our YAML schema, which keeps dates as text.
    return { ok: false, reason: "una fecha escrita como texto AAAA-MM-DD" };
  }
  if (typeof input !== "string" && typeof input !== "number") {
    return { ok: false, reason: "una fecha con el formato AAAA-MM-DD (por ejemplo 2008-08-27)" };
  }
  const raw = String(input).trim();
  const dateOnly = DATE_ONLY.exec(raw);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    const dt = inBogota({ year: +y!, month: +m!, day: +d!, hour: 0, minute: 0, second: 0 });
    if (!dt.isValid) return { ok: false, reason: `una fecha que exista en el calendario («${raw}» no existe)` };
    return { ok: true, value: { raw, dateOnly: true, dt } };
  }
  const dateTime = DATE_TIME.exec(raw);
  if (dateTime) {
    const [, y, mo, d, h, mi, s, offset] = dateTime;
    const fields = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: s ? +s : 0 };
    let dt: DateTime;
    if (offset) {
      const zone = offset === "Z" ? "UTC" : `UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
      dt = DateTime.fromObject(fields, { zone });
    } else {
      dt = inBogota(fields);
    }
    if (!dt.isValid) return { ok: false, reason: `una fecha y hora que existan («${raw}» no existe)` };
    return { ok: true, value: { raw, dateOnly: false, dt: dt.setZone(ZONE) } };
  }
  return { ok: false, reason: `una fecha con el formato AAAA-MM-DD (por ejemplo 2008-08-27), y se encontró «${raw}»` };
}

/** "27 de agosto de 2008", the way dates are written in Colombia. */
export function formatLongDate(date: ContentDate | DateTime): string {
  // Month names from our own table: luxon's "MMMM" asks Intl every time, and a build writes this date
  // on thousands of pages (it was a second of a 4,000-page build). A test checks both agree.
  const dt = ("dt" in date ? date.dt : date).setZone(ZONE);
  return `${dt.day} de ${MONTHS[dt.month - 1]} de ${dt.year}`;
}

/**
 * "a. m." / "p. m." as CLDR writes them for es-CO, with a narrow no-break space inside. Written here, not
 * asked of Intl: browsers' and Node's ICU differ in that space, and the CMS preview must write the same
 * text as the build (a test checks the build's Node agrees).
 */
export const MERIDIEM = { am: "a.\u202fm.", pm: "p.\u202fm." } as const;

/** "27 de agosto de 2008, 3:30 p. m." when the editor gave a time. */
export function formatLongDateTime(date: ContentDate): string {
  if (date.dateOnly) return formatLongDate(date);
  const dt = date.dt.setZone(ZONE);
  const hour = dt.hour % 12 || 12;
  return `${formatLongDate(dt)}, ${hour}:${String(dt.minute).padStart(2, "0")} ${dt.hour < 12 ? MERIDIEM.am : MERIDIEM.pm}`;
}

/** Value for <time datetime>: a calendar date stays a date; an instant carries the Bogota offset. */
export function isoAttribute(date: ContentDate): string {
  if (date.dateOnly) return date.dt.toISODate()!;
  return date.dt.setZone(ZONE).toISO({ suppressMilliseconds: true })!;
}

/** An ISO 8601 instant with the Bogota offset, as feeds want it. */
export function isoInstant(date: ContentDate | DateTime): string {
  const dt = "dt" in date ? date.dt : date;
  return dt.setZone(ZONE).toISO({ suppressMilliseconds: true })!;
}

/** "2024-03" in Bogota: the month a publication counts for. */
export function monthKey(date: ContentDate | DateTime): string {
  const dt = ("dt" in date ? date.dt : date).setZone(ZONE);
  return monthKeyOf(dt.year, dt.month);
}

/** "2024-03" from its numbers. Not luxon's toFormat: it asks Intl on every call, for every entry. */
export function monthKeyOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function yearOf(date: ContentDate): number {
  return date.dt.setZone(ZONE).year;
}

/** "marzo de 2024" from "2024-03". */
export function formatMonthKey(key: string, capitalise = false): string {
  const [y, m] = key.split("-");
  const name = MONTHS[Number(m) - 1] ?? m;
  const text = `${name} de ${y}`;
  return capitalise ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function now(): DateTime {
  return DateTime.now().setZone(ZONE);
}
