// The "routing.assigned" job, after the routing transaction committed: schedules the assignment's
// timers (SLA reminder and reassignment for an assigned lead; the review auto-confirmation for a
// provisional one) — once, claimed by LeadAssignment.followUpsAt — and delivers the alert (and
// the review request). Idempotent: a retried job schedules nothing twice and the emails carry
// dedupe keys. No assignment with the job's id (the decision was nurture or disqualified): nothing.
import { rawSqlOf, type Db } from "../../db/client";
import { Prisma, type LeadAssignment } from "../../db/generated/client";
import type { TRawSqlPool } from "../../db/raw-sql";
import { sendJobRows, type TJobRowsArgs } from "../../db/job-rows";
import { deliverAssignmentAlert, loadAssignment } from "./assignment-alert";
import { webhookEventInsert } from "../webhooks/webhook-jobs";
import type { TAssignedJob, TFollowUpDeps, TFollowUpJobs } from "./follow-up-jobs";

type TFollowUpRow = TJobRowsArgs<TFollowUpJobs>;

const MINUTE = 60_000;

export async function runAssignedFollowUps(db: Db, deps: TFollowUpDeps, job: TAssignedJob, now: Date): Promise<boolean> {
  // The whole row: the alert below uses it as read here (one read of the assignment per job).
  // On the thin client (raw-sql.ts), like the claim's transaction below: one job per routed lead.
  const sql = rawSqlOf(db);
  const assignment = await loadAssignment(sql, job.assignmentId, job.workspaceId);
  if (!assignment) return false;
  const isAssigned = assignment.kind !== "FALLBACK";
  const ids = { assignmentId: job.assignmentId, workspaceId: job.workspaceId };
  // This run claimed the follow-ups now: no earlier run can have stored the alert (it is stored after the claim).
  const isFirstRun = !assignment.followUpsAt && (await claimFollowUps(sql, deps, job, assignment, now));
  const acceptBy = isAssigned && job.sla ? minutesAfter(assignment, job.sla.reassignAfterMinutes) : null;
  return deliverAssignmentAlert(db, deps, { ...ids, isProvisional: assignment.isProvisional, acceptByIso: acceptBy?.toISOString() ?? null, isReminder: false, review: assignment.isProvisional ? job.review : null }, now, { loaded: assignment, isFirstRun });
}

const minutesAfter = (assignment: LeadAssignment, minutes: number) => new Date(assignment.assignedAt.getTime() + minutes * MINUTE);

/**
 * In one transaction: claims the assignment's follow-ups (LeadAssignment.followUpsAt), writes the
 * lead.routed / lead.reassigned webhook event and the timers and the event's fan-out job rows —
 * only if this run claimed them. True when it did.
 */
async function claimFollowUps(sql: TRawSqlPool, deps: TFollowUpDeps, job: TAssignedJob, assignment: LeadAssignment, now: Date): Promise<boolean> {
  const ids = { assignmentId: job.assignmentId, workspaceId: job.workspaceId };
  const isAssigned = assignment.kind !== "FALLBACK";
  const timers: TFollowUpRow[] = [];
  if (assignment.isProvisional && job.review) timers.push(["routing.review-confirm", ids, { startAfter: minutesAfter(assignment, job.review.windowMinutes) }]);
  if (isAssigned && job.sla) timers.push(["routing.sla-remind", ids, { startAfter: minutesAfter(assignment, job.sla.remindAfterMinutes) }], ["routing.sla-reassign", ids, { startAfter: minutesAfter(assignment, job.sla.reassignAfterMinutes) }]);
  await deps.queue.start(); // before the transaction (PGlite is one connection)
  return sql.transaction(async (tx) => {
    // lead.routed / lead.reassigned: after the routing commit, once (the claim), never under the lock.
    const type = assignment.kind === "ROUTED" || assignment.kind === "FALLBACK" ? "lead.routed" : "lead.reassigned";
    const data = { lead: { id: assignment.leadId }, assignment: { id: job.assignmentId, kind: assignment.kind, repId: assignment.repId, isProvisional: assignment.isProvisional, assignedAt: assignment.assignedAt.toISOString(), configVersion: assignment.configVersion } };
    // One statement claims the follow-ups and writes the webhook event row only if this run
    // claimed them (and an endpoint subscribes).
    const event = webhookEventInsert({ workspaceId: job.workspaceId, type, at: assignment.assignedAt, data }, Prisma.sql`EXISTS (SELECT 1 FROM claimed)`);
    const [claim] = await tx.$queryRaw<{ claimed: number; eventId: string | null }[]>`
      WITH claimed AS (
        UPDATE "LeadAssignment" SET "followUpsAt" = ${now}
        WHERE "id" = ${job.assignmentId} AND "workspaceId" = ${job.workspaceId} AND "followUpsAt" IS NULL
        RETURNING "id"),
      event AS (${event.sql})
      SELECT (SELECT count(*) FROM claimed)::int AS "claimed", (SELECT "id" FROM event) AS "eventId"`;
    if (!claim?.claimed) return false;
    // The timers and the event's fan-out: one more statement (the app's queue), same rows as one send each.
    const rows: TFollowUpRow[] = claim.eventId ? [["webhooks.fan-out", { eventId: claim.eventId, workspaceId: job.workspaceId }], ...timers] : timers;
    await sendJobRows(deps.queue, rows, tx);
    return true;
  });
}
