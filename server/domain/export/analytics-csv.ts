// The analytics view's table as CSV: every figure stays a plain number a spreadsheet can compute
// with, and every header says its unit, the same way in every view: durations in seconds
// ("Accept median (seconds)"), rates as percentages ("Win rate (%)", 61.9 for 61.9 %), ratios as
// multiples ("Lift (×)"), money in its currency: a money column becomes one numeric column per
// currency of the view ("Won value (USD)", "Won value (EUR)"), the view's main currency first, so
// a spreadsheet can still sum each and never adds dollars to euros. Counts and plain numbers carry
// no unit. Pure: no I/O.
import { moneyInOrder, type TMoneyByCurrency } from "../analytics/money-by-currency";
import { csvRow, type TCsvValue } from "./csv";

/** The column kinds of services/analytics/analytics-view.ts (TColumnKind). */
export type TAnalyticsCsvKind = "text" | "count" | "seconds" | "rate" | "money" | "number" | "ratio";

export interface TAnalyticsCsvTable {
  columns: readonly { label: string; kind: TAnalyticsCsvKind }[];
  /** A money column's cells are amounts per currency. */
  rows: readonly { cells: readonly (string | number | null | TMoneyByCurrency)[] }[];
  /** The view's currencies, in the order their columns are written (money views). */
  currencies?: readonly string[];
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

type TCell = string | number | null | TMoneyByCurrency;
const isMoney = (cell: TCell): cell is TMoneyByCurrency => cell !== null && typeof cell === "object";

/** The money columns' currencies: the view's, then any other a cell has (by code), so no amount is dropped. */
function csvCurrencies(table: TAnalyticsCsvTable): string[] {
  const listed = [...(table.currencies ?? [])];
  const extra = new Set<string>();
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      if (table.columns[i]?.kind === "money" && isMoney(cell)) for (const c of Object.keys(cell)) if (!listed.includes(c)) extra.add(c);
    });
  }
  return [...listed, ...[...extra].sort()];
}

/**
 * A money cell as its columns' values, one per currency (0 where it has none). Without currencies
 * (no leads) one column, 0 or the plain number given; a plain number with currencies names none of
 * them, so its columns are left empty rather than claimed for one.
 */
function moneyValues(cell: TCell, currencies: readonly string[]): TCsvValue[] {
  if (currencies.length === 0) return [isMoney(cell) ? 0 : analyticsCsvValue(cell, "money")];
  if (!isMoney(cell)) return currencies.map(() => null);
  return moneyInOrder(cell, currencies).map((a) => analyticsCsvValue(a.amount, "money"));
}

/** Header line, then one line per row (CRLF each). */
export function analyticsCsv(table: TAnalyticsCsvTable): string {
  const currencies = csvCurrencies(table);
  const header = csvRow(table.columns.flatMap((c) => (c.kind === "money" && currencies.length > 0 ? currencies.map((currency) => `${c.label} (${currency})`) : [analyticsCsvHeader(c.label, c.kind)])));
  const rows = table.rows.map((r) =>
    csvRow(
      r.cells.flatMap((cell, i) => {
        const kind = table.columns[i]?.kind ?? "text";
        if (kind === "money") return moneyValues(cell, currencies);
        return [analyticsCsvValue(isMoney(cell) ? null : cell, kind)];
      }),
    ),
  );
  return [header, ...rows].join("");
}
