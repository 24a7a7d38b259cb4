// The learned pools' counters as routing reads them, in two parts (issue 9: nothing slow under
// the routing lock):
//   loadLearnedCounters  every learned pool's outcome counters of its current definition, one
//                        query, weighted by the pool's half-life with a cell's weeks before a change
//                        point dropped (decayCells) — read and computed BEFORE the routing lock:
//                        they move when outcomes are recorded, not with the live load the lock
//                        protects;
//   week load            the leads each pool gave each rep this week (the floor share:
//                        RepPoolWeekLoad, kept by a trigger on LeadAssignment, see the
//                        pool_week_counters migration) — read UNDER the lock, in the live-load
//                        statement (load-routing-state.ts: weekLoadArgs, WEEK_LOAD_SQL).
// learningOf sums both once per pool (poolLearning), so the decision stays O(reps).
import type { TRawSql } from "../../db/raw-sql";
import { decayCells, weekStart, type TOutcomeCounterRow } from "../../domain/routing/learned/beta-posterior";
import { learnedPools, type TLearnedPool } from "../../domain/routing/learned/learned-pools";
import type { TOutcomeCell, TPoolLearning } from "../../domain/routing/learned/learned-types";
import { poolLearning } from "../../domain/routing/learned/pool-learning";
import type { TRoutingConfig } from "../../domain/routing/routing-config";

type TDbLike = Pick<TRawSql, "$queryRaw">;

/** The learned pools' decayed outcome cells (no pools: no query, `pools` empty). */
export interface TLearnedCounters {
  /** This week's Monday (YYYY-MM-DD): the week load to read with them. */
  week: string;
  pools: { pool: TLearnedPool; cells: Record<string, Record<string, TOutcomeCell>> }[];
}

export interface TWeekLoadRow {
  pathId: string;
  teamId: string;
  repId: string;
  assigned: number;
}

/** The outcome counters of every learned pool of `config`, decayed as of `now`: one query (none without learned pools). */
export async function loadLearnedCounters(db: TDbLike, workspaceId: string, config: Pick<TRoutingConfig, "paths">, now: Date): Promise<TLearnedCounters> {
  const pools = learnedPools(config);
  const week = weekStart(now).toISOString().slice(0, 10);
  if (pools.length === 0) return { week, pools: [] };
  const poolIds = pools.map((p) => p.poolId);
  const definitions = pools.map((p) => p.definition);
  const [row] = await db.$queryRaw<{ counters: (TOutcomeCounterRow & { poolId: string })[] }[]>`
    SELECT COALESCE(json_agg(json_build_object('poolId', c."poolId", 'repId', c."repId", 'segmentKey', c."segmentKey", 'week', c."week", 'successes', c."successes", 'failures', c."failures")), '[]') AS counters
      FROM "LearnedOutcomeCounter" c JOIN unnest(${poolIds}::text[], ${definitions}::text[]) AS p(pool_id, definition)
        ON c."poolId" = p.pool_id AND c."definition" = p.definition
     WHERE c."workspaceId" = ${workspaceId}`;
  return {
    week,
    pools: pools.map((pool) => ({ pool, cells: decayCells(row!.counters.filter((c) => c.poolId === pool.poolId), now, pool.chooser.halfLifeWeeks) })),
  };
}

/** What the week-load read needs (in the live statement's jsonb arguments): null without learned pools. */
export function weekLoadArgs(counters: TLearnedCounters): { week: string; pools: { pathId: string; teamId: string }[] } | null {
  if (counters.pools.length === 0) return null;
  return { week: counters.week, pools: counters.pools.map(({ pool }) => ({ pathId: pool.pathId, teamId: pool.teamId })) };
}

/**
 * This week's load of the pools in $1->'weekLoad' ({ week, pools: [{ pathId, teamId }] }), as a
 * jsonb array of TWeekLoadRow; '[]' without learned pools (the subquery is then not run).
 */
export const WEEK_LOAD_SQL = `
    CASE WHEN $1->'weekLoad' IS NULL OR jsonb_typeof($1->'weekLoad') = 'null' THEN '[]'::jsonb ELSE
      (SELECT COALESCE(jsonb_agg(jsonb_build_object('pathId', w."pathId", 'teamId', w."teamId", 'repId', w."repId", 'assigned', w."assigned")), '[]')
         FROM "RepPoolWeekLoad" w JOIN jsonb_to_recordset($1->'weekLoad'->'pools') AS p("pathId" text, "teamId" text)
           ON w."pathId" = p."pathId" AND w."teamId" = p."teamId"
        WHERE w."workspaceId" = $1->>'workspaceId' AND w."week" = ($1->'weekLoad'->>'week')::date AND w."assigned" <> 0) END`;

/** The learning of every learned pool, by pool id (undefined when there is none). */
export function learningOf(counters: TLearnedCounters, week: readonly TWeekLoadRow[]): Record<string, TPoolLearning> | undefined {
  if (counters.pools.length === 0) return undefined;
  const learning: Record<string, TPoolLearning> = {};
  for (const { pool, cells } of counters.pools) {
    const weekAssigned: Record<string, number> = {};
    for (const w of week) if (w.pathId === pool.pathId && w.teamId === pool.teamId) weekAssigned[w.repId] = w.assigned;
    learning[pool.poolId] = poolLearning(cells, weekAssigned);
  }
  return learning;
}

/** The learning of every learned pool of `config`, by pool id (undefined when it has none): outside routing (pool strengths, tests). */
export async function loadLearning(db: TDbLike, workspaceId: string, config: Pick<TRoutingConfig, "paths">, now: Date): Promise<Record<string, TPoolLearning> | undefined> {
  const counters = await loadLearnedCounters(db, workspaceId, config, now);
  const args = weekLoadArgs(counters);
  if (!args) return undefined;
  const query = `SELECT jsonb_build_object('week', ${WEEK_LOAD_SQL})`;
  const [row] = await db.$queryRaw<{ read: { week: TWeekLoadRow[] } }[]>`
    SELECT "switchboard_routing_read"(NULL::text, ${query}::text, ${JSON.stringify({ workspaceId, weekLoad: args })}::jsonb) AS "read"`;
  return learningOf(counters, row!.read.week);
}
