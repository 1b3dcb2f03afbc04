/**
 * A table the site publishes as data: an instrument of Ley 1712 or an open dataset. One definition of
 * its columns gives the page's table, the CSV, the JSON, the XLSX and the data dictionary.
 */
import type { DateTime } from "luxon";
import { ZONE, type ContentDate } from "../dates/index.ts";

export type ColumnType = "string" | "url" | "date" | "datetime" | "integer" | "decimal" | "boolean";

/** A date with or without its time of day, always read in Bogota. */
export interface CellDate {
  date: DateTime;
  time: boolean;
}

export type Cell = string | number | boolean | CellDate | undefined;

export interface TableColumn<R> {
  /** Machine name: a JSON key and the CSVW column name (ASCII, snake case). */
  name: string;
  /** The header a person reads: the CMS form's label wherever the column is a field. */
  title: string;
  type: ColumnType;
  /** What the column holds, for the data dictionary. */
  description: string;
  value: (row: R) => Cell;
}

export interface Table<R> {
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
  /** The columns that identify a row, by name. */
  primaryKey?: string[];
}

/** A content date as a cell: a calendar day stays a day; a time of day is kept. */
export function cellDate(d: ContentDate | undefined): CellDate | undefined {
  return d ? { date: d.dt.setZone(ZONE), time: !d.dateOnly } : undefined;
}

/** «Fecha de expedición» → «fecha_de_expedicion»: a column name from its title. */
export function columnName(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export function isCellDate(v: Cell): v is CellDate {
  return typeof v === "object" && v !== null && "date" in v;
}
