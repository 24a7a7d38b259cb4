// The manager's strengths table: for each learned pool of the published config, each rep's best
// segments against the team ("Sarah: financial services × Enterprise 2.1× team"), read from the
// same counters routing reads (load-learning.ts). Read only.
import type { Db } from "../../db/client";
import { resolvedOutcomes } from "../../domain/routing/learned/beta-posterior";
import { LEARNED_OUTCOME_LABELS } from "../../domain/routing/learned/learned-config";
import { learnedPools } from "../../domain/routing/learned/learned-pools";
import { repStrengths, type TRepStrength } from "../../domain/routing/learned/rep-strengths";
import { loadLearning } from "./load-learning";
import { loadRoster } from "./load-routing-state";
import { getPublishedRouting } from "./routing-settings";

export interface TPoolStrengths {
  poolId: string;
  pathName: string;
  teamName: string;
  /** "win", "meeting held", "opportunity". */
  outcome: string;
  /** Resolved outcomes in the pool (half-life weighted) and the warm-up it needs. */
  resolved: number;
  warmUpOutcomes: number;
  isEnabled: boolean;
  rows: (TRepStrength & { repName: string })[];
}

export async function listPoolStrengths(db: Db, workspaceId: string, now: Date): Promise<TPoolStrengths[]> {
  const published = await getPublishedRouting(db, workspaceId);
  if (!published) return [];
  const pools = learnedPools(published.config);
  if (pools.length === 0) return [];
  const [learning, roster] = await Promise.all([loadLearning(db, workspaceId, published.config, now), loadRoster(db, workspaceId, now)]);
  return pools.map((pool) => {
    const l = learning![pool.poolId]!;
    const team = roster.teams.find((t) => t.id === pool.teamId);
    const path = published.config.paths.find((p) => p.id === pool.pathId)!;
    return {
      poolId: pool.poolId,
      pathName: path.name,
      teamName: team?.name ?? pool.teamId,
      outcome: LEARNED_OUTCOME_LABELS[pool.chooser.outcome],
      resolved: Math.round(resolvedOutcomes(l)),
      warmUpOutcomes: pool.chooser.warmUpOutcomes,
      isEnabled: pool.chooser.enabled,
      rows: repStrengths(l, pool.chooser, team?.repIds ?? []).map((r) => ({ ...r, repName: roster.repNames.get(r.repId) ?? r.repId })),
    };
  });
}
