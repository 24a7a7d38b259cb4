// What follows a routing decision, inside the same transaction and under the routing lock: job
// rows only. The alert to the rep (or the fallback queue's owner) and the high-value review
// request are rendered and stored after commit by the "routing.alert" job
// (assignment-alert.ts); the review window and the speed-to-lead SLA timers are durable jobs
// with startAfter. Nothing is rendered, read back or sent here: a rollback drops the job rows
// with the assignment, a commit makes them run.
import type { DbTx } from "../../db/client";
import type { TJobQueue } from "../../jobs/job-queue";
import type { TJobRegistry } from "../../jobs/registry";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision, TRoutingLead } from "../../domain/routing/routing-types";
import type { TMailConfig } from "../../mail/mail-config";
import type { TAssignmentAlert } from "./assignment-alert";
import type { TRouteLeadInput } from "./route-lead";

export interface TFollowUpDeps {
  /** A started queue (obtained before the transaction: PGlite is one connection). */
  queue: TJobQueue<TJobRegistry>;
  appUrl: string;
  authSecret: string;
  mail?: TMailConfig;
}

interface TAfterAssignment {
  input: TRouteLeadInput;
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
