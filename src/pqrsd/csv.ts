/**
 * CSV for staff (RFC 4180, UTF-8 with BOM so that spreadsheet programs read the accents). A cell that
 * starts like a formula is prefixed with an apostrophe: a citizen's text must never run in a spreadsheet.
 */
export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
