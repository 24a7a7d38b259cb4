// "Is the score predictive?": conversion by score band and by each scoring rule that fired (the
// lead's breakdown names the rules and option points), with the lift over all leads, so a
// marketer sees which answers go with deals. The service counts; this shapes. Pure: no I/O.
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
  wonValue: number;
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
