// Fairness of one routing pool (a path that routes to a team) over the period: leads the pool's
// decisions gave each rep (ROUTED assignments whose decision names the path and team), the skip
// reasons recorded for each rep in those decisions and the fallbacks (both from the decision
// records, in either stored form), the rotation credits in the pool's pointer, and the reps'
// weights (the routing weight for weighted round-robin, else 1). Shaped by fairnessReport /
// explainShare. A rep's "Leads" links to the leads page's routed-assignment slice
// (fairnessLeadsHref): the leads of the assignments counted here, whoever owns them now.
import type { Db } from "../../db/client";
import type { TLeadSlice } from "../../domain/leads/lead-slice";
import { explainShare, fairnessReport, type TFairnessReport } from "../../domain/analytics/fairness";
import { rotationPoolId } from "../../domain/routing/routing-config";
import { readStoredRotation, rotationCount } from "../../domain/routing/rotation-state";
import { chosenPool } from "./analytics-choices";
import type { TAnalyticsFilters } from "./analytics-filters";
import type { TAnalyticsLabels } from "./analytics-labels";

export interface TFairnessView {
  pools: { id: string; label: string }[];
  pool: { pathId: string; teamId: string; label: string } | null;
  report: TFairnessReport | null;
  /** "Why did <rep> get more leads?" for the rep furthest above their share. */
  explanation: { repName: string; lines: string[] } | null;
}

/**
 * The leads page listing the leads of a rep's figure: routed (ROUTED assignments) to the rep through
 * the pool's path and team, assigned in the range's days — the assignment time, not submission, and
 * not the current owner or path, so a lead routed to Tom and reassigned to Sarah lists under Tom's
 * figure, as it counts there. Only the range: the count reads none of the other analytics filters.
 */
export function fairnessLeadsHref(f: Pick<TAnalyticsFilters, "from" | "to">, pool: { pathId: string; teamId: string }, repId: string): string {
  const slice = { from: f.from, to: f.to, assignedRepId: repId, assignedPathId: pool.pathId, assignedTeamId: pool.teamId } satisfies TLeadSlice;
  return `/leads?${new URLSearchParams(slice).toString()}`;
}

export async function fairnessView(db: Db, workspaceId: string, f: TAnalyticsFilters, labels: TAnalyticsLabels, poolKey: string | null): Promise<TFairnessView> {
  const pools = labels.paths
    .filter((p) => p.teamId)
    .map((p) => ({ id: p.id, label: `${p.name} → ${labels.teams.find((t) => t.id === p.teamId)?.name ?? "team"}`, teamId: p.teamId!, variant: p.variant }));
  const chosen = chosenPool(pools, poolKey) ?? pools.find((p) => p.variant !== null) ?? pools[0];
  if (!chosen) return { pools: [], pool: null, report: null, explanation: null };
  const { id: pathId, teamId } = chosen;
  const range = { from: f.fromAt, to: f.toExclusive };
  const [assigned, skips, decisions, pointer] = await Promise.all([
    db.$queryRaw<{ repId: string; n: number }[]>`
      SELECT a."repId", count(*)::int AS n FROM "LeadAssignment" a
       WHERE a."workspaceId" = ${workspaceId} AND a."assignedAt" >= ${range.from} AND a."assignedAt" < ${range.to}
         AND a."kind"::text = 'ROUTED' AND a."repId" IS NOT NULL AND a."decision"->>'pathId' = ${pathId} AND a."decision"->>'teamId' = ${teamId}
       GROUP BY a."repId"`,
    // Skipped reps in either stored form (stored-decision.ts): packed [repId, path index, reasons
    // index] entries, or the plain list of records stored before packing.
    db.$queryRaw<{ repId: string; code: string; n: number }[]>`
      SELECT s."repId", s.code, count(*)::int AS n
        FROM "LeadAssignment" a
        CROSS JOIN LATERAL (
          SELECT e->>'repId' AS "repId", e->'reasons'->0->>'code' AS code, e->>'pathId' AS "pathId"
            FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a."decision"->'skipped') = 'array' THEN a."decision"->'skipped' ELSE '[]'::jsonb END) e
          UNION ALL
          SELECT e->>0, p->'reasons'->((e->>2)::int)->0->>'code', p->'paths'->>((e->>1)::int)
            FROM (SELECT a."decision"->'skippedPacked' AS p) packed
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p->'reps') = 'array' THEN p->'reps' ELSE '[]'::jsonb END) e
        ) s
       WHERE a."workspaceId" = ${workspaceId} AND a."assignedAt" >= ${range.from} AND a."assignedAt" < ${range.to}
         AND a."kind"::text IN ('ROUTED', 'FALLBACK') AND s."pathId" = ${pathId}
       GROUP BY 1, 2`,
    db.$queryRaw<{ decisions: number; fallbacks: number }[]>`
      SELECT count(*)::int AS decisions, (count(*) FILTER (WHERE l."routingOutcome" = 'fallback'))::int AS fallbacks
        FROM "Lead" l WHERE l."workspaceId" = ${workspaceId} AND l."submittedAt" >= ${range.from} AND l."submittedAt" < ${range.to} AND l."routingPathId" = ${pathId}`,
    db.rotationPointer.findUnique({ where: { workspaceId_poolId: { workspaceId, poolId: rotationPoolId(pathId, teamId) } } }),
  ]);
  const team = labels.teams.find((t) => t.id === teamId);
  const rotation = readStoredRotation(pointer?.state);
  const repIds = [...new Set([...(team?.repIds ?? []), ...assigned.map((a) => a.repId)])];
  const report = fairnessReport({
    reps: repIds.map((repId) => {
      const rep = labels.reps.find((r) => r.id === repId);
      return {
        repId,
        name: rep?.name ?? "(former rep)",
        weight: chosen.variant === "weighted" ? (rep?.weight ?? 1) : 1,
        assigned: assigned.find((a) => a.repId === repId)?.n ?? 0,
        skipsByCode: Object.fromEntries(skips.filter((s) => s.repId === repId).map((s) => [s.code, s.n])),
        rotationCredit: rotationCount(rotation, repId) ?? null,
      };
    }),
    decisions: decisions[0]?.decisions ?? 0,
    fallbacks: decisions[0]?.fallbacks ?? 0,
  });
  const top = [...report.reps].sort((a, b) => (b.deviation ?? 0) - (a.deviation ?? 0))[0];
  return {
    pools: pools.map((p) => ({ id: p.id, label: p.label })),
    pool: { pathId, teamId, label: chosen.label },
    report,
    explanation: top && report.assigned > 0 ? { repName: top.name, lines: explainShare(report, top.repId) } : null,
  };
}
