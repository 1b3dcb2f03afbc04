import { formatLongDate, formatLongDateTime, isoAttribute, type ContentDate } from "../../src/dates/index.ts";

/** A date as Colombians write it, with the machine-readable value beside it. */
export function Time({ date, withTime = false }: { date: ContentDate; withTime?: boolean }) {
  return <time dateTime={isoAttribute(date)}>{withTime ? formatLongDateTime(date) : formatLongDate(date)}</time>;
}
