// A money figure of an analytics view as the page writes it. The view's leads in one currency: the
// whole amount as analytics always wrote it ("25,000"), so a single-currency workspace reads as
// before. In several: each currency's amount in the lead pages' money format (formatMoney), in the
// view's order (its main currency first), "$25,000 · €12,000" — never one sum across currencies.
// Pure: table-tested in money-figure.test.ts.
import { formatMoney } from "@/components/leads/format";
import { moneyInOrder, type TMoneyByCurrency } from "@/server/domain/analytics/money-by-currency";

/** "25,000" (one currency), "$25,000 · €12,000" (several; a currency with none left out), "0" when there is none. */
export function formatMoneyFigure(money: TMoneyByCurrency, currencies: readonly string[]): string {
  const amounts = moneyInOrder(money, currencies).map((a) => ({ ...a, amount: Math.round(a.amount) }));
  const shown = amounts.filter((a) => a.amount !== 0);
  if (amounts.length <= 1) return (amounts[0]?.amount ?? 0).toLocaleString("en-US");
  if (shown.length === 0) return "0";
  return shown.map((a) => formatMoney(a.amount, a.currency)).join(" · ");
}
