// A manager's decision on a provisional (high-value) assignment, within the review window: approve
// the provisional owner, or change it (a reassignment). After the window the auto-confirmation
// job has decided (or is about to): both answer CONFLICT "auto-confirmed". Neither gives the lead
// to someone who cannot own it (a Marketer's rep profile, a former member's): CONFLICT saying why.
import type { Db, DbTx } from "../../db/client";
import type { LeadAssignment } from "../../db/generated/client";
import { AppError } from "../../errors";
import { reviewWindowEnd } from "../../domain/routing/review-window";
import type { TFollowUpDeps } from "../routing/after-assignment";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { getPublishedRouting } from "../routing/routing-settings";
import { refuseRepWhoCannotOwnLeads } from "../reps/lead-worker-check";
import { REASSIGNED_MESSAGE } from "./accept-assignment";
import { reassignLead } from "./reassign-lead";

export const AUTO_CONFIRMED_MESSAGE = "The review window has passed: the assignment was auto-confirmed";

/** The end of an assignment's review window: from its review_requested event, else the published policy. */
export async function reviewDeadline(tx: DbTx, assignment: Pick<LeadAssignment, "id" | "leadId" | "workspaceId" | "assignedAt">): Promise<Date | null> {
  const requested = await tx.leadEvent.findMany({ where: { leadId: assignment.leadId, type: "review_requested" }, select: { data: true } });
  const recorded = reviewWindowEnd(assignment, requested.map((e) => e.data), null);
  if (recorded) return recorded;
  // No window recorded with the request: the published policy's (read only then).
  return reviewWindowEnd(assignment, [], (await getPublishedRouting(tx, assignment.workspaceId))?.config.policies.review?.windowMinutes ?? null);
}

async function hasEvent(tx: DbTx, leadId: string, type: string, assignmentId: string): Promise<boolean> {
  const events = await tx.leadEvent.findMany({ where: { leadId, type }, select: { data: true } });
  return events.some((e) => (e.data as { assignmentId?: unknown }).assignmentId === assignmentId);
}

/** The assignment, when a manager may still decide on it; "approved" when already approved. */
async function pendingReview(tx: DbTx, workspaceId: string, assignmentId: string, now: Date): Promise<{ assignment: LeadAssignment; isApproved: boolean }> {
  const assignment = await tx.leadAssignment.findFirst({ where: { id: assignmentId, workspaceId } });
  if (!assignment) throw new AppError("NOT_FOUND", "Assignment not found.");
  if (!assignment.isCurrent) throw new AppError("CONFLICT", REASSIGNED_MESSAGE);
  if (!assignment.isProvisional) {
    if (await hasEvent(tx, assignment.leadId, "review_approved", assignment.id)) return { assignment, isApproved: true };
    throw new AppError("CONFLICT", AUTO_CONFIRMED_MESSAGE);
  }
  const deadline = await reviewDeadline(tx, assignment);
  if (deadline && now.getTime() >= deadline.getTime()) throw new AppError("CONFLICT", AUTO_CONFIRMED_MESSAGE);
  return { assignment, isApproved: false };
}

export interface TApproveInput {
  workspaceId: string;
  assignmentId: string;
  byUserId: string;
  now: Date;
}

/** The provisional owner is confirmed. Idempotent: approving twice changes nothing. */
export async function approveProvisional(db: Db, input: TApproveInput): Promise<{ assignmentId: string; wasAlreadyApproved: boolean }> {
  return db.$transaction(async (tx) => {
    await lockWorkspaceRouting(tx, input.workspaceId);
    const { assignment, isApproved } = await pendingReview(tx, input.workspaceId, input.assignmentId, input.now);
    if (isApproved) return { assignmentId: assignment.id, wasAlreadyApproved: true };
    // The provisional owner's role may have changed since routing chose them: change the owner instead.
    if (assignment.repId) await refuseRepWhoCannotOwnLeads(tx, input.workspaceId, assignment.repId, "assignmentId");
    await tx.leadAssignment.update({ where: { id: assignment.id }, data: { isProvisional: false } });
    await tx.leadEvent.create({
      data: { leadId: assignment.leadId, workspaceId: input.workspaceId, type: "review_approved", data: { assignmentId: assignment.id, repId: assignment.repId, byUserId: input.byUserId }, createdAt: input.now },
    });
    return { assignmentId: assignment.id, wasAlreadyApproved: false };
  });
}

export interface TChangeInput extends TApproveInput {
  /** The new owner; null = the next best rep (the provisional owner excluded). */
  toRepId: string | null;
  reason: string;
}

/** The manager gives the lead to another rep instead of the provisional owner. */
export async function changeProvisional(db: Db, deps: TFollowUpDeps, input: TChangeInput): Promise<{ assignmentId: string | null }> {
  const { assignment } = await db.$transaction((tx) => pendingReview(tx, input.workspaceId, input.assignmentId, input.now));
  if (!assignment.isProvisional) throw new AppError("CONFLICT", "This assignment was already approved.");
  if (input.toRepId !== null && input.toRepId === assignment.repId) throw new AppError("BAD_REQUEST", "Choose another rep than the provisional owner, or approve.");
  const result = await reassignLead(db, deps, {
    workspaceId: input.workspaceId,
    leadId: assignment.leadId,
    toRepId: input.toRepId,
    reason: input.reason,
    byUserId: input.byUserId,
    now: input.now,
  });
  await db.leadEvent.create({
    data: {
      leadId: assignment.leadId,
      workspaceId: input.workspaceId,
      type: "review_changed",
      data: { assignmentId: assignment.id, fromRepId: assignment.repId, newAssignmentId: result.assignmentId, repId: result.decision?.repId ?? null, byUserId: input.byUserId, reason: input.reason },
      createdAt: input.now,
    },
  });
  return { assignmentId: result.assignmentId };
}
