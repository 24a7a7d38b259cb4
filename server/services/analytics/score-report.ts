// "Is the score predictive?": conversion by score band, and by each scoring rule or option that
// fired (from the lead's stored breakdown, as LeadScoreFired keeps it: one narrow row of ScoreItem
// ids per lead instead of the wide breakdown), against all leads of the filters. Opportunity and won follow the
// funnel's definition (funnel-sql.ts).
import type { Db } from "../../db/client";
import { conversionRows, SCORE_BANDS, type TConversionRow } from "../../domain/analytics/score-predictiveness";
import { leadConditions, SCORE_BAND_SQL, type TAnalyticsFilters } from "./analytics-filters";
import { IS_OPPORTUNITY_SQL, OPPORTUNITY_REACH_JOIN, opportunityReachCte } from "./funnel-sql";

export interface TScoreReport {
  overall: { leads: number; opportunities: number; won: number; wonValue: number; winRate: number | null };
  bands: TConversionRow[];
  rules: TConversionRow[];
}

interface TRaw {
  key: string;
  label: string;
  leads: number;
  opportunities: number;
  won: number;
  wonValue: number;
}

export async function scoreReport(db: Db, workspaceId: string, f: TAnalyticsFilters): Promise<TScoreReport> {
  const where = leadConditions(workspaceId, f);
  // One pass over the leads (materialized once) for both tables. Rules: leads with the same set
  // of fired items are counted together first, then each set is unnested (far fewer rows).
  const rows = await db.$queryRaw<(TRaw & { kind: "band" | "rule" })[]>`
    WITH ${opportunityReachCte(workspaceId)},
    scored AS MATERIALIZED (
      SELECT l."id", ${SCORE_BAND_SQL} AS band, CASE WHEN ${IS_OPPORTUNITY_SQL} THEN 6 ELSE 0 END AS rank, l."stage"::text AS stage, l."wonAmount" AS won_amount
        FROM "Lead" l ${OPPORTUNITY_REACH_JOIN} WHERE ${where}),
    bands AS (
      SELECT band AS key, '' AS label, count(*)::int AS leads, (count(*) FILTER (WHERE rank >= 6))::int AS opportunities,
             (count(*) FILTER (WHERE stage = 'WON'))::int AS won, COALESCE(sum(won_amount) FILTER (WHERE stage = 'WON'), 0)::float8 AS "wonValue"
        FROM scored GROUP BY 1),
    combos AS (
      SELECT f."items", count(*) AS leads, count(*) FILTER (WHERE s.rank >= 6) AS opportunities, count(*) FILTER (WHERE s.stage = 'WON') AS won,
             COALESCE(sum(s.won_amount) FILTER (WHERE s.stage = 'WON'), 0) AS won_value
        FROM scored s JOIN "LeadScoreFired" f ON f."leadId" = s."id" AND f."workspaceId" = ${workspaceId}
       GROUP BY f."items"),
    rules AS (
      SELECT i."ref" AS key, min(i."label") AS label, sum(c.leads)::int AS leads, sum(c.opportunities)::int AS opportunities, sum(c.won)::int AS won,
             sum(c.won_value)::float8 AS "wonValue"
        FROM combos c CROSS JOIN LATERAL unnest(c."items") item JOIN "ScoreItem" i ON i."id" = item GROUP BY 1)
    SELECT 'band' AS kind, * FROM bands UNION ALL SELECT 'rule' AS kind, * FROM rules`;
  const bands = rows.filter((r) => r.kind === "band");
  const rules = rows.filter((r) => r.kind === "rule");
  const overall = bands.reduce((sum, b) => ({ leads: sum.leads + b.leads, opportunities: sum.opportunities + b.opportunities, won: sum.won + b.won, wonValue: sum.wonValue + Number(b.wonValue) }), {
    leads: 0,
    opportunities: 0,
    won: 0,
    wonValue: 0,
  });
  const bandRows = SCORE_BANDS.map((band) => {
    const found = bands.find((b) => b.key === band.key);
    return { key: band.key, label: `Score ${band.key}`, leads: found?.leads ?? 0, opportunities: found?.opportunities ?? 0, won: found?.won ?? 0, wonValue: Number(found?.wonValue ?? 0) };
  });
  return {
    overall: { ...overall, winRate: overall.leads > 0 ? overall.won / overall.leads : null },
    bands: conversionRows(bandRows, overall, "as-given"),
    rules: conversionRows(
      rules.map((r) => ({ ...r, wonValue: Number(r.wonValue) })),
      overall,
      "by-lift",
    ),
  };
}
