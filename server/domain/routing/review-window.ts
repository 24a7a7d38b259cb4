// When a provisional (high-value) assignment's review window ends, from rows already read: the
// window its "review_requested" event recorded for that assignment (the policy when it was routed),
// else the published policy's window; null when neither has one. Pure: the inbox reads the events
// with its leads (one query for all rows) and calls this per row; a manager's review decision
// (server/services/assignments/review-decision.ts reviewDeadline) reads one lead's events and calls it.
const MINUTE = 60_000;

export interface TReviewedAssignment {
  id: string;
  assignedAt: Date;
}

/** A "review_requested" event's data: { assignmentId, windowMinutes, reviewerUserId }. */
export type TReviewRequestData = unknown;

export function reviewWindowEnd(assignment: TReviewedAssignment, requested: readonly TReviewRequestData[], publishedWindowMinutes: number | null): Date | null {
  const event = requested.find((data): data is { assignmentId: string; windowMinutes?: unknown } => typeof data === "object" && data !== null && (data as { assignmentId?: unknown }).assignmentId === assignment.id);
  const minutes = typeof event?.windowMinutes === "number" ? event.windowMinutes : publishedWindowMinutes;
  return minutes === null ? null : new Date(assignment.assignedAt.getTime() + minutes * MINUTE);
}
