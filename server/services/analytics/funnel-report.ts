// The conversion funnel sliced by one dimension (routing path, rep, tier, score band, form,
// source, UTM source): per slice, leads per furthest stage reached (one grouped query, see
// funnel-sql.ts), shaped by buildFunnel. Each slice carries the filter that lists its leads.
// Money is summed per currency (Lead.currency, read from the analytics index like the rest).
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { buildFunnel, tallyFunnel, type TFunnel } from "../../domain/analytics/funnel";
import { leadConditions, SCORE_BAND_SQL, type TAnalyticsFilters } from "./analytics-filters";
import { nameOf, type TAnalyticsLabels } from "./analytics-labels";
import { RANK_SQL, REACH_JOIN, reachCte } from "./funnel-sql";

export const FUNNEL_DIMENSIONS = ["path", "rep", "tier", "scoreBand", "form", "source", "utmSource"] as const;
export type TFunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

export const FUNNEL_DIMENSION_LABELS: Record<TFunnelDimension, string> = {
  path: "Routing path",
  rep: "Rep",
  tier: "Tier",
  scoreBand: "Score band",
  form: "Form",
  source: "Source",
  utmSource: "UTM source",
};

/** The leads-page / analytics filter that selects a slice of each dimension. */
export const DIMENSION_FILTER: Record<TFunnelDimension, "pathId" | "repId" | "tier" | "scoreBand" | "formId" | "source" | "utmSource"> = {
  path: "pathId",
  rep: "repId",
  tier: "tier",
  scoreBand: "scoreBand",
  form: "formId",
  source: "source",
  utmSource: "utmSource",
};

const DIMENSION_SQL: Record<TFunnelDimension, Prisma.Sql> = {
  path: Prisma.sql`COALESCE(l."routingPathId", '')`,
  rep: Prisma.sql`COALESCE(l."ownerRepId", '')`,
  tier: Prisma.sql`l."tier"`,
  scoreBand: SCORE_BAND_SQL,
  form: Prisma.sql`COALESCE(l."formId", '')`,
  source: Prisma.sql`COALESCE(l."source", '')`,
  utmSource: Prisma.sql`COALESCE(l."utmSource", '')`,
};

export interface TFunnelSlice {
  key: string;
  label: string;
  funnel: TFunnel;
}

export interface TFunnelReport {
  dimension: TFunnelDimension;
  total: TFunnel;
  slices: TFunnelSlice[];
  /** The leads' currencies, the one with the most leads first: the order money is shown in. */
  currencies: string[];
}

interface TRaw {
  key: string;
  currency: string;
  rank: number;
  n: number;
  pipeline: number | null;
  won: number | null;
}

export async function funnelReport(db: Db, workspaceId: string, f: TAnalyticsFilters, dimension: TFunnelDimension, labels: TAnalyticsLabels): Promise<TFunnelReport> {
  const rows = await db.$queryRaw<TRaw[]>`
    WITH ${reachCte(workspaceId)},
    ranked AS (
      SELECT ${DIMENSION_SQL[dimension]} AS key, l."currency" AS currency, ${RANK_SQL} AS rank, l."opportunityAmount" AS opp, l."wonAmount" AS won, l."stage"::text AS stage
        FROM "Lead" l ${REACH_JOIN} WHERE ${leadConditions(workspaceId, f)})
    SELECT key, currency, rank::int AS rank, count(*)::int AS n,
           COALESCE(sum(opp) FILTER (WHERE rank >= 6), 0)::float8 AS pipeline,
           COALESCE(sum(won) FILTER (WHERE rank = 7), 0)::float8 AS won
      FROM ranked GROUP BY key, currency, rank`;
  const tally = tallyFunnel(rows.map((r) => ({ key: r.key, currency: r.currency, rank: Number(r.rank), leads: r.n, pipeline: Number(r.pipeline ?? 0), won: Number(r.won ?? 0) })));
  const labelDimension = dimension === "form" ? "form" : dimension === "rep" ? "rep" : dimension === "path" ? "path" : dimension;
  const slices = [...tally.slices.entries()]
    .map(([key, counts]) => ({ key, label: nameOf(labels, labelDimension, key), funnel: buildFunnel(counts) }))
    .sort((a, b) => (dimension === "scoreBand" ? a.key.localeCompare(b.key, "en", { numeric: true }) : b.funnel.steps[0]!.count - a.funnel.steps[0]!.count || a.label.localeCompare(b.label)));
  return { dimension, total: buildFunnel(tally.total), slices, currencies: tally.currencies };
}
