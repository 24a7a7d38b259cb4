// "Is the score predictive?": conversion by score band, and by each scoring rule or option that
// fired (from the lead's stored breakdown, as LeadScoreFired keeps it: one narrow row of ScoreItem
// ids per lead instead of the wide breakdown), against all leads of the filters. Opportunity and won follow the
// funnel's definition (funnel-sql.ts).
import type { Db } from "../../db/client";
import { conversionRows, SCORE_BANDS, type TConversionRow } from "../../domain/analytics/score-predictiveness";
import { leadConditions, SCORE_BAND_SQL, type TAnalyticsFilters } from "./analytics-filters";
import { RANK_SQL, REACH_JOIN, reachCte } from "./funnel-sql";

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
  const [bands, rules] = await Promise.all([
    db.$queryRaw<TRaw[]>`
      WITH ${reachCte(workspaceId)}
      SELECT ${SCORE_BAND_SQL} AS key, '' AS label, count(*)::int AS leads, (count(*) FILTER (WHERE ${RANK_SQL} >= 6))::int AS opportunities,
             (count(*) FILTER (WHERE l."stage"::text = 'WON'))::int AS won, COALESCE(sum(l."wonAmount") FILTER (WHERE l."stage"::text = 'WON'), 0)::float8 AS "wonValue"
        FROM "Lead" l ${REACH_JOIN} WHERE ${where} GROUP BY 1`,
    db.$queryRaw<TRaw[]>`
      WITH ${reachCte(workspaceId)},
      scored AS (
        SELECT l."id", ${RANK_SQL} AS rank, l."stage"::text AS stage, l."wonAmount" AS won_amount
          FROM "Lead" l ${REACH_JOIN} WHERE ${where}),
      fired AS (
        SELECT item, count(*)::int AS leads, (count(*) FILTER (WHERE s.rank >= 6))::int AS opportunities, (count(*) FILTER (WHERE s.stage = 'WON'))::int AS won,
               COALESCE(sum(s.won_amount) FILTER (WHERE s.stage = 'WON'), 0) AS won_value
          FROM scored s JOIN "LeadScoreFired" f ON f."leadId" = s."id" AND f."workspaceId" = ${workspaceId} CROSS JOIN LATERAL unnest(f."items") item
         GROUP BY item)
      SELECT i."ref" AS key, min(i."label") AS label, sum(x.leads)::int AS leads, sum(x.opportunities)::int AS opportunities, sum(x.won)::int AS won,
             sum(x.won_value)::float8 AS "wonValue"
        FROM fired x JOIN "ScoreItem" i ON i."id" = x.item GROUP BY 1`,
  ]);
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
