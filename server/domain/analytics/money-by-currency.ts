// Money in analytics is kept per currency: each lead's amounts are in its own currency
// (Lead.currency), and a workspace selling in dollars and euros has two won values, never one sum
// of both. A figure is a record { currency code: amount }; a view orders its currencies once (the
// one with the most leads first) so every row, the notes and the CSV's columns read the same way.
// Pure: no I/O.

/** Amounts per currency code ("USD": 25000, "EUR": 12000); a currency with nothing is absent or 0. */
export type TMoneyByCurrency = Readonly<Record<string, number>>;

/** `money` with `amount` more in `currency`. */
export function addMoney(money: TMoneyByCurrency, currency: string, amount: number): TMoneyByCurrency {
  if (amount === 0 && currency in money) return money;
  return { ...money, [currency]: (money[currency] ?? 0) + amount };
}

/** The figures added up, each currency on its own. */
export function sumMoney(figures: readonly TMoneyByCurrency[]): TMoneyByCurrency {
  let total: TMoneyByCurrency = {};
  for (const figure of figures) for (const [currency, amount] of Object.entries(figure)) total = addMoney(total, currency, amount);
  return total;
}

/**
 * The order a view shows its currencies in: the one with the most leads first (a workspace's main
 * currency), then by leads, then by code. Currencies without leads are left out.
 */
export function currencyOrder(leadsByCurrency: Readonly<Record<string, number>>): string[] {
  return Object.entries(leadsByCurrency)
    .filter(([, leads]) => leads > 0)
    .sort(([a, leadsA], [b, leadsB]) => leadsB - leadsA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency]) => currency);
}

/**
 * A figure's amounts in the view's order: every currency of `currencies` (0 when it has none),
 * then any other currency the figure has, by code, so no amount is ever dropped.
 */
export function moneyInOrder(money: TMoneyByCurrency, currencies: readonly string[]): { currency: string; amount: number }[] {
  const extra = Object.keys(money)
    .filter((c) => !currencies.includes(c))
    .sort();
  return [...currencies, ...extra].map((currency) => ({ currency, amount: money[currency] ?? 0 }));
}
