// The rebuild job of learned pools' counters (handler: rebuildPoolLearning in learned-counters.ts,
// bound in server/workers/routing-jobs.ts), written by publishing in its transaction.
import type { DbTx } from "../../db/client";
import type { TJobSender } from "../../db/job-rows";
import { poolsToRebuild, type TLearnedPool } from "../../domain/routing/learned/learned-pools";
import type { TRoutingConfig } from "../../domain/routing/routing-config";

export interface TLearningJobs {
  /** Recomputes one learned pool's counters for its (new) definition from the stored outcomes. */
  "routing.rebuild-learning": { workspaceId: string; poolId: string; definition: string };
}
export type TLearningQueue = TJobSender<TLearningJobs>;

/** Writes a rebuild job for each learned pool whose definition `next` changes (in the publishing transaction). */
export async function enqueueLearningRebuilds(tx: DbTx, queue: TLearningQueue | undefined, workspaceId: string, previous: Pick<TRoutingConfig, "paths"> | null, next: Pick<TRoutingConfig, "paths">): Promise<TLearnedPool[]> {
  const pools = poolsToRebuild(previous, next);
  if (queue) for (const pool of pools) await queue.send("routing.rebuild-learning", { workspaceId, poolId: pool.poolId, definition: pool.definition }, { tx });
  return pools;
}

