// The learned pools' counters as routing reads them: one query per decision (only when the config
// has a learned pool) for every learned pool's outcome counters of its current definition and the
// leads each pool gave each rep this week (the floor share). Counter rows are weighted by the
// pool's half-life (decayCells) and summed once (poolLearning), so the decision stays O(reps).
import type { DbTx } from "../../db/client";
import { decayCells, weekStart, type TOutcomeCounterRow } from "../../domain/routing/learned/beta-posterior";
import { learnedPools } from "../../domain/routing/learned/learned-pools";
import type { TPoolLearning } from "../../domain/routing/learned/learned-types";
import { poolLearning } from "../../domain/routing/learned/pool-learning";
import type { TRoutingConfig } from "../../domain/routing/routing-config";

type TDbLike = Pick<DbTx, "$queryRaw">;

interface TLearningRow {
  counters: (TOutcomeCounterRow & { poolId: string })[];
  week: { pathId: string; teamId: string; repId: string; assigned: number }[];
}

/** The learning of every learned pool of `config`, by pool id (undefined when it has none). */
export async function loadLearning(db: TDbLike, workspaceId: string, config: Pick<TRoutingConfig, "paths">, now: Date): Promise<Record<string, TPoolLearning> | undefined> {
  const pools = learnedPools(config);
  if (pools.length === 0) return undefined;
  const poolIds = pools.map((p) => p.poolId);
  const definitions = pools.map((p) => p.definition);
  const pathIds = pools.map((p) => p.pathId);
  const teamIds = pools.map((p) => p.teamId);
  const since = weekStart(now);
  const [row] = await db.$queryRaw<TLearningRow[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('poolId', c."poolId", 'repId', c."repId", 'segmentKey', c."segmentKey", 'week', c."week", 'successes', c."successes", 'failures', c."failures")), '[]')
         FROM "LearnedOutcomeCounter" c JOIN unnest(${poolIds}::text[], ${definitions}::text[]) AS p(pool_id, definition)
           ON c."poolId" = p.pool_id AND c."definition" = p.definition
        WHERE c."workspaceId" = ${workspaceId}) AS counters,
      (SELECT COALESCE(json_agg(w), '[]') FROM (
         SELECT a."decision"->>'pathId' AS "pathId", a."decision"->>'teamId' AS "teamId", a."repId", count(*)::int AS assigned
           FROM "LeadAssignment" a JOIN unnest(${pathIds}::text[], ${teamIds}::text[]) AS p(path_id, team_id)
             ON a."decision"->>'pathId' = p.path_id AND a."decision"->>'teamId' = p.team_id
          WHERE a."workspaceId" = ${workspaceId} AND a."assignedAt" >= ${since} AND a."repId" IS NOT NULL
            AND a."kind"::text IN ('ROUTED', 'REASSIGNED', 'SLA_REASSIGNED')
          GROUP BY 1, 2, 3) w) AS week`;
  const learning: Record<string, TPoolLearning> = {};
  for (const pool of pools) {
    const rows = row!.counters.filter((c) => c.poolId === pool.poolId);
    const weekAssigned: Record<string, number> = {};
    for (const w of row!.week) if (w.pathId === pool.pathId && w.teamId === pool.teamId) weekAssigned[w.repId] = w.assigned;
    learning[pool.poolId] = poolLearning(decayCells(rows, now, pool.chooser.halfLifeWeeks), weekAssigned);
  }
  return learning;
}
