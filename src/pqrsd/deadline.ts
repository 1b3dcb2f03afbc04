/**
 * Legal answer deadlines in Colombian business days (Ley 1755 de 2015, art. 14), with the national
 * holidays of `colombian-holidays` (Ley 51 de 1983 moves most of them to Monday; Easter-based ones move
 * every year: a kept library is safer than our own table).
 */
import { getHolidaysForYear } from "colombian-holidays";
import { DateTime } from "luxon";
import { ZONE } from "../dates/index.ts";
import { TERMS, type RequestType } from "../forms/pqrsd.ts";

const holidayCache = new Map<number, Set<string>>();

function holidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(getHolidaysForYear(year).map((h) => h.celebrationDate.slice(0, 10)));
    holidayCache.set(year, set);
  }
  return set;
}

/** Monday to Friday and not a national holiday, as a calendar day in Bogota. */
export function isBusinessDay(day: DateTime): boolean {
  const d = day.setZone(ZONE);
  return d.weekday <= 5 && !holidays(d.year).has(d.toISODate()!);
}

export interface Deadline {
  /** The day the filing counts as received: the filing day, or the next business day if it was not one. */
  received: DateTime;
  /** Last day to answer, at the start of the day in Bogota. */
  due: DateTime;
  days: number;
  basis: string;
}

/**
 * The term runs from the day after receipt; a filing on a Saturday, Sunday or holiday counts as received
 * on the next business day (the site takes filings every day, the office counts terms on business days).
 */
export function addBusinessDays(from: DateTime, days: number): DateTime {
  let d = from.setZone(ZONE).startOf("day");
  let left = days;
  while (left > 0) {
    d = d.plus({ days: 1 });
    if (isBusinessDay(d)) left--;
  }
  return d;
}

export function deadlineFor(type: RequestType, filedAt: DateTime): Deadline {
  const term = TERMS[type];
  let received = filedAt.setZone(ZONE).startOf("day");
  while (!isBusinessDay(received)) received = received.plus({ days: 1 });
  return { received, due: addBusinessDays(received, term.days), days: term.days, basis: term.basis };
}

/** Business days from the day of receipt to the day of the answer: 0 when answered the same day. */
export function businessDaysBetween(from: DateTime, to: DateTime): number {
  let d = from.setZone(ZONE).startOf("day");
  const end = to.setZone(ZONE).startOf("day");
  let days = 0;
  while (d < end) {
    d = d.plus({ days: 1 });
    if (isBusinessDay(d)) days++;
  }
  return days;
}
