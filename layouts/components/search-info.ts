import { formatLongDate, yearOf } from "../../src/dates/index.ts";
import type { Entry } from "../../src/content/types.ts";
import type { SearchInfo } from "./SearchData.tsx";

/** What search shows and filters for an entry's page. */
export function searchInfo(entry: Entry, type: string, issuer?: string, title?: string): SearchInfo {
  return {
    type,
    issuer,
    title,
    year: entry.date ? yearOf(entry.date) : undefined,
    date: entry.date?.dt.toISODate() ?? undefined,
    dateLabel: entry.date ? formatLongDate(entry.date) : undefined,
  };
}
