// "Is the score predictive?": conversion by score band, and by each scoring rule or option that
// fired (from the lead's stored breakdown, as LeadScoreFired keeps it: one narrow row of ScoreItem
// ids per lead instead of the wide breakdown), against all leads of the filters. Opportunity and won follow the
// funnel's definition (funnel-sql.ts). Won value is summed per currency (Lead.currency).
import type { Db } from "../../db/client";
import { sumMoney, type TMoneyByCurrency } from "../../domain/analytics/money-by-currency";
import { conversionRows, mergeCurrencyRows, SCORE_BANDS, type TConversionCurrencyRow, type TConversionRow } from "../../domain/analytics/score-predictiveness";
import { leadConditions, SCORE_BAND_SQL, type TAnalyticsFilters } from "./analytics-filters";
import { IS_OPPORTUNITY_SQL, OPPORTUNITY_REACH_JOIN, opportunityReachCte } from "./funnel-sql";

export interface TScoreReport {
  overall: { leads: number; opportunities: number; won: number; wonValue: TMoneyByCurrency; winRate: number | null };
  bands: TConversionRow[];
  rules: TConversionRow[];
  /** The leads' currencies, the one with the most leads first: the order money is shown in. */
  currencies: string[];
}

/** A row as the driver gives it, its won value a number (float8). */
const numeric = (r: TConversionCurrencyRow): TConversionCurrencyRow => ({ ...r, wonValue: Number(r.wonValue) });

export async function scoreReport(db: Db, workspaceId: string, f: TAnalyticsFilters): Promise<TScoreReport> {
  const where = leadConditions(workspaceId, f);
  // One pass over the leads (materialized once) for both tables, each row per currency. Rules:
  // leads with the same set of fired items (and currency) are counted together first, then each
  // set is unnested (far fewer rows).
  const rows = await db.$queryRaw<(TConversionCurrencyRow & { kind: "band" | "rule" })[]>`
    WITH ${opportunityReachCte(workspaceId)},
    scored AS MATERIALIZED (
      SELECT l."id", ${SCORE_BAND_SQL} AS band, l."currency" AS currency, CASE WHEN ${IS_OPPORTUNITY_SQL} THEN 6 ELSE 0 END AS rank, l."stage"::text AS stage, l."wonAmount" AS won_amount
        FROM "Lead" l ${OPPORTUNITY_REACH_JOIN} WHERE ${where}),
    bands AS (
      SELECT band AS key, '' AS label, currency, count(*)::int AS leads, (count(*) FILTER (WHERE rank >= 6))::int AS opportunities,
             (count(*) FILTER (WHERE stage = 'WON'))::int AS won, COALESCE(sum(won_amount) FILTER (WHERE stage = 'WON'), 0)::float8 AS "wonValue"
        FROM scored GROUP BY 1, 3),
    combos AS (
      SELECT f."items", s.currency, count(*) AS leads, count(*) FILTER (WHERE s.rank >= 6) AS opportunities, count(*) FILTER (WHERE s.stage = 'WON') AS won,
             COALESCE(sum(s.won_amount) FILTER (WHERE s.stage = 'WON'), 0) AS won_value
        FROM scored s JOIN "LeadScoreFired" f ON f."leadId" = s."id" AND f."workspaceId" = ${workspaceId}
       GROUP BY f."items", s.currency),
    rule_currencies AS (
      SELECT i."ref" AS key, min(i."label") AS label, c.currency, sum(c.leads)::int AS leads, sum(c.opportunities)::int AS opportunities, sum(c.won)::int AS won,
             sum(c.won_value)::float8 AS "wonValue"
        FROM combos c CROSS JOIN LATERAL unnest(c."items") item JOIN "ScoreItem" i ON i."id" = item GROUP BY 1, 3),
    rules AS (SELECT key, min(label) OVER (PARTITION BY key) AS label, currency, leads, opportunities, won, "wonValue" FROM rule_currencies)
    SELECT 'band' AS kind, * FROM bands UNION ALL SELECT 'rule' AS kind, * FROM rules`;
  const bands = mergeCurrencyRows(rows.filter((r) => r.kind === "band").map(numeric));
  const rules = mergeCurrencyRows(rows.filter((r) => r.kind === "rule").map(numeric));
  const overall = {
    leads: bands.rows.reduce((n, b) => n + b.leads, 0),
    opportunities: bands.rows.reduce((n, b) => n + b.opportunities, 0),
    won: bands.rows.reduce((n, b) => n + b.won, 0),
    wonValue: sumMoney(bands.rows.map((b) => b.wonValue)),
  };
  const bandRows = SCORE_BANDS.map((band) => {
    const found = bands.rows.find((b) => b.key === band.key);
    return { key: band.key, label: `Score ${band.key}`, leads: found?.leads ?? 0, opportunities: found?.opportunities ?? 0, won: found?.won ?? 0, wonValue: found?.wonValue ?? {} };
  });
  return {
    overall: { ...overall, winRate: overall.leads > 0 ? overall.won / overall.leads : null },
    bands: conversionRows(bandRows, overall, "as-given"),
    rules: conversionRows(rules.rows, overall, "by-lift"),
    currencies: bands.currencies,
  };
}
