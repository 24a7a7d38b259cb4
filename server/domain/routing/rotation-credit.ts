// Rotation credit: when a lead leaves a rep it was routed to by a round-robin turn (reassigned by
// hand or to the next best rep), that rep gets its turn back in the pool, so moving leads around
// does not cost anyone their share.
//
// "turns" pools (strict and priority round-robin): a rep's count is turns taken, so the credit
// is its count − 1, but never below the other members' lowest count − 1 (nor 0): a rep is owed
// at most one turn, so repeated reassignments cannot pile up a backlog that would flood it later.
// "smooth_weighted" pools (weighted round-robin): left as they are. Their state is each rep's
// current weight, which already self-corrects over the cycle; a faithful refund would need the
// qualified pool's total weight at the time of the pick, which the state does not keep.
// Other choosers (least loaded, best match, soonest available) use the rotation only to break
// ties; the load they measure drops by itself when the lead leaves, so no credit is given.
import { rotationPoolId } from "./routing-config";
import { placesOf } from "./rotation-state";
import type { TPoolRotation, TRoutingDecision } from "./routing-types";

/** The pool in which `repId` took a round-robin turn for this decision, or null. */
export function rotationTurnOf(decision: TRoutingDecision | null, repId: string): { poolId: string; algorithm: TPoolRotation["algorithm"] } | null {
  if (!decision || decision.outcome !== "assigned" || decision.repId !== repId) return null;
  if (!decision.pathId || !decision.teamId || decision.strategy?.chooser.type !== "round_robin") return null;
  if (!decision.reasons.some((r) => r.code === "ROUND_ROBIN_TURN")) return null;
  const poolId = rotationPoolId(decision.pathId, decision.teamId);
  const update = decision.rotationUpdates.find((u) => u.poolId === poolId && u.lastRepId === repId);
  return update ? { poolId, algorithm: update.algorithm } : null;
}

/** The pool state with `repId`'s turn given back, or null when nothing changes. */
export function returnRotationTurn(rotation: TPoolRotation | undefined, repId: string): TPoolRotation | null {
  if (!rotation || rotation.algorithm !== "turns") return null;
  const at = placesOf(rotation.repIds).get(repId);
  if (at === undefined) return null;
  const current = rotation.counts[at] ?? 0;
  const others = rotation.counts.filter((_, i) => i !== at);
  const floor = Math.max(0, (others.length > 0 ? Math.min(...others) : current) - 1);
  const next = Math.max(current - 1, floor);
  if (next >= current) return null;
  const counts = rotation.counts.slice();
  counts[at] = next;
  return { ...rotation, counts };
}
