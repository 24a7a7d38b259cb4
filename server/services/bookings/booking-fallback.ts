// Booking with the next best rep moves the lead to them (inside the booking's transaction, under
// the workspace routing lock): the current assignment ends (a round-robin turn is given back), a
// REASSIGNED assignment with a decision record whose reason is BOOKING_FALLBACK starts (the
// booking accepts it right after, as any booking accepts the booked rep's waiting assignment:
// outcomes/accept-lead.ts), the lead's owner changes, a "reassigned" event (mode
// booking_fallback) goes on the timeline, and the new owner's alert is a job row and the
// lead.reassigned webhook an event row (cause booking_next_best) in the same transaction.
import type { DbTx } from "../../db/client";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { packDecision } from "../../domain/routing/stored-decision";
import { AppError } from "../../errors";
import { emitLeadReassigned } from "../assignments/lead-reassigned-webhook";
import { returnRotationCredit } from "../assignments/reassign-lead";
import { enqueueAssignmentAlert, type TFollowUpDeps } from "../routing/after-assignment";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { getPublishedRouting } from "../routing/routing-settings";

export async function lockForFallback(tx: DbTx, args: { workspaceId: string; leadId: string; ownerRepId: string }): Promise<void> {
  await lockWorkspaceRouting(tx, args.workspaceId);
  const current = await tx.leadAssignment.findFirst({ where: { leadId: args.leadId, workspaceId: args.workspaceId, isCurrent: true }, select: { repId: true } });
  if (current?.repId !== args.ownerRepId) throw new AppError("CONFLICT", "The lead changed owner meanwhile: reload the times", [{ path: "repId", message: "Owner changed" }]);
}

export async function reassignForBooking(tx: DbTx, deps: Pick<TFollowUpDeps, "queue">, args: { workspaceId: string; leadId: string; fromRepId: string; toRepId: string; windowDays: number; now: Date }): Promise<string> {
  const { workspaceId, leadId, now } = args;
  const current = await tx.leadAssignment.findFirst({ where: { leadId, workspaceId, isCurrent: true }, select: { id: true } });
  if (current) await returnRotationCredit(tx, { workspaceId, assignmentId: current.id });
  const published = await getPublishedRouting(tx, workspaceId);
  const decision: TRoutingDecision = {
    leadId,
    outcome: "assigned",
    pathId: null,
    pathName: null,
    destination: { type: "rep", repId: args.toRepId },
    strategy: null,
    strategyDescription: "Booked with the next best rep",
    repId: args.toRepId,
    teamId: null,
    queue: null,
    reasons: [{ code: "BOOKING_FALLBACK", fromRepId: args.fromRepId, windowDays: args.windowDays }],
    skipped: [],
    pathsTried: [],
    rotationUpdates: [],
    accountOwnerToRecord: null,
    configVersion: published?.version ?? 0,
    evaluatedAtIso: now.toISOString(),
  };
  await tx.leadAssignment.updateMany({ where: { leadId, isCurrent: true }, data: { isCurrent: false, endedAt: now } });
  const assignment = await tx.leadAssignment.create({
    data: { workspaceId, leadId, repId: args.toRepId, kind: "REASSIGNED", decision: packDecision(decision) as unknown as object, configVersion: published?.version ?? null, note: "Booked with the next best rep", assignedAt: now },
    select: { id: true, kind: true, repId: true, isProvisional: true, assignedAt: true, configVersion: true, note: true, byUserId: true },
  });
  await tx.lead.update({ where: { id: leadId }, data: { ownerRepId: args.toRepId, status: "ASSIGNED", routedAt: now } });
  await tx.leadEvent.create({ data: { leadId, workspaceId, type: "reassigned", data: { mode: "booking_fallback", code: "BOOKING_FALLBACK", from: args.fromRepId, to: args.toRepId, assignmentId: assignment.id }, createdAt: now } });
  await enqueueAssignmentAlert(tx, deps, { assignmentId: assignment.id, workspaceId, isProvisional: false, acceptByIso: null, isReminder: false, review: null });
  await emitLeadReassigned(tx, deps.queue, { workspaceId, leadId, assignment, previous: { assignmentId: current?.id ?? null, repId: args.fromRepId }, cause: "booking_next_best" });
  return assignment.id;
}
