// Group commit (issue 9): several new leads of one workspace decided under ONE hold of the routing
// lock, in arrival order, each seeing the decisions before it — as if each had taken the lock in
// turn. The service reads the live load once; advanceRoutingState applies a decision to that state
// the way the database would after the decision's write (the load counters' triggers, the rotation
// pointer and the account-owner registry), so the next lead of the batch decides with it:
//   assigned to rep R (a first routing: kind ROUTED, status ASSIGNED, not contacted):
//     R's open leads +1, open pipeline value + the lead's value, new leads today +1, assigned in
//     the volume window +1, backlog untouched +1 (when the backlog is read); the learned pool's
//     week load of R +1 (the decision's path and team);
//   every outcome: rotationUpdates replace their pools' pointers; accountOwnerToRecord fills the
//     registry for its domain when it has no owner yet (the write's ON CONFLICT DO NOTHING).
// A fallback (status FALLBACK, kind FALLBACK), nurture or disqualification moves no load counter.
// Nothing is changed in place: the state is copied where it moves (the roster and the learned
// counters may be shared with a per-process cache).
import { emailDomain } from "../conditions/email-domain";
import type { TPoolLearning } from "./learned/learned-types";
import { decideLeadRouting } from "./routing-lead";
import { rotationPoolId, type TRoutingConfig } from "./routing-config";
import type { TPoolRotation, TRepState, TRoutingDecision, TRoutingLead, TTeamState } from "./routing-types";

/** What one decision reads that earlier decisions of the batch move. */
export interface TBatchRoutingState {
  reps: readonly TRepState[];
  rotations: Readonly<Record<string, TPoolRotation>>;
  learning?: Readonly<Record<string, TPoolLearning>>;
  /** Company email domain → owning rep id (the batch's leads' domains, read under the lock). */
  accountOwners: Readonly<Record<string, string>>;
}

export interface TBatchLead {
  lead: TRoutingLead;
  /** The lead's own instant (its submission): hours, leave and the decision record use it. */
  now: Date;
}

export interface TRoutingBatchInput extends TBatchRoutingState {
  config: TRoutingConfig;
  configVersion: number;
  teams: readonly TTeamState[];
  leads: readonly TBatchLead[];
}

/** The state after `decision` was written for a lead of value `estimatedValue` (a first routing). */
export function advanceRoutingState(state: TBatchRoutingState, decision: TRoutingDecision, estimatedValue: number | null): TBatchRoutingState {
  let { reps, learning, accountOwners } = state;
  const repId = decision.outcome === "assigned" ? decision.repId : null;
  if (repId !== null) {
    reps = reps.map((rep) => (rep.id === repId ? { ...rep, load: loadAfterAssignment(rep.load, estimatedValue) } : rep));
    const poolId = decision.pathId !== null && decision.teamId !== null ? rotationPoolId(decision.pathId, decision.teamId) : null;
    const pool = poolId !== null ? learning?.[poolId] : undefined;
    if (poolId !== null && pool) {
      learning = { ...learning, [poolId]: { ...pool, weekAssigned: { ...pool.weekAssigned, [repId]: (pool.weekAssigned[repId] ?? 0) + 1 } } };
    }
  }
  let rotations = state.rotations;
  for (const rotation of decision.rotationUpdates) rotations = { ...rotations, [rotation.poolId]: rotation };
  const owner = decision.accountOwnerToRecord;
  if (owner && emailDomain(`x@${owner.domain}`) && !Object.hasOwn(accountOwners, owner.domain)) accountOwners = { ...accountOwners, [owner.domain]: owner.repId };
  return { reps, rotations, accountOwners, ...(learning ? { learning } : {}) };
}

function loadAfterAssignment(load: TRepState["load"], estimatedValue: number | null): TRepState["load"] {
  return {
    ...load,
    openLeads: load.openLeads + 1,
    openPipelineValue: load.openPipelineValue + (estimatedValue ?? 0),
    newLeadsToday: load.newLeadsToday + 1,
    assignedLastHours: load.assignedLastHours + 1,
    ...(load.backlog ? { backlog: { ...load.backlog, uncontacted: load.backlog.uncontacted + 1 } } : {}),
  };
}

/** Each rep's next leave as of `now` (the live read computed it as of its own instant). */
function asOf(reps: readonly TRepState[], now: Date): readonly TRepState[] {
  let changed = false;
  const next = reps.map((rep) => {
    const nextLeaveStartsAt = rep.profile.timeOff.find((t) => t.startsAt > now)?.startsAt ?? null;
    if (nextLeaveStartsAt?.getTime() === rep.load.nextLeaveStartsAt?.getTime()) return rep;
    changed = true;
    return { ...rep, load: { ...rep.load, nextLeaveStartsAt } };
  });
  return changed ? next : reps;
}

/** The leads' decisions in order, each made with the state the decisions before it left. */
export function decideRoutingBatch(input: TRoutingBatchInput): { decisions: TRoutingDecision[]; state: TBatchRoutingState } {
  let state: TBatchRoutingState = { reps: input.reps, rotations: input.rotations, accountOwners: input.accountOwners, ...(input.learning ? { learning: input.learning } : {}) };
  const decisions: TRoutingDecision[] = [];
  for (const { lead, now } of input.leads) {
    const decision = decideLeadRouting({
      config: input.config,
      configVersion: input.configVersion,
      lead,
      reps: asOf(state.reps, now),
      teams: input.teams,
      rotations: state.rotations,
      accountOwners: state.accountOwners,
      ...(state.learning ? { learning: state.learning } : {}),
      now,
    });
    decisions.push(decision);
    state = advanceRoutingState(state, decision, lead.estimatedValue);
  }
  return { decisions, state };
}
