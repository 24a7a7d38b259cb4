// The view's table: values formatted by column kind (text as text), cells with a link to the
// leads behind them. Figures ("0.0 %", "1m 05s") and tag columns ("Score band") never wrap; long
// text (rule labels, names) does, so the table fits narrow screens before it scrolls. Money is
// per currency, in the table's currencies (money-figure.ts); a figure of several currencies may
// wrap between them ("$25,000 ·" over "€12,000") rather than push the table wider than the card.
// A Week row names its week as the chart's tick does ("Sep 7* (5 of 7 days)", one line; the ISO
// key in its title and in the CSV): "2026-09-07 (partial: 5 of 7 days)" wrapped over three lines.
import { IntentLink } from "@/components/ui/intent-link";
import { formatDuration, formatRate } from "@/server/domain/analytics/percentiles";
import type { TColumnKind, TTable } from "@/server/services/analytics/analytics-view";
import { weekRowLabel } from "./chart-format";
import { formatMoneyFigure } from "./money-figure";

function format(kind: TColumnKind, value: TTable["rows"][number]["cells"][number], currencies: readonly string[]): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  if (typeof value === "object") return formatMoneyFigure(value, currencies);
  if (kind === "seconds") return formatDuration(value);
  if (kind === "rate") return formatRate(value);
  if (kind === "money") return Math.round(value).toLocaleString("en-US");
  if (kind === "ratio") return `${value.toFixed(2)}×`;
  return value.toLocaleString("en-US");
}

function TableRow({ table, row }: { table: TTable; row: TTable["rows"][number] }) {
  const isWeekRow = row.cells[0] === "Week";
  return (
    <tr className="border-b border-slate-100">
      {row.cells.map((cell, c) => {
        const column = table.columns[c]!;
        const raw = format(column.kind, cell, table.currencies ?? []);
        const isWeek = isWeekRow && c === 1;
        const text = isWeek ? weekRowLabel(raw) : raw;
        const href = row.links?.[c];
        const kindClass = column.kind === "text" ? `text-slate-900${column.isTag || isWeek ? " whitespace-nowrap" : ""}` : `${column.kind === "money" ? "" : "whitespace-nowrap "}text-right tabular-nums`;
        return (
          <td key={c} title={isWeek && text !== raw ? `Week of ${raw}` : undefined} className={`px-1.5 py-1.5 lg:px-2 ${kindClass}`}>
            {href ? <IntentLink href={href} className="text-brand-600 hover:underline">{text}</IntentLink> : text}
          </td>
        );
      })}
    </tr>
  );
}

export function AnalyticsTable({ table }: { table: TTable }) {
  if (table.rows.length === 0) return <p className="text-sm text-slate-500">No data in this period.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="analytics-table">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={`px-1.5 py-2 font-medium lg:px-2 ${c.kind === "text" ? "" : "text-right"}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <TableRow key={r} table={table} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
