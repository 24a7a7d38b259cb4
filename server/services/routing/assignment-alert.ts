// The alert of an assignment, delivered AFTER the routing transaction committed (jobs
// "routing.assigned" and "routing.alert"): loads the assignment, its decision, the lead and the
// names (one statement), renders the rep (or fallback owner) alert with a signed accept link and, for a
// provisional high-value assignment, the reviewer's request — stores each as an outbox email and
// hands it to the mail transport at once, in this job (sendEmailNow); only a failed delivery
// becomes a "mail.send" job with retries. Under the routing lock only the job row was written
// (after-assignment.ts), so nothing here slows routing down. Idempotent: each email has a dedupe
// key, and a stored email already sent or attempted is not sent again by a retried job.
import { rawSqlOf, type Db, type DbTx } from "../../db/client";
import { leadShown } from "../../domain/leads/lead-contact";
import { leadPhone } from "../../domain/leads/lead-phone";
import { describeDecisionHeadline, describeSkipped } from "../../domain/routing/describe-decision";
import { reassignmentNoticeOf, SLA_REASSIGN_NOTE, type TReassignmentNotice } from "../../domain/routing/reassignment-notice";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import { sendEmailNow } from "../../mail/deliver-now";
import { createAcceptToken } from "../assignments/accept-token";
import { nextMeetingWithOtherRep, type TMeetingForAlert } from "../bookings/departed-rep-meetings";
import { loadLeadResourceDataOfAssignment, type TAssignmentRow, type TLeadResourceData } from "../leads/lead-resource-data";
import type { TAssignmentAlert, TFollowUpDeps } from "./follow-up-jobs";
import { routingNamesOf } from "./routing-names";
import { loadSlaClockDeferral } from "./sla-clock-start";

export type { TAssignmentAlert };

const DEFAULT_ACCEPT_TTL_MS = 7 * 24 * 3600_000;

/** What the caller's job already knows (assigned-follow-ups.ts). */
export interface TAlertKnown {
  /** The assignment and its lead as the job just read them (loadAssignedLead): not read again. */
  loaded?: { assignment: Pick<TAssignmentRow, "id" | "isCurrent" | "decision" | "assignedAt" | "slaStartsAt">; resource: TLeadResourceData };
  /** The rep's accept clock as this run computed it (stored by its claim after `loaded` was read). */
  slaStartsAt?: Date | null;
  /** This run just claimed the assignment's follow-ups, so no run stored its emails yet: stored without a look-up first. */
  isFirstRun?: boolean;
  /** The assigned rep's time zone as the caller's statement read it (null: no rep profile in the workspace): not read again for that rep. */
  repTimeZone?: { repId: string; timeZone: string | null };
}

/** Stores and delivers the alert emails of an assignment (and the review request); false when there is nobody to tell. */
export async function deliverAssignmentAlert(db: Db, deps: TFollowUpDeps, alert: TAssignmentAlert, now: Date, { loaded, isFirstRun = false, slaStartsAt, repTimeZone }: TAlertKnown = {}): Promise<boolean> {
  // One statement: the lead as its page shows it, its assignments, the workspace's reps and teams (names), its name.
  const { assignment, resource } = loaded ?? (await loadAssignedLead(db, alert)) ?? {};
  // Moved on before the alert went out (reassigned, returned): the new owner gets their own.
  if (!assignment?.isCurrent || !resource) return false;
  const decision = readStoredDecision(assignment.decision);
  if (!decision) throw new Error(`Assignment ${assignment.id} has no readable decision record`);
  const { detail: lead, reps, teams, workspaceName } = resource;
  const repById = new Map(reps.map((r) => [r.id, { email: r.email, name: r.name ?? r.email }]));
  const recipient = await recipientOf(db, alert.workspaceId, decision, repById, repTimeZone);
  const names = routingNamesOf({ reps, teams });
  const acceptBy = alert.acceptByIso ? new Date(alert.acceptByIso) : null;
  // Assigned off duty: the first alert says when the rep's clock starts (a reminder comes after it).
  const clockStart = slaStartsAt ?? assignment.slaStartsAt;
  const clockStartsAt = acceptBy && !alert.isReminder && clockStart && clockStart.getTime() > assignment.assignedAt.getTime() ? clockStart : null;
  const token = createAcceptToken(assignment.id, acceptBy ?? new Date(now.getTime() + DEFAULT_ACCEPT_TTL_MS), deps.authSecret);
  const skipped = describeSkipped(decision, names);
  const headline = describeDecisionHeadline(decision, names);
  const leadUrl = `${deps.appUrl}/leads/${lead.id}`;
  // The name the lead gave, with or without an email (the template says "no email given" then).
  const shown = leadShown(lead, lead.person, "Unknown person");
  const mail = { queue: deps.queue, config: deps.mail, isNew: isFirstRun };

  if (recipient) {
    // A reassigned lead: who reassigned it, from whom, why; and the prospect's meeting with another
    // rep — one who left (removed, now a Marketer) is the new owner's to take, one still at work
    // keeps it. Only a lead that had an owner before (or a person chose this one) reads more.
    const repId = decision.outcome === "assigned" ? decision.repId : null;
    const [{ reassigned, meeting }, zone] = await Promise.all([
      reassignmentOf(db, alert.workspaceId, resource, { id: assignment.id, reasonCodes: decision.reasons.map((r) => r.code) }, repId, now),
      // Times in the recipient's own zone; a clock that starts later says why (their availability
      // as the clock read it: one statement, only for a lead that reached them away).
      clockStartsAt && repId ? loadSlaClockDeferral(rawSqlOf(db), alert.workspaceId, repId, assignment.assignedAt) : null,
    ]);
    await sendEmailNow(
      db,
      {
        to: recipient.email,
        workspaceId: alert.workspaceId,
        dedupeKey: `${alert.isReminder ? "alert-reminder" : "alert"}:${assignment.id}`,
        template: {
          name: "rep-alert",
          props: {
            repName: recipient.name,
            workspaceName,
            isReminder: alert.isReminder,
            fallbackQueue: decision.outcome === "fallback" ? (decision.queue?.name ?? "Fallback") : null,
            lead: {
              name: shown.name,
              email: lead.person?.email ?? "",
              phone: leadPhone(lead.contactPhone ?? lead.person?.phone, lead.answers),
              company: shown.company,
              tierLabel: lead.tierLabel,
              score: lead.scoreTotal,
              estimatedValue: lead.estimatedValue,
              currency: lead.currency,
            },
            dimensions: lead.dimensions.map((d) => ({ label: d.label, points: d.points })),
            breakdown: lead.breakdown.map((b) => b.explanation),
            reasons: [headline, ...(skipped ? [skipped] : [])],
            answers: lead.answers.map((a) => ({ label: a.label, value: a.display })),
            acceptUrl: `${deps.appUrl}/accept/${token}`,
            leadUrl,
            acceptBy,
            clockStartsAt,
            clockDeferral: zone?.deferral ?? null,
            timeZone: zone?.timeZone ?? recipient.timeZone,
            isProvisional: alert.isProvisional,
            reassigned,
            meetingWithOtherRep: meeting,
          },
        },
      },
      mail,
    );
  }
  if (alert.review) {
    const reviewer = await db.user.findUnique({ where: { id: alert.review.reviewerUserId }, select: { email: true, name: true } });
    if (reviewer) {
      await sendEmailNow(
        db,
        {
          to: reviewer.email,
          workspaceId: alert.workspaceId,
          dedupeKey: `review:${assignment.id}`,
          template: { name: "review-request", props: { reviewerName: reviewer.name ?? reviewer.email, lead: { name: shown.name, company: shown.company }, headline, value: reviewValueOf(lead.estimatedValue, alert.review.value), currency: lead.currency, workspaceName, windowMinutes: alert.review.windowMinutes, leadUrl } },
        },
        mail,
      );
    }
  }
  return recipient !== null;
}

/** The assignment of a follow-up job (in its workspace) and its lead, in one statement on the thin client; null when there is none. */
export async function loadAssignedLead(db: Db, ids: Pick<TAssignmentAlert, "assignmentId" | "workspaceId">): Promise<{ assignment: TAssignmentRow; resource: TLeadResourceData } | null> {
  const resource = await loadLeadResourceDataOfAssignment(rawSqlOf(db), ids.workspaceId, ids.assignmentId);
  const assignment = resource?.assignments.find((a) => a.id === ids.assignmentId);
  return resource && assignment ? { assignment, resource } : null;
}

/** The reassignment notice of the assignment (null for a new lead) and, when the lead had an owner before, its next meeting with another rep than `ownerRepId`. */
async function reassignmentOf(db: Db, workspaceId: string, resource: TLeadResourceData, current: { id: string; reasonCodes: readonly string[] }, ownerRepId: string | null, now: Date): Promise<{ reassigned: TReassignmentNotice | null; meeting: TMeetingForAlert | null }> {
  const index = resource.assignments.findIndex((a) => a.id === current.id);
  const row = resource.assignments[index];
  if (!row || (index === 0 && row.kind !== "MANUAL")) return { reassigned: null, meeting: null };
  const previous = index > 0 ? resource.assignments[index - 1]! : null;
  const repName = (id: string | null | undefined) => {
    const rep = id ? resource.reps.find((r) => r.id === id) : undefined;
    return rep ? (rep.name ?? rep.email) : null;
  };
  const [by, meeting] = await Promise.all([
    row.byUserId ? db.user.findUnique({ where: { id: row.byUserId }, select: { name: true, email: true, repProfiles: { where: { workspaceId }, select: { id: true } } } }) : null,
    previous ? nextMeetingWithOtherRep(db, { workspaceId, leadId: resource.detail.id, ownerRepId, now }) : null,
  ]);
  const byKnown = by ? { name: by.name ?? by.email, isFromRep: !!previous?.repId && by.repProfiles.some((r) => r.id === previous.repId) } : null;
  // A lead taken from its rep that no other rep could take is stored as FALLBACK (save-decision.ts):
  // its queue's owner is told from whom and why, as a rep would be — after the SLA (the note the
  // SLA job writes, follow-ups.ts), else as the reassignment it was (returned, handed on, a person).
  const kind = row.kind === "FALLBACK" && previous?.repId ? (row.note.trim() === SLA_REASSIGN_NOTE ? "SLA_REASSIGNED" : "REASSIGNED") : row.kind;
  return { reassigned: reassignmentNoticeOf({ ...row, kind, reasonCodes: current.reasonCodes }, { fromRepName: repName(previous?.repId), by: byKnown }), meeting };
}

type TRecipient = { email: string; name: string };

/** The alert's recipient with their time zone: a rep's own; a fallback queue owner's rep profile's in this workspace, else UTC. */
async function recipientOf(db: Db | DbTx, workspaceId: string, decision: TRoutingDecision, repById: ReadonlyMap<string, TRecipient>, known?: TAlertKnown["repTimeZone"]): Promise<(TRecipient & { timeZone: string }) | null> {
  if (decision.outcome === "assigned" && decision.repId) {
    const rep = repById.get(decision.repId);
    if (!rep) return null;
    const timeZone = known?.repId === decision.repId ? known.timeZone : (await db.repProfile.findFirst({ where: { id: decision.repId, workspaceId }, select: { timeZone: true } }))?.timeZone;
    return { ...rep, timeZone: timeZone ?? "UTC" };
  }
  if (decision.outcome === "fallback" && decision.queue) {
    const owner = await db.user.findUnique({ where: { id: decision.queue.ownerUserId }, select: { email: true, name: true, repProfiles: { where: { workspaceId }, select: { timeZone: true }, take: 1 } } });
    return owner ? { email: owner.email, name: owner.name ?? owner.email, timeZone: owner.repProfiles[0]?.timeZone ?? "UTC" } : null;
  }
  return null;
}

/** The value the review email names: the lead's own amount in its own currency (the review's value is in the routing currency, converted at intake). */
function reviewValueOf(estimatedValue: string | number | null, routingValue: number | null): number | null {
  return estimatedValue === null ? routingValue : Number(estimatedValue);
}
