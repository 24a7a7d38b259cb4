// What a learned decision read from its pool's counters, recorded with the decision: the lead's
// segment cells of the team's reps, their totals, the segment's and the pool's totals and this
// week's shares — exactly what chooseLearned reads, so Replay and an audit re-derive the pick
// (with the lead's seed) from the record alone, whatever the counters say today.
import type { TRoutingDecision, TRoutingLead } from "../routing-types";
import { rotationPoolId, type TRoutingConfig } from "../routing-config";
import type { TLearningUsed, TPoolLearning } from "./learned-types";
import { leadSegment } from "./lead-segment";
import { learnedDefinition } from "./learned-pools";

/** The slice of `learning` a decision for a lead of `segmentKey` among `repIds` reads. */
export function sliceLearning(learning: TPoolLearning, segmentKey: string, repIds: readonly string[]): TPoolLearning {
  const cells: Record<string, Record<string, { successes: number; failures: number }>> = {};
  const repTotals: Record<string, { successes: number; failures: number }> = {};
  const weekAssigned: Record<string, number> = {};
  for (const id of repIds) {
    const cell = learning.cells[id]?.[segmentKey];
    if (cell) cells[id] = { [segmentKey]: { ...cell } };
    const total = learning.repTotals[id];
    if (total) repTotals[id] = { ...total };
    const week = learning.weekAssigned[id];
    if (week !== undefined) weekAssigned[id] = week;
  }
  const segment = learning.segmentTotals[segmentKey];
  return { cells, repTotals, segmentTotals: segment ? { [segmentKey]: { ...segment } } : {}, total: { ...learning.total }, weekAssigned };
}

/** The record of what the decision's pool read, when the lead went to a learned pool (else null). */
export function learningUsedBy(
  decision: Pick<TRoutingDecision, "pathId" | "teamId">,
  config: Pick<TRoutingConfig, "paths">,
  lead: TRoutingLead,
  teams: readonly { id: string; repIds: readonly string[] }[],
  learning: Readonly<Record<string, TPoolLearning>> | undefined,
): TLearningUsed | null {
  if (!decision.pathId || !decision.teamId) return null;
  const path = config.paths.find((p) => p.id === decision.pathId);
  if (!path || path.destination.type !== "team" || path.destination.strategy.chooser.type !== "learned") return null;
  const chooser = path.destination.strategy.chooser;
  const poolId = rotationPoolId(path.id, decision.teamId);
  const pool = learning && Object.hasOwn(learning, poolId) ? learning[poolId]! : null;
  const segmentKey = leadSegment(lead, chooser.segmentBy).key;
  const team = teams.find((t) => t.id === decision.teamId);
  const empty: TPoolLearning = { cells: {}, repTotals: {}, segmentTotals: {}, total: { successes: 0, failures: 0 }, weekAssigned: {} };
  return { poolId, definition: learnedDefinition(chooser), segmentKey, learning: pool ? sliceLearning(pool, segmentKey, team?.repIds ?? []) : empty };
}
