/**
 * A table as an XLSX workbook (write-excel-file): the data on the first sheet, headers in bold and
 * frozen, dates as real dates shown the Colombian way; a second sheet says what the table is.
 */
import writeXlsxFile, { type Cell as XlsxCell, type Row, type SheetData } from "write-excel-file/node";
import { isCellDate, type Cell, type Table } from "./table.ts";

export interface WorkbookInfo {
  /** Sheet name of the data: at most 31 characters. */
  sheet: string;
  /** Lines of the «Información» sheet: label and value. */
  about: [string, string][];
}

const MAX_WIDTH = 60;

/** Excel keeps no time zone: a Bogota wall-clock time is written as that same time. */
function wallClock(v: Extract<Cell, { date: unknown }>): Date {
  const d = v.date;
  return new Date(Date.UTC(d.year, d.month - 1, d.day, v.time ? d.hour : 0, v.time ? d.minute : 0));
}

function xlsxCell(v: Cell): XlsxCell {
  if (v === undefined || v === "") return null;
  if (isCellDate(v)) return { value: wallClock(v), type: Date, format: v.time ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy" };
  if (typeof v === "number") return { value: v, type: Number };
  if (typeof v === "boolean") return { value: v ? "Sí" : "No", type: String };
  return { value: v, type: String, wrap: v.length > MAX_WIDTH };
}

/** Sheet names may not hold []:*?/\ and have at most 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim();
}

export async function toXlsx<R>(table: Table<R>, info: WorkbookInfo): Promise<Buffer> {
  const header: Row = table.columns.map((c) => ({ value: c.title, type: String, fontWeight: "bold", wrap: true, alignVertical: "top" }));
  const body: SheetData = table.rows.map((row) => table.columns.map((c) => xlsxCell(c.value(row))));
  const widths = table.columns.map((c) => {
    const longest = Math.max(c.title.length / 2, ...table.rows.map((r) => String(xlsxShown(c.value(r))).length));
    return { width: Math.min(MAX_WIDTH, Math.max(10, Math.ceil(longest) + 2)) };
  });
  const about: SheetData = info.about.map(([k, v]) => [{ value: k, type: String, fontWeight: "bold" }, { value: v, type: String, wrap: v.length > 80 }]);
  return writeXlsxFile(
    [
      { data: [header, ...body], sheet: sheetName(info.sheet), columns: widths, stickyRowsCount: 1 },
      { data: about, sheet: "Información", columns: [{ width: 32 }, { width: 90 }] },
    ],
    { fontFamily: "Calibri", fontSize: 11 },
  ).toBuffer();
}

function xlsxShown(v: Cell): string {
  if (v === undefined) return "";
  if (isCellDate(v)) return v.time ? "00/00/0000 00:00" : "00/00/0000";
  return String(v);
}
