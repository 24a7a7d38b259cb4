// The "routing.assigned" job, after the routing transaction committed: schedules the assignment's
// timers (SLA reminder and reassignment for an assigned lead; the review auto-confirmation for a
// provisional one) — once, claimed by LeadAssignment.followUpsAt — and delivers the alert (and
// the review request). Idempotent: a retried job schedules nothing twice and the emails carry
// dedupe keys. No assignment with the job's id (the decision was nurture or disqualified): nothing.
// Statements of a first run: the lead (one), the claim (one: it also reads the rep's time zone for
// the alert), the alert stored and marked sent (two); whether the prospect may be owed a booking
// link is decided from the lead already read (only then is it read again, late-booking-link.ts).
// The SLA runs from the rep's accept clock (LeadAssignment.slaStartsAt, stored by the claim): the
// assignment's time when the rep is at work, else their next working time (sla-clock-start.ts).
import { rawSqlOf, type Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { TRawSqlPool } from "../../db/raw-sql";
import { sendJobRows, type TJobRowsArgs, type TJobRowsSql } from "../../db/job-rows";
import type { TAssignmentRow, TLeadResourceData } from "../leads/lead-resource-data";
import { wasPromisedBookingLink } from "../../domain/booking/end-screen-wait";
import { deliverAssignmentAlert, loadAssignedLead } from "./assignment-alert";
import { webhookEventInsert } from "../webhooks/webhook-jobs";
import { loadSlaClockStart } from "./sla-clock-start";
import type { TAssignedJob, TFollowUpDeps, TFollowUpJobs } from "./follow-up-jobs";

type TFollowUpRow = TJobRowsArgs<TFollowUpJobs>;
type TClaimRow = { claimed: number; eventId: string | null; repTimeZone: string | null };

/** What a "routing.assigned" run did: whether anyone was alerted, and whether the prospect may be owed a booking link (the caller then checks it in full). */
export interface TAssignedRun {
  isDelivered: boolean;
  mayOweBookingLink: boolean;
}

const MINUTE = 60_000;

export async function runAssignedFollowUps(db: Db, deps: TFollowUpDeps, job: TAssignedJob, now: Date): Promise<boolean> {
  return (await runAssignedJob(db, deps, job, now)).isDelivered;
}

/** runAssignedFollowUps, also saying whether the booking link may be owed (mayOweBookingLink). */
export async function runAssignedJob(db: Db, deps: TFollowUpDeps, job: TAssignedJob, now: Date): Promise<TAssignedRun> {
  // ONE statement: the assignment (among its lead's) and the lead as the alert shows it, on the
  // thin client (raw-sql.ts), like the claim's below: one job per routed lead.
  const loaded = await loadAssignedLead(db, job);
  if (!loaded) return { isDelivered: false, mayOweBookingLink: false };
  const { assignment, resource } = loaded;
  const sql = rawSqlOf(db);
  const isAssigned = assignment.kind !== "FALLBACK";
  const ids = { assignmentId: job.assignmentId, workspaceId: job.workspaceId };
  // The rep's accept clock: read once (their availability, one statement, no lock) by the run that
  // may claim; as stored by the claim on a later run.
  const hasSla = isAssigned && job.sla !== null && assignment.repId !== null;
  const slaStartsAt = !hasSla ? null : assignment.followUpsAt ? (assignment.slaStartsAt ?? assignment.assignedAt) : await loadSlaClockStart(sql, job.workspaceId, assignment.repId!, assignment.assignedAt);
  // This run claimed the follow-ups now: no earlier run can have stored the alert (it is stored after the claim).
  const claim = assignment.followUpsAt ? null : await claimAndRead(sql, deps, job, { ...assignment, leadId: resource.detail.id, slaStartsAt }, now);
  const isFirstRun = claim?.claimed === true;
  // The rep's time zone as the claim read it: the alert does not read it again.
  const repTimeZone = claim && assignment.repId ? { repId: assignment.repId, timeZone: claim.repTimeZone } : undefined;
  const acceptBy = slaStartsAt && job.sla ? minutesAfter(slaStartsAt, job.sla.reassignAfterMinutes) : null;
  const alert = { ...ids, isProvisional: assignment.isProvisional, acceptByIso: acceptBy?.toISOString() ?? null, isReminder: false, review: assignment.isProvisional ? job.review : null };
  const isDelivered = await deliverAssignmentAlert(db, deps, alert, now, { loaded, isFirstRun, slaStartsAt, repTimeZone });
  return { isDelivered, mayOweBookingLink: mayOweBookingLink(assignment, resource) };
}

/**
 * Whether the lead's prospect may have been told "we'll email you a link to book" by the time this
 * assignment was made (wasPromisedBookingLink, over the lead's assignments up to this one), and the
 * assignment gives the lead a rep: the necessary conditions of enqueueBookingLinkAfterAssignment
 * (late-booking-link.ts), read from the lead the job already has. False for nearly every lead (routed
 * to a rep at submit): no further statement. True: the caller runs the full check, which reads afresh.
 */
export function mayOweBookingLink(assignment: Pick<TAssignmentRow, "isCurrent" | "repId" | "assignedAt">, resource: Pick<TLeadResourceData, "assignments"> & { detail: { submittedAt: Date } }): boolean {
  if (!assignment.isCurrent || !assignment.repId) return false;
  const steps = resource.assignments.filter((a) => a.assignedAt.getTime() <= assignment.assignedAt.getTime());
  return wasPromisedBookingLink(resource.detail.submittedAt, steps);
}

/**
 * What the claim needs of the assignment (the row as a follow-up job read it, and its lead's id),
 * with slaStartsAt the rep's accept clock as the caller computed it (loadSlaClockStart; null or
 * absent: the SLA timers run from assignedAt, as on rows from before the clock).
 */
export type TClaimedAssignment = Pick<TAssignmentRow, "kind" | "isProvisional" | "assignedAt" | "repId" | "configVersion"> & { leadId: string; slaStartsAt?: Date | null };

const minutesAfter = (from: Date, minutes: number) => new Date(from.getTime() + minutes * MINUTE);

/**
 * Claims the assignment's follow-ups (LeadAssignment.followUpsAt) and, only if this run claimed
 * them, writes the lead.routed / lead.reassigned webhook event (when an endpoint subscribes), its
 * fan-out job row and the timers' job rows: ONE statement with the app's queue (its rows as CTEs,
 * written only when the claim's CTE returned a row), so atomic without BEGIN and COMMIT; in one
 * transaction of two statements with a queue that cannot (a test's). True when this run claimed.
 */
export async function claimFollowUps(sql: TRawSqlPool, deps: TFollowUpDeps, job: TAssignedJob, assignment: TClaimedAssignment, now: Date): Promise<boolean> {
  return (await claimAndRead(sql, deps, job, assignment, now)).claimed;
}

/** claimFollowUps, whose statement also reads the assigned rep's time zone (null: no rep, or no profile in the workspace) for the alert. */
async function claimAndRead(sql: TRawSqlPool, deps: TFollowUpDeps, job: TAssignedJob, assignment: TClaimedAssignment, now: Date): Promise<{ claimed: boolean; repTimeZone: string | null }> {
  const ids = { assignmentId: job.assignmentId, workspaceId: job.workspaceId };
  const isAssigned = assignment.kind !== "FALLBACK";
  const timers: TFollowUpRow[] = [];
  // The review window is the manager's: from the assignment. The SLA is the rep's: from their clock.
  if (assignment.isProvisional && job.review) timers.push(["routing.review-confirm", ids, { startAfter: minutesAfter(assignment.assignedAt, job.review.windowMinutes) }]);
  const slaStartsAt = isAssigned && job.sla ? (assignment.slaStartsAt ?? assignment.assignedAt) : null;
  if (slaStartsAt && job.sla) timers.push(["routing.sla-remind", ids, { startAfter: minutesAfter(slaStartsAt, job.sla.remindAfterMinutes) }], ["routing.sla-reassign", ids, { startAfter: minutesAfter(slaStartsAt, job.sla.reassignAfterMinutes) }]);
  // lead.routed / lead.reassigned: after the routing commit, once (the claim), never under the lock
  // — except a reassignment's, which its own transaction wrote (lead-reassigned-webhook.ts): none here.
  const type = assignment.kind === "ROUTED" || assignment.kind === "FALLBACK" ? "lead.routed" : "lead.reassigned";
  const sendsEvent = job.isReassignment !== true;
  const data = { lead: { id: assignment.leadId }, assignment: { id: job.assignmentId, kind: assignment.kind, repId: assignment.repId, isProvisional: assignment.isProvisional, assignedAt: assignment.assignedAt.toISOString(), configVersion: assignment.configVersion } };
  const event = webhookEventInsert({ workspaceId: job.workspaceId, type, at: assignment.assignedAt, data }, sendsEvent ? Prisma.sql`EXISTS (SELECT 1 FROM claimed)` : Prisma.sql`FALSE`);
  // The claim, the event row (only if claimed) and, given, job rows (their own conditions); and,
  // read alongside, the rep's time zone (the alert's recipient's, assignment-alert.ts recipientOf).
  const repTimeZone = assignment.repId
    ? Prisma.sql`(SELECT p."timeZone" FROM "RepProfile" p WHERE p."id" = ${assignment.repId} AND p."workspaceId" = ${job.workspaceId})`
    : Prisma.sql`NULL::text`;
  const claimSql = (rows: TJobRowsSql | null) => Prisma.sql`
    WITH claimed AS (
      UPDATE "LeadAssignment" SET "followUpsAt" = ${now}, "slaStartsAt" = ${slaStartsAt}
      WHERE "id" = ${job.assignmentId} AND "workspaceId" = ${job.workspaceId} AND "followUpsAt" IS NULL
      RETURNING "id"),
    event AS (${event.sql})${rows ? Prisma.sql`,\n${rows.ctes}` : Prisma.empty}
    SELECT (SELECT count(*) FROM claimed)::int AS "claimed", (SELECT "id" FROM event) AS "eventId", ${repTimeZone} AS "repTimeZone"${rows ? Prisma.sql`, ${rows.columns}` : Prisma.empty}`;
  const fanOut = ["webhooks.fan-out", { eventId: event.id, workspaceId: job.workspaceId }] as const satisfies TFollowUpRow;
  await deps.queue.start(); // before any statement (PGlite is one connection)
  if (deps.queue.rowsSql) {
    // The fan-out row only with the event row (an endpoint subscribes), the timers with the claim.
    const eventRows = await deps.queue.rowsSql([fanOut], { name: "fan_out", onlyIf: Prisma.sql`EXISTS (SELECT 1 FROM event)` });
    const timerRows = timers.length > 0 ? await deps.queue.rowsSql(timers, { name: "timer", onlyIf: Prisma.sql`EXISTS (SELECT 1 FROM claimed)` }) : null;
    const rows = timerRows ? { ctes: Prisma.sql`${eventRows.ctes},\n${timerRows.ctes}`, columns: Prisma.sql`${eventRows.columns}, ${timerRows.columns}` } : eventRows;
    const [row] = await sql.$queryRaw<TClaimRow[]>(claimSql(rows));
    return { claimed: Boolean(row?.claimed), repTimeZone: row?.repTimeZone ?? null };
  }
  return sql.transaction(async (tx) => {
    const [row] = await tx.$queryRaw<TClaimRow[]>(claimSql(null));
    const read = { claimed: Boolean(row?.claimed), repTimeZone: row?.repTimeZone ?? null };
    if (read.claimed) await sendJobRows(deps.queue, row!.eventId ? [fanOut, ...timers] : timers, tx);
    return read;
  });
}
