// What follows a routing decision, inside the same transaction and under the routing lock: job
// rows only. The alert to the rep (or the fallback queue's owner) and the high-value review
// request are rendered and stored after commit by the "routing.alert" job
// (assignment-alert.ts); the review window and the speed-to-lead SLA timers are durable jobs
// with startAfter. Nothing is rendered, read back or sent here: a rollback drops the job rows
// with the assignment, a commit makes them run.
import type { DbTx } from "../../db/client";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision, TRoutingLead } from "../../domain/routing/routing-types";
import type { TAssignmentAlert, TFollowUpDeps, TFollowUpQueue } from "./follow-up-jobs";

export type { TFollowUpDeps, TFollowUpQueue };

interface TAfterAssignment {
  input: { workspaceId: string; leadId: string; now: Date };
  decision: TRoutingDecision;
  assignmentId: string | null;
  config: TRoutingConfig;
  lead: Pick<TRoutingLead, "estimatedValue">;
}

const MINUTE = 60_000;

export async function afterAssignment(tx: DbTx, ctx: TAfterAssignment, deps: Pick<TFollowUpDeps, "queue">): Promise<void> {
  const { decision, assignmentId, config, input } = ctx;
  if (!assignmentId) return;
  const { sla, review } = config.policies;
  const isProvisional = decision.outcome === "assigned" && review !== null && (ctx.lead.estimatedValue ?? 0) >= review.minValue;
  const job = { assignmentId, workspaceId: input.workspaceId };
  if (isProvisional && review) {
    await tx.leadAssignment.update({ where: { id: assignmentId }, data: { isProvisional: true } });
    await tx.leadEvent.create({ data: { leadId: input.leadId, workspaceId: input.workspaceId, type: "review_requested", data: { assignmentId, reviewerUserId: review.reviewerUserId, windowMinutes: review.windowMinutes }, createdAt: input.now } });
    await deps.queue.send("routing.review-confirm", job, { tx, startAfter: new Date(input.now.getTime() + review.windowMinutes * MINUTE) });
  }
  if (decision.outcome === "assigned" && sla) {
    await deps.queue.send("routing.sla-remind", job, { tx, startAfter: new Date(input.now.getTime() + sla.remindAfterMinutes * MINUTE) });
    await deps.queue.send("routing.sla-reassign", job, { tx, startAfter: new Date(input.now.getTime() + sla.reassignAfterMinutes * MINUTE) });
  }
  const acceptBy = decision.outcome === "assigned" && sla ? new Date(input.now.getTime() + sla.reassignAfterMinutes * MINUTE) : null;
  await enqueueAssignmentAlert(tx, deps, {
    ...job,
    isProvisional,
    acceptByIso: acceptBy?.toISOString() ?? null,
    isReminder: false,
    review: isProvisional && review ? { reviewerUserId: review.reviewerUserId, windowMinutes: review.windowMinutes, value: ctx.lead.estimatedValue } : null,
  });
}

/** The job row that will render and store the assignment's alert after the transaction commits. */
export async function enqueueAssignmentAlert(tx: DbTx, deps: Pick<TFollowUpDeps, "queue">, alert: TAssignmentAlert): Promise<void> {
  await deps.queue.send("routing.alert", alert, { tx });
}
