// The pools of a routing config that use the learned chooser, and what their outcome counters are
// keyed by. A pool is a path's team (rotationPoolId); its `definition` is the outcome it optimises
// and the attributes of its segments ("won:industry,segment") — counters of another definition are
// not read, and a new definition is rebuilt from the stored outcomes (rebuild-learning job).
import type { TLeadStage } from "../../outcomes/lead-stages";
import { counterWeek } from "./beta-posterior";
import type { TLearnedChooser, TLearnedOutcome } from "./learned-config";
import { rotationPoolId, type TRoutingConfig } from "../routing-config";

export interface TLearnedPool {
  poolId: string;
  pathId: string;
  teamId: string;
  chooser: TLearnedChooser;
  definition: string;
}

export function learnedDefinition(chooser: Pick<TLearnedChooser, "outcome" | "segmentBy">): string {
  return `${chooser.outcome}:${chooser.segmentBy.join(",")}`;
}

/** Every path whose team pool chooses by learning (paths in config order). */
export function learnedPools(config: Pick<TRoutingConfig, "paths">): TLearnedPool[] {
  const pools: TLearnedPool[] = [];
  for (const path of config.paths) {
    const d = path.destination;
    if (d.type !== "team" || d.strategy.chooser.type !== "learned") continue;
    const chooser = d.strategy.chooser;
    pools.push({ poolId: rotationPoolId(path.id, d.teamId), pathId: path.id, teamId: d.teamId, chooser, definition: learnedDefinition(chooser) });
  }
  return pools;
}

/** Pools of `next` whose counters must be rebuilt: new learned pools, or a changed definition. */
export function poolsToRebuild(previous: Pick<TRoutingConfig, "paths"> | null, next: Pick<TRoutingConfig, "paths">): TLearnedPool[] {
  const before = new Map((previous ? learnedPools(previous) : []).map((p) => [p.poolId, p.definition]));
  return learnedPools(next).filter((p) => before.get(p.poolId) !== p.definition);
}

const SUCCESS_STAGES: Record<TLearnedOutcome, readonly TLeadStage[]> = {
  meeting_held: ["MEETING_HELD", "OPPORTUNITY", "WON"],
  opportunity: ["OPPORTUNITY", "WON"],
  won: ["WON"],
};
const FAILURE_STAGES: readonly TLeadStage[] = ["LOST", "NOT_A_FIT"];

export interface TLeadResolution {
  isSuccess: boolean;
  /** The counter week of the outcome that resolved the lead (the earliest such). */
  week: number;
}

/**
 * How a lead's outcome rows resolve for a pool's outcome: a success once any row reached the
 * outcome (or a later stage), a failure once it closed without reaching it, else unresolved (null).
 */
export function leadResolution(rows: readonly { stage: TLeadStage; occurredAt: Date }[], outcome: TLearnedOutcome): TLeadResolution | null {
  let success: Date | null = null;
  let failure: Date | null = null;
  for (const row of rows) {
    if (SUCCESS_STAGES[outcome].includes(row.stage)) {
      if (!success || row.occurredAt < success) success = row.occurredAt;
    } else if (FAILURE_STAGES.includes(row.stage)) {
      if (!failure || row.occurredAt < failure) failure = row.occurredAt;
    }
  }
  if (success) return { isSuccess: true, week: counterWeek(success) };
  if (failure) return { isSuccess: false, week: counterWeek(failure) };
  return null;
}

export const sameResolution = (a: TLeadResolution | null, b: TLeadResolution | null): boolean =>
  a === b || (a !== null && b !== null && a.isSuccess === b.isSuccess && a.week === b.week);
