// The analytics view's table as CSV: every figure stays a plain number a spreadsheet can compute
// with, and every header says its unit, the same way in every view: durations in seconds
// ("Accept median (seconds)"), rates as percentages ("Win rate (%)", 61.9 for 61.9 %), ratios as
// multiples ("Lift (×)"). Counts, plain numbers and money carry no unit (money sums may mix the
// leads' currencies, so none is claimed). Pure: no I/O.
import { csvRow, type TCsvValue } from "./csv";

/** The column kinds of services/analytics/analytics-view.ts (TColumnKind). */
export type TAnalyticsCsvKind = "text" | "count" | "seconds" | "rate" | "money" | "number" | "ratio";

export interface TAnalyticsCsvTable {
  columns: readonly { label: string; kind: TAnalyticsCsvKind }[];
  rows: readonly { cells: readonly (string | number | null)[] }[];
}

const UNITS: Record<TAnalyticsCsvKind, string | null> = { text: null, count: null, number: null, money: null, seconds: "seconds", rate: "%", ratio: "×" };

/** "Accept median" (seconds) → "Accept median (seconds)"; a text or count column keeps its label. */
export function analyticsCsvHeader(label: string, kind: TAnalyticsCsvKind): string {
  const unit = UNITS[kind];
  return unit ? `${label} (${unit})` : label;
}

/** A cell as written: rates as percentages; numbers to 4 decimals (2 for percentages, the same precision). */
export function analyticsCsvValue(value: string | number | null, kind: TAnalyticsCsvKind): TCsvValue {
  if (typeof value !== "number") return value;
  if (kind === "rate") return Math.round(value * 10_000) / 100;
  return Math.round(value * 10_000) / 10_000;
}

/** Header line, then one line per row (CRLF each). */
export function analyticsCsv(table: TAnalyticsCsvTable): string {
  const header = csvRow(table.columns.map((c) => analyticsCsvHeader(c.label, c.kind)));
  const rows = table.rows.map((r) => csvRow(r.cells.map((cell, i) => analyticsCsvValue(cell, table.columns[i]?.kind ?? "text"))));
  return [header, ...rows].join("");
}
