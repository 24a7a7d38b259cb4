// What follows a routing decision is written as ONE job row, before the routing lock is taken
// (the assignment's id is chosen up front): "routing.assigned". After commit its handler
// (assigned-follow-ups.ts) schedules the SLA and review timers and delivers the alert. Nothing is
// rendered, read back or sent in the routing transaction; a rollback drops the job row with the
// lead, a commit makes it run.
import type { TRawSql } from "../../db/raw-sql";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TAssignedJob, TAssignmentAlert, TFollowUpDeps, TFollowUpQueue } from "./follow-up-jobs";

export type { TFollowUpDeps, TFollowUpQueue };

/** A lead of this value gets a provisional assignment under the config's review policy. */
export function needsReview(config: Pick<TRoutingConfig, "policies">, estimatedValue: number | null): boolean {
  const { review } = config.policies;
  return review !== null && (estimatedValue ?? 0) >= review.minValue;
}

export function assignedJobOf(config: Pick<TRoutingConfig, "policies">, ids: { assignmentId: string; workspaceId: string }, estimatedValue: number | null): TAssignedJob {
  const { sla, review } = config.policies;
  return {
    ...ids,
    sla: sla ? { remindAfterMinutes: sla.remindAfterMinutes, reassignAfterMinutes: sla.reassignAfterMinutes } : null,
    review: review && needsReview(config, estimatedValue) ? { reviewerUserId: review.reviewerUserId, windowMinutes: review.windowMinutes, value: estimatedValue } : null,
  };
}

export async function enqueueAssignedJob(tx: TRawSql, deps: Pick<TFollowUpDeps, "queue">, job: TAssignedJob): Promise<void> {
  await deps.queue.send("routing.assigned", job, { tx });
}

/** The job row that will render and store an assignment's alert after the transaction commits (reminders, manual reassignments). */
export async function enqueueAssignmentAlert(tx: TRawSql, deps: Pick<TFollowUpDeps, "queue">, alert: TAssignmentAlert): Promise<void> {
  await deps.queue.send("routing.alert", alert, { tx });
}
