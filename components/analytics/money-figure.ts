// A money figure of an analytics view as the page writes it: each currency's whole amount in the
// lead pages' money format (formatMoney), in the view's order (its main currency first) —
// "$25,000" in a single-currency workspace, "$25,000 · €12,000" with several; never one sum across
// currencies.
// Pure: table-tested in money-figure.test.ts.
import { formatMoney } from "@/components/leads/format";
import { moneyInOrder, type TMoneyByCurrency } from "@/server/domain/analytics/money-by-currency";

/** "$25,000" (one currency), "$25,000 · €12,000" (several; a currency with none left out), "0" when there is no money in any. */
export function formatMoneyFigure(money: TMoneyByCurrency, currencies: readonly string[]): string {
  const amounts = moneyInOrder(money, currencies).map((a) => ({ ...a, amount: Math.round(a.amount) }));
  const shown = amounts.filter((a) => a.amount !== 0);
  if (amounts.length === 1) return formatMoney(amounts[0]!.amount, amounts[0]!.currency);
  if (shown.length === 0) return "0";
  return shown.map((a) => formatMoney(a.amount, a.currency)).join(" · ");
}
