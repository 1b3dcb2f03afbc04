import type { Entry, Portal } from "../content/types.ts";
import type { Row } from "./engine.ts";

/** Published entries as dated rows; collections without a publication date (pages) have none. */
export function contentRows(portal: Portal): Row[] {
  return Object.values(portal.entries).flatMap((list: Entry[]) =>
    list.flatMap((e) => (e.date ? [{ collection: e.collection, date: e.date, fields: e.data as Record<string, unknown> }] : [])),
  );
}
