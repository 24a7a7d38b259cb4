// The records the demo history writes as live routing writes them: a round-robin decision record
// (save-decision.ts stores it packed), a nurture or disqualify path's, and the SLA follow-ups'
// timeline entries (follow-ups.ts, save-decision.ts). Used by generate-history.ts. No I/O.
import { slaClockOf, type TSlaPolicy } from "../../../server/domain/analytics/assignment-sla";
import type { TReasonCode } from "../../../server/domain/routing/reason-codes";
import { packSkipped } from "../../../server/domain/routing/stored-decision";
import type { THistoryAssignment, THistoryLead, THistoryRoster } from "./history-types";

const MIN = 60_000;

export type TPath = THistoryRoster["paths"][number];
export type TSkip = { repId: string; pathId: string; reasons: TReasonCode[] };
export type TPathTried = { pathId: string; pathName: string; matched: true; result: string };

/** A round-robin decision record of the history (a fallback without a rep), as live routing stores it. */
export function routedDecision(leadId: string, path: TPath, repId: string | null, poolSize: number, skipped: TSkip[], at: Date, pathsTried: TPathTried[]) {
  return {
    leadId,
    outcome: repId ? "assigned" : "fallback",
    pathId: path.id,
    pathName: path.name,
    destination: { type: "team", teamId: path.teamId },
    strategy: { filters: [], chooser: { type: "round_robin", variant: "strict" } },
    strategyDescription: `${path.name}: round-robin (demo history)`,
    repId,
    teamId: path.teamId,
    queue: repId ? null : { name: "Backup queue", ownerUserId: "" },
    reasons: repId ? [{ code: "PATH_MATCHED", pathId: path.id, pathName: path.name }, { code: "ROUND_ROBIN_TURN", variant: "strict", poolSize }] : [{ code: "FALLBACK", queueName: "Backup queue" }],
    // Stored as live routing stores it (stored-decision.ts): the skipped reps packed.
    skippedPacked: packSkipped(skipped),
    pathsTried,
    rotationUpdates: [],
    accountOwnerToRecord: null,
    configVersion: 1,
    evaluatedAtIso: at.toISOString(),
  };
}

/**
 * The decision record of a lead placed on a nurture or disqualify path at `at` (decide-routing.ts:
 * the path matched, NURTURE or DISQUALIFIED, no rep, no team), stored as live stores it (packed,
 * no skipped reps). Like the round-robin record above, it names only the path taken.
 */
export function placedDecision(leadId: string, path: TPath & { kind: "nurture" | "disqualify" }, at: Date) {
  const outcome = path.kind === "nurture" ? "nurture" : "disqualified";
  return {
    leadId,
    outcome,
    pathId: path.id,
    pathName: path.name,
    destination: { type: path.kind },
    strategy: null,
    strategyDescription: path.kind === "nurture" ? "Nurture tier" : "Disqualify",
    repId: null,
    teamId: null,
    queue: null,
    reasons: [{ code: "PATH_MATCHED", pathId: path.id, pathName: path.name }, { code: path.kind === "nurture" ? "NURTURE" : "DISQUALIFIED" }],
    skippedPacked: packSkipped([]),
    pathsTried: [{ pathId: path.id, pathName: path.name, matched: true, result: outcome }],
    rotationUpdates: [],
    accountOwnerToRecord: null,
    configVersion: 1,
    evaluatedAtIso: at.toISOString(),
  };
}

/**
 * The SLA follow-ups' timeline entries (follow-ups.ts, save-decision.ts): a reminder at each
 * assignment's reminder time (from its rep's accept clock) while it was held unaccepted, and "reassigned" when an SLA
 * reassignment began; none after `until` (the history's end, or the lead's close).
 */
export function slaEvents(leadId: string, assignments: readonly THistoryAssignment[], sla: TSlaPolicy | null, until: number): THistoryLead["events"] {
  const events: THistoryLead["events"] = [];
  if (!sla) return events;
  const add = (type: "sla_reminded" | "reassigned", data: Record<string, unknown>, at: number) => events.push({ id: `${leadId}e${events.length + 1}`, type, data, occurredAt: new Date(at) });
  for (const [i, a] of assignments.entries()) {
    if (i > 0) {
      const { pathId, pathName } = a.decision as { pathId: string; pathName: string };
      add("reassigned", { outcome: "assigned", pathId, pathName, repId: a.repId, configVersion: 1, durationMs: 0.2, assignmentId: a.id, note: a.note }, a.assignedAt.getTime());
    }
    const remindAt = slaClockOf(a).getTime() + sla.remindAfterMinutes * MIN;
    const isHeld = (!a.acceptedAt || a.acceptedAt.getTime() > remindAt) && (!a.endedAt || a.endedAt.getTime() > remindAt);
    if (sla.remindAfterMinutes > 0 && isHeld && remindAt <= until) add("sla_reminded", { assignmentId: a.id, repId: a.repId }, remindAt);
  }
  return events;
}
