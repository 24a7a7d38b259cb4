// Reassigning a lead (dashboard, review change, `POST /api/v1/leads/{id}/reassign`). One
// transaction under the workspace routing lock:
//   toRepId given → manual override: an active rep of a member who works leads (a Marketer's rep
//     profile, left from when they were a Sales rep, is a CONFLICT saying so); a MANUAL (no owner before)
//     or REASSIGNED assignment with a decision record saying "manual", the owner and status
//     updated, a "reassigned" event and the alert to the new owner (no SLA timers: a person chose).
//     A spam-flagged lead given to a named rep is a real lead to the manager: isSpam is cleared in
//     the same update and a "spam_cleared" event { byUserId, assignmentId } says who and when, so
//     it is routed like any lead afterwards (returned, next best) and never reads SPAM again.
//   toRepId null  → the next best rep: routed again with the current owner excluded.
// Either way the previous current assignment ends and, when it was a round-robin turn, that rep
// gets its turn back in the pool (rotation-credit.ts), and the lead.reassigned webhook event (from
// whom, to whom, why) is written in this transaction (lead-reassigned-webhook.ts) — also when the
// next best is the fallback queue.
import { z } from "zod";
import type { Db, DbTx } from "../../db/client";
import { ZReassignReason } from "../../domain/leads/create-lead-request";
import { returnRotationTurn, rotationTurnOf } from "../../domain/routing/rotation-credit";
import { readStoredRotation } from "../../domain/routing/rotation-state";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import type { TReassignCause } from "../../domain/webhooks/webhook-events";
import { packDecision, readStoredDecision } from "../../domain/routing/stored-decision";
import { AppError, validationError } from "../../errors";
import { exitEnrollments } from "../nurture/enrollment";
import { enqueueAssignmentAlert, type TFollowUpDeps } from "../routing/after-assignment";
import { lockWorkspaceRouting, routeLeadInTx } from "../routing/route-lead";
import { getPublishedRouting } from "../routing/routing-settings";
import { refuseRepWhoCannotOwnLeads } from "../reps/lead-worker-check";
import { parseInput } from "../reps/parse-input";
import { emitLeadReassigned, type TWrittenAssignment } from "./lead-reassigned-webhook";
import { keepIdempotencyKey, replayedAssignment, type TReassignIdempotency } from "./reassign-idempotency";

export { ZReassignReason };

export const CLOSED_LEAD_MESSAGE = "This lead is closed (won or lost): it keeps the owner who closed it and cannot be reassigned.";

export interface TReassignLeadInput {
  workspaceId: string;
  leadId: string;
  /** The new owner (manual override); null = the next best rep. */
  toRepId: string | null;
  reason: string;
  byUserId: string | null;
  now: Date;
  /** The lead.reassigned webhook's reason code when not a manager's (manual / next_best): owner_removed, owner_role_changed. */
  cause?: Extract<TReassignCause, "owner_removed" | "owner_role_changed">;
  /**
   * toRepId naming the lead's current owner: "refuse" (default: the dashboard says so, a 422 at
   * toRepId) or "keep" (the API: a retry of a reassignment whose answer was lost is answered as
   * done — nothing written, no alert, no webhook — with `isUnchanged`).
   */
  sameOwner?: "refuse" | "keep";
  /** The API's Idempotency-Key (reassign-idempotency.ts): the same key and request again replays, nothing moves again. */
  idempotency?: TReassignIdempotency | null;
}

export interface TReassignLeadResult {
  assignmentId: string | null;
  decision: TRoutingDecision | null;
  /** toRepId already owned the lead (sameOwner "keep"): nothing was written. */
  isUnchanged?: boolean;
  /** The Idempotency-Key was seen with this request before: its assignment, nothing written. */
  isReplay?: boolean;
}

export async function reassignLead(db: Db, deps: TFollowUpDeps, input: TReassignLeadInput): Promise<TReassignLeadResult> {
  const { reason } = parseInput(z.object({ reason: ZReassignReason }), { reason: input.reason });
  return db.$transaction(async (tx) => reassignLeadInTx(tx, deps, { ...input, reason }));
}

/** reassignLead in the caller's transaction (the reason already checked), e.g. a job that checks the lead first under the same lock. */
export async function reassignLeadInTx(tx: DbTx, deps: TFollowUpDeps, input: TReassignLeadInput): Promise<TReassignLeadResult> {
  await lockWorkspaceRouting(tx, input.workspaceId);
  // Under the lock: a retry sent while the first is still running waits for it, then replays it.
  const replayed = input.idempotency ? await replayedAssignment(tx, input.workspaceId, input.idempotency) : null;
  if (replayed) return { assignmentId: replayed, decision: null, isReplay: true };
  const lead = await tx.lead.findFirst({ where: { id: input.leadId, workspaceId: input.workspaceId }, select: { id: true, ownerRepId: true, status: true, isSpam: true } });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.");
  // A won or lost lead keeps the owner who closed it: reassigning made it ASSIGNED again (with its
  // stage still Won), counted in the new owner's open load and alerted to them.
  if (lead.status === "CLOSED") throw new AppError("CONFLICT", CLOSED_LEAD_MESSAGE);
  const current = await tx.leadAssignment.findFirst({ where: { leadId: lead.id, isCurrent: true }, select: { id: true, repId: true } });
  const fromRepId = current?.repId ?? lead.ownerRepId;
  // Already done (the same owner named again): under the lock, so a concurrent reassignment cannot slip between.
  if (input.sameOwner === "keep" && current && input.toRepId === current.repId) return { assignmentId: current.id, decision: null, isUnchanged: true };
  const args = { ...input, fromRepId };
  const { assignment, ...result } = input.toRepId === null ? await toNextBestRep(tx, deps, args) : await toNamedRep(tx, deps, { ...args, toRepId: input.toRepId, isSpam: lead.isSpam }, current?.id ?? null);
  // A rep took the lead: it leaves its nurture sequence.
  if (result.assignmentId) await exitEnrollments(tx, { workspaceId: input.workspaceId, leadIds: [lead.id], reason: "rep_took", now: input.now });
  const cause = input.cause ?? (input.toRepId === null ? "next_best" : "manual");
  // From the assignment as written (not read back): one statement, under the lock.
  await emitLeadReassigned(tx, deps.queue, { workspaceId: input.workspaceId, leadId: lead.id, assignment, previous: { assignmentId: current?.id ?? null, repId: fromRepId }, cause });
  if (input.idempotency && result.assignmentId) await keepIdempotencyKey(tx, result.assignmentId, input.idempotency);
  return result;
}

/**
 * Gives the rep of an assignment its round-robin turn back in the pool it was routed from, when
 * the assignment is current and was such a turn. Call under lockWorkspaceRouting, before the
 * assignment ends. Returns whether a turn was given back.
 */
export async function returnRotationCredit(tx: DbTx, args: { workspaceId: string; assignmentId: string }): Promise<boolean> {
  const assignment = await tx.leadAssignment.findFirst({ where: { id: args.assignmentId, workspaceId: args.workspaceId, isCurrent: true }, select: { repId: true, decision: true } });
  if (!assignment?.repId) return false;
  const turn = rotationTurnOf(readStoredDecision(assignment.decision), assignment.repId);
  if (!turn) return false;
  const where = { workspaceId_poolId: { workspaceId: args.workspaceId, poolId: turn.poolId } };
  const pointer = await tx.rotationPointer.findUnique({ where });
  const next = returnRotationTurn(readStoredRotation(pointer?.state), assignment.repId);
  if (!next) return false;
  await tx.rotationPointer.update({ where, data: { state: next as unknown as object } });
  return true;
}

type TArgs = TReassignLeadInput & { reason: string; fromRepId: string | null };
/** A reassignment's result and the assignment it wrote (for its lead.reassigned). */
type TReassigned = TReassignLeadResult & { assignment: TWrittenAssignment | null };

async function toNextBestRep(tx: DbTx, deps: TFollowUpDeps, args: TArgs): Promise<TReassigned> {
  const current = await tx.leadAssignment.findFirst({ where: { leadId: args.leadId, isCurrent: true }, select: { id: true } });
  if (current) await returnRotationCredit(tx, { workspaceId: args.workspaceId, assignmentId: current.id });
  const before = await tx.leadEvent.findMany({ where: { leadId: args.leadId, type: "reassigned" }, select: { id: true } });
  const routed = await routeLeadInTx(
    tx,
    { workspaceId: args.workspaceId, leadId: args.leadId, now: args.now, kind: "REASSIGNED", excludeRepIds: args.fromRepId ? [args.fromRepId] : [], note: args.reason, byUserId: args.byUserId },
    deps,
  );
  if (!routed.decision) throw new AppError("CONFLICT", "The lead cannot be routed again (spam, or no routing is published): name a rep instead.");
  // routeLeadInTx wrote the "reassigned" event; it also says who asked, from whom and why.
  const event = await tx.leadEvent.findFirst({ where: { leadId: args.leadId, type: "reassigned", id: { notIn: before.map((e) => e.id) } } });
  if (event) {
    const to = routed.decision.outcome === "assigned" ? routed.decision.repId : null;
    await tx.leadEvent.update({ where: { id: event.id }, data: { data: { ...(event.data as object), from: args.fromRepId, to, reason: args.reason, byUserId: args.byUserId, mode: "next_best" } } });
  }
  return { assignmentId: routed.assignmentId, decision: routed.decision, assignment: routed.assignment };
}

async function toNamedRep(tx: DbTx, deps: TFollowUpDeps, args: TArgs & { toRepId: string; isSpam: boolean }, currentId: string | null): Promise<TReassigned> {
  const started = performance.now();
  const rep = await tx.repProfile.findFirst({ where: { id: args.toRepId, workspaceId: args.workspaceId, user: { memberships: { some: { workspaceId: args.workspaceId } } } }, select: { id: true, isActive: true } });
  if (!rep || !rep.isActive) throw validationError([{ path: "toRepId", message: "Choose an active rep of this workspace" }], "The rep cannot take this lead");
  await refuseRepWhoCannotOwnLeads(tx, args.workspaceId, rep.id, "toRepId");
  if (rep.id === args.fromRepId && currentId) throw validationError([{ path: "toRepId", message: "The lead already belongs to this rep" }], "The rep already owns this lead");
  if (currentId) await returnRotationCredit(tx, { workspaceId: args.workspaceId, assignmentId: currentId });

  const published = await getPublishedRouting(tx, args.workspaceId);
  const decision = manualDecision({ leadId: args.leadId, repId: rep.id, byUserId: args.byUserId, reason: args.reason, configVersion: published?.version ?? 0, now: args.now });
  const { workspaceId, leadId, now } = args;
  await tx.leadAssignment.updateMany({ where: { leadId, isCurrent: true }, data: { isCurrent: false, endedAt: now } });
  const assignment = await tx.leadAssignment.create({
    data: {
      workspaceId,
      leadId,
      repId: rep.id,
      kind: args.fromRepId ? "REASSIGNED" : "MANUAL",
      decision: packDecision(decision) as unknown as object,
      configVersion: published?.version ?? null,
      durationMs: performance.now() - started,
      note: args.reason,
      byUserId: args.byUserId,
      assignedAt: now,
    },
  });
  await tx.lead.update({ where: { id: leadId }, data: { ownerRepId: rep.id, status: "ASSIGNED", routedAt: now, ...(args.isSpam ? { isSpam: false } : {}) } });
  if (args.isSpam) await tx.leadEvent.create({ data: { leadId, workspaceId, type: "spam_cleared", data: { byUserId: args.byUserId, assignmentId: assignment.id }, createdAt: now } });
  await tx.leadEvent.create({
    data: { leadId, workspaceId, type: "reassigned", data: { mode: "manual", from: args.fromRepId, to: rep.id, reason: args.reason, byUserId: args.byUserId, assignmentId: assignment.id }, createdAt: now },
  });
  await enqueueAssignmentAlert(tx, deps, { assignmentId: assignment.id, workspaceId, isProvisional: false, acceptByIso: null, isReminder: false, review: null });
  return { assignmentId: assignment.id, decision, assignment };
}

/** The decision record of a manual override: assigned by a person, for the reason they gave. */
export function manualDecision(args: { leadId: string; repId: string; byUserId: string | null; reason: string; configVersion: number; now: Date }): TRoutingDecision {
  return {
    leadId: args.leadId,
    outcome: "assigned",
    pathId: null,
    pathName: null,
    destination: { type: "rep", repId: args.repId },
    strategy: null,
    strategyDescription: "Manual override",
    repId: args.repId,
    teamId: null,
    queue: null,
    reasons: [{ code: "MANUAL_OVERRIDE", repId: args.repId, byUserId: args.byUserId, reason: args.reason }],
    skipped: [],
    pathsTried: [],
    rotationUpdates: [],
    accountOwnerToRecord: null,
    configVersion: args.configVersion,
    evaluatedAtIso: args.now.toISOString(),
  };
}
