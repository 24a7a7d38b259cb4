// The durable follow-ups of an assignment, each idempotent (a job may run twice):
// the SLA reminder, the SLA reassignment to the next best rep, and the review auto-confirmation.
import type { Db, DbTx } from "../../db/client";
import { SLA_REASSIGN_NOTE } from "../../domain/routing/reassignment-notice";
import { slaDeadlines } from "../../domain/routing/sla-clock";
import { enqueueAssignmentAlert, type TFollowUpDeps } from "../routing/after-assignment";
import { lockWorkspaceRouting, routeLeadInTx } from "../routing/route-lead";
import { emitLeadReassigned } from "./lead-reassigned-webhook";
import { getPublishedRouting } from "../routing/routing-settings";

async function openAssignment(tx: DbTx, assignmentId: string) {
  const assignment = await tx.leadAssignment.findUnique({ where: { id: assignmentId } });
  return assignment && assignment.isCurrent && !assignment.acceptedAt && assignment.repId ? assignment : null;
}

/**
 * The SLA's reminder time: a lead of this (current) assignment not contacted yet is now past its
 * SLA (Lead.slaPassedAt, which moves its owner's backlog counter from untouched to past SLA in
 * this transaction, accepted or not); and while it waits for acceptance the alert is sent again.
 * Returns whether a reminder was sent.
 */
export async function remindUnaccepted(db: Db, deps: TFollowUpDeps, assignmentId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await markPastSla(tx, assignmentId, now);
    const assignment = await openAssignment(tx, assignmentId);
    if (!assignment) return false;
    const published = await getPublishedRouting(tx, assignment.workspaceId);
    if (!published) return false;
    const sla = published.config.policies.sla;
    // The rep's accept clock (their next working time when assigned off duty; null on older rows: assignedAt).
    const acceptBy = sla ? slaDeadlines(assignment.slaStartsAt ?? assignment.assignedAt, sla).reassignAt : null;
    await enqueueAssignmentAlert(tx, deps, { assignmentId, workspaceId: assignment.workspaceId, isProvisional: assignment.isProvisional, acceptByIso: acceptBy?.toISOString() ?? null, isReminder: true, review: null });
    await tx.leadEvent.create({ data: { leadId: assignment.leadId, workspaceId: assignment.workspaceId, type: "sla_reminded", data: { assignmentId, repId: assignment.repId }, createdAt: now } });
    return true;
  });
}

/** Marks the lead of a current assignment past its SLA when nobody has contacted it yet (once). */
async function markPastSla(tx: DbTx, assignmentId: string, now: Date): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Lead" l SET "slaPassedAt" = ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      FROM "LeadAssignment" a
     WHERE a."id" = ${assignmentId} AND a."isCurrent" AND a."repId" IS NOT NULL AND l."id" = a."leadId" AND l."ownerRepId" = a."repId"
       AND l."status"::text IN ('ASSIGNED', 'ACCEPTED') AND l."firstContactAt" IS NULL AND l."slaPassedAt" IS NULL`;
}

/**
 * Not accepted in time (the job is scheduled at the rep's accept clock + the reassign minutes,
 * assigned-follow-ups.ts; nothing here counts from assignedAt): the lead goes to the next best rep (the current owner excluded). Unlike a
 * return or a manager's reassignment, the lapsed rep's rotation turn is NOT given back: otherwise
 * an unresponsive rep would be first in line again.
 */
export async function reassignUnaccepted(db: Db, deps: TFollowUpDeps, assignmentId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const first = await tx.leadAssignment.findUnique({ where: { id: assignmentId }, select: { workspaceId: true } });
    if (!first) return false;
    await lockWorkspaceRouting(tx, first.workspaceId);
    // The assignment's row too: a booking accepts it without the routing lock (acceptLeadInTx's
    // conditional update); once locked, the read below sees that acceptance if it committed first.
    await tx.$queryRaw`SELECT id FROM "LeadAssignment" WHERE id = ${assignmentId} FOR UPDATE`;
    const assignment = await openAssignment(tx, assignmentId);
    if (!assignment) return false;
    const routed = await routeLeadInTx(
      tx,
      { workspaceId: assignment.workspaceId, leadId: assignment.leadId, now, kind: "SLA_REASSIGNED", excludeRepIds: [assignment.repId!], note: SLA_REASSIGN_NOTE },
      deps,
    );
    const previous = { assignmentId, repId: assignment.repId };
    await emitLeadReassigned(tx, deps.queue, { workspaceId: assignment.workspaceId, leadId: assignment.leadId, assignment: routed.assignment, previous, cause: "sla" });
    return true;
  });
}

/** The review window passed without a manager's decision: the provisional owner is confirmed. */
export async function autoConfirmReview(db: Db, assignmentId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const assignment = await tx.leadAssignment.findUnique({ where: { id: assignmentId } });
    if (!assignment?.isCurrent || !assignment.isProvisional) return false;
    await tx.leadAssignment.update({ where: { id: assignmentId }, data: { isProvisional: false } });
    await tx.leadEvent.create({ data: { leadId: assignment.leadId, workspaceId: assignment.workspaceId, type: "review_auto_confirmed", data: { assignmentId, repId: assignment.repId }, createdAt: now } });
    return true;
  });
}
