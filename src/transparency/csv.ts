/**
 * CSV and JSON from a table.
 *
 * The CSV is written for the spreadsheet most people here open it with: Excel in Spanish (Colombia),
 * which on a double click splits columns at the system's list separator, «;», reads decimals with a
 * comma and takes a file as UTF-8 only when it starts with a byte-order mark. So: UTF-8 with BOM, «;»
 * between fields, «,» in decimals, CRLF between records (RFC 4180), dates as AAAA-MM-DD. That is
 * also R's read.csv2 and pandas' read_csv(sep=";", decimal=","); the dialect is declared in each
 * dataset's CSVW dictionary, and the same data goes out as JSON for programs.
 */
import { isoInstant } from "../dates/index.ts";
import { isCellDate, type Cell, type ColumnType, type Table } from "./table.ts";

export const CSV_DIALECT = { delimiter: ";", decimal: ",", encoding: "utf-8", bom: true, lineTerminator: "\r\n" } as const;

const BOM = "\uFEFF";

/**
 * Spreadsheets run a cell that starts with =, +, - or @ as a formula (OWASP «CSV injection»). A text
 * that starts so gets an apostrophe, which Excel and LibreOffice show as text. Numbers are not text.
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[;"\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the CSV writes it. */
export function csvValue(v: Cell, type: ColumnType): string {
  if (v === undefined || v === "") return "";
  if (isCellDate(v)) {
    const d = v.date;
    const day = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
    return v.time ? `${day} ${pad(d.hour)}:${pad(d.minute)}` : day;
  }
  if (typeof v === "boolean") return v ? "Sí" : "No";
  if (typeof v === "number") return type === "decimal" ? String(v).replace(".", CSV_DIALECT.decimal) : String(v);
  return defuse(v.replace(/\r\n?/g, "\n"));
}

export function toCsv<R>(table: Table<R>): string {
  const lines = [table.columns.map((c) => quote(c.title)).join(CSV_DIALECT.delimiter)];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(csvValue(c.value(row), c.type))).join(CSV_DIALECT.delimiter));
  return BOM + lines.join(CSV_DIALECT.lineTerminator) + CSV_DIALECT.lineTerminator;
}

/** A cell as JSON holds it: dates ISO (an instant with Bogota's offset), numbers as numbers, nothing as null. */
export function jsonValue(v: Cell): string | number | boolean | null {
  if (v === undefined || v === "") return null;
  if (isCellDate(v)) return v.time ? isoInstant(v.date) : v.date.toISODate();
  return v;
}

export function toJsonRows<R>(table: Table<R>): Record<string, string | number | boolean | null>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, jsonValue(c.value(row))])));
}
