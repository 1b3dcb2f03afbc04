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

/**
 * The zip library stamps every file of the workbook with the moment it was written: the same content
 * would give a different file on every build (and the dev server's site would differ from a fresh
 * build's). Every entry gets one fixed time instead, the start of 1980, the first date a zip can hold.
 * The central directory is walked, not scanned, so compressed bytes are never mistaken for a header.
 */
export function pinZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("XLSX: no se encontró el directorio del archivo zip");
  const count = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error("XLSX: directorio del archivo zip inesperado");
    out.writeUInt16LE(DOS_TIME, at + 12);
    out.writeUInt16LE(DOS_DATE, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(DOS_TIME, local + 10);
      out.writeUInt16LE(DOS_DATE, local + 12);
    }
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

export async function toXlsx<R>(table: Table<R>, info: WorkbookInfo): Promise<Buffer> {
  const header: Row = table.columns.map((c) => ({ value: c.title, type: String, fontWeight: "bold", wrap: true, alignVertical: "top" }));
  const body: SheetData = table.rows.map((row) => table.columns.map((c) => xlsxCell(c.value(row))));
  const widths = table.columns.map((c) => {
    const longest = Math.max(c.title.length / 2, ...table.rows.map((r) => String(xlsxShown(c.value(r))).length));
    return { width: Math.min(MAX_WIDTH, Math.max(10, Math.ceil(longest) + 2)) };
  });
  const about: SheetData = info.about.map(([k, v]) => [{ value: k, type: String, fontWeight: "bold" }, { value: v, type: String, wrap: v.length > 80 }]);
  const book = await writeXlsxFile(
    [
      { data: [header, ...body], sheet: sheetName(info.sheet), columns: widths, stickyRowsCount: 1 },
      { data: about, sheet: "Información", columns: [{ width: 32 }, { width: 90 }] },
    ],
    { fontFamily: "Calibri", fontSize: 11 },
  ).toBuffer();
  return pinZipTimes(book);
}

function xlsxShown(v: Cell): string {
  if (v === undefined) return "";
  if (isCellDate(v)) return v.time ? "00/00/0000 00:00" : "00/00/0000";
  return String(v);
}
