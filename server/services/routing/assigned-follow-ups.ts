// The "routing.assigned" job, after the routing transaction committed: schedules the assignment's
// timers (SLA reminder and reassignment for an assigned lead; the review auto-confirmation for a
// provisional one) — once, claimed by LeadAssignment.followUpsAt — and delivers the alert (and
// the review request). Idempotent: a retried job schedules nothing twice and the emails carry
// dedupe keys. No assignment with the job's id (the decision was nurture or disqualified): nothing.
import type { Db } from "../../db/client";
import { deliverAssignmentAlert } from "./assignment-alert";
import { emitWebhookEvent } from "../webhooks/webhook-jobs";
import type { TAssignedJob, TFollowUpDeps } from "./follow-up-jobs";

const MINUTE = 60_000;

export async function runAssignedFollowUps(db: Db, deps: TFollowUpDeps, job: TAssignedJob, now: Date): Promise<boolean> {
  const assignment = await db.leadAssignment.findFirst({
    where: { id: job.assignmentId, workspaceId: job.workspaceId },
    select: { kind: true, isProvisional: true, assignedAt: true, followUpsAt: true, leadId: true, repId: true, configVersion: true },
  });
  if (!assignment) return false;
  const isAssigned = assignment.kind !== "FALLBACK";
  const at = (minutes: number) => new Date(assignment.assignedAt.getTime() + minutes * MINUTE);
  const ids = { assignmentId: job.assignmentId, workspaceId: job.workspaceId };
  if (!assignment.followUpsAt) {
    await db.$transaction(async (tx) => {
      const claimed = await tx.leadAssignment.updateMany({ where: { id: job.assignmentId, followUpsAt: null }, data: { followUpsAt: now } });
      if (claimed.count === 0) return;
      // lead.routed / lead.reassigned: after the routing commit, once (the claim), never under the lock.
      const type = assignment.kind === "ROUTED" || assignment.kind === "FALLBACK" ? "lead.routed" : "lead.reassigned";
      const data = { lead: { id: assignment.leadId }, assignment: { id: job.assignmentId, kind: assignment.kind, repId: assignment.repId, isProvisional: assignment.isProvisional, assignedAt: assignment.assignedAt.toISOString(), configVersion: assignment.configVersion } };
      await emitWebhookEvent(tx, deps.queue, { workspaceId: job.workspaceId, type, at: assignment.assignedAt, data });
      if (assignment.isProvisional && job.review) await deps.queue.send("routing.review-confirm", ids, { tx, startAfter: at(job.review.windowMinutes) });
      if (isAssigned && job.sla) {
        await deps.queue.send("routing.sla-remind", ids, { tx, startAfter: at(job.sla.remindAfterMinutes) });
        await deps.queue.send("routing.sla-reassign", ids, { tx, startAfter: at(job.sla.reassignAfterMinutes) });
      }
    });
  }
  const acceptBy = isAssigned && job.sla ? at(job.sla.reassignAfterMinutes) : null;
  return deliverAssignmentAlert(db, deps, { ...ids, isProvisional: assignment.isProvisional, acceptByIso: acceptBy?.toISOString() ?? null, isReminder: false, review: assignment.isProvisional ? job.review : null }, now);
}
