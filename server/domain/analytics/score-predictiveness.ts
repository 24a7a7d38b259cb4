// "Is the score predictive?": conversion by score band and by each scoring rule that fired (the
// lead's breakdown names the rules and option points), with the lift over all leads, so a
// marketer sees which answers go with deals. The service counts; this shapes. Won value is kept
// per currency (money-by-currency.ts). Pure: no I/O.
import { addMoney, currencyOrder, type TMoneyByCurrency } from "./money-by-currency";
import { rate } from "./percentiles";

/** Score bands of 20 points; the last is open-ended. min/max are inclusive (max null = no upper bound). */
export const SCORE_BANDS = [
  { key: "0-19", min: Number.MIN_SAFE_INTEGER, max: 19 },
  { key: "20-39", min: 20, max: 39 },
  { key: "40-59", min: 40, max: 59 },
  { key: "60-79", min: 60, max: 79 },
  { key: "80+", min: 80, max: null },
] as const;
export type TScoreBandKey = (typeof SCORE_BANDS)[number]["key"];

export function scoreBand(score: number): TScoreBandKey {
  for (const band of SCORE_BANDS) if (band.max === null || score <= band.max) return band.key;
  return "80+";
}

export function scoreBandRange(key: string): { min: number | null; max: number | null } | null {
  const band = SCORE_BANDS.find((b) => b.key === key);
  if (!band) return null;
  return { min: band.min === Number.MIN_SAFE_INTEGER ? null : band.min, max: band.max };
}

export interface TConversionCounts {
  key: string;
  label: string;
  leads: number;
  opportunities: number;
  won: number;
  /** Won amounts per currency. */
  wonValue: TMoneyByCurrency;
}

export interface TConversionRow extends TConversionCounts {
  winRate: number | null;
  opportunityRate: number | null;
  /** winRate / the overall win rate (1 = no better than average; null when unknown). */
  lift: number | null;
}

/** Rows with their rates and lift over `overall`, sorted by lift (then leads) for rules, kept in order for bands. */
export function conversionRows(rows: readonly TConversionCounts[], overall: Pick<TConversionCounts, "leads" | "won">, order: "as-given" | "by-lift"): TConversionRow[] {
  const overallRate = rate(overall.won, overall.leads);
  const shaped = rows.map((row) => {
    const winRate = rate(row.won, row.leads);
    return {
      ...row,
      winRate,
      opportunityRate: rate(row.opportunities, row.leads),
      lift: winRate === null || overallRate === null || overallRate === 0 ? null : winRate / overallRate,
    };
  });
  if (order === "as-given") return shaped;
  return shaped.sort((a, b) => (b.lift ?? -1) - (a.lift ?? -1) || b.leads - a.leads || a.key.localeCompare(b.key));
}

/** One row of the score query: a band's or rule's leads in one currency. */
export interface TConversionCurrencyRow extends Omit<TConversionCounts, "wonValue"> {
  currency: string;
  wonValue: number;
}

/**
 * The rows of each key (one per currency) as one: counts added across currencies, won value per
 * currency; keys in the order the rows first name them, each with its first row's label. Also the
 * currencies of the leads counted, the one with the most leads first.
 */
export function mergeCurrencyRows(rows: readonly TConversionCurrencyRow[]): { rows: TConversionCounts[]; currencies: string[] } {
  const byKey = new Map<string, TConversionCounts>();
  const leadsByCurrency: Record<string, number> = {};
  for (const row of rows) {
    const found = byKey.get(row.key) ?? { key: row.key, label: row.label, leads: 0, opportunities: 0, won: 0, wonValue: {} };
    byKey.set(row.key, {
      ...found,
      leads: found.leads + row.leads,
      opportunities: found.opportunities + row.opportunities,
      won: found.won + row.won,
      wonValue: addMoney(found.wonValue, row.currency, row.wonValue),
    });
    leadsByCurrency[row.currency] = (leadsByCurrency[row.currency] ?? 0) + row.leads;
  }
  return { rows: [...byKey.values()], currencies: currencyOrder(leadsByCurrency) };
}
