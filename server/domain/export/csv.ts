// CSV for spreadsheets (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote, CR or
// LF; quotes doubled), safe to open: a text cell that starts with =, +, -, @, a tab or a CR could
// run as a formula in Excel, LibreOffice or Sheets (CSV/formula injection, OWASP), so it gets a
// leading apostrophe and is shown as text. Numbers and booleans are written as they are (they
// cannot be formulas). Pure: no I/O.

export type TCsvValue = string | number | boolean | null | undefined | Date | readonly string[];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell a spreadsheet will not evaluate. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell: null/undefined empty, dates as ISO 8601 UTC, lists joined with "; ", text neutralised. */
export function csvCell(value: TCsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === "string" ? value : value.join("; ");
  return quote(neutraliseFormula(text));
}

/** One line, ending in CRLF. */
export function csvRow(values: readonly TCsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** An answer value as stored (string, number, boolean, list of strings, or anything else) as a cell value. */
export function answerCellValue(value: unknown): TCsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return JSON.stringify(value);
}
