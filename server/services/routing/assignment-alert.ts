// The alert of an assignment, delivered AFTER the routing transaction committed (job
// "routing.alert"): loads the assignment, its decision, the lead and the names, renders the rep
// (or fallback owner) alert with a signed accept link and, for a provisional high-value
// assignment, the reviewer's request — and stores them as outbox emails. Under the routing lock
// only the job row was written (after-assignment.ts), so nothing here slows routing down.
// Idempotent: each email has a dedupe key, so a retried job sends nothing twice.
import type { Db, DbTx } from "../../db/client";
import { describeDecisionHeadline, describeSkipped } from "../../domain/routing/describe-decision";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { sendEmail } from "../../mail/send-email";
import { createAcceptToken } from "../assignments/accept-token";
import { getLead } from "../leads/get-lead";
import type { TAssignmentAlert, TFollowUpDeps } from "./follow-up-jobs";
import { routingNames } from "./routing-names";

export type { TAssignmentAlert };

const DEFAULT_ACCEPT_TTL_MS = 7 * 24 * 3600_000;

/** Stores the alert emails of an assignment (and the review request); false when there is nobody to tell. */
export async function deliverAssignmentAlert(db: Db, deps: TFollowUpDeps, alert: TAssignmentAlert, now: Date): Promise<boolean> {
  const assignment = await db.leadAssignment.findFirst({ where: { id: alert.assignmentId, workspaceId: alert.workspaceId } });
  // Moved on before the alert went out (reassigned, returned): the new owner gets their own.
  if (!assignment?.isCurrent) return false;
  const decision = assignment.decision as unknown as TRoutingDecision;
  const recipient = await recipientOf(db, decision);
  const names = await workspaceNames(db, alert.workspaceId);
  const lead = await getLead(db, alert.workspaceId, assignment.leadId);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: alert.workspaceId }, select: { name: true } });
  const acceptBy = alert.acceptByIso ? new Date(alert.acceptByIso) : null;
  const token = createAcceptToken(assignment.id, acceptBy ?? new Date(now.getTime() + DEFAULT_ACCEPT_TTL_MS), deps.authSecret);
  const skipped = describeSkipped(decision, names);
  const headline = describeDecisionHeadline(decision, names);
  const leadUrl = `${deps.appUrl}/leads/${assignment.leadId}`;
  const mail = { queue: deps.queue, config: deps.mail };

  if (recipient) {
    await sendEmail(
      db,
      {
        to: recipient.email,
        workspaceId: alert.workspaceId,
        dedupeKey: `${alert.isReminder ? "alert-reminder" : "alert"}:${assignment.id}`,
        template: {
          name: "rep-alert",
          props: {
            repName: recipient.name,
            workspaceName: workspace.name,
            isReminder: alert.isReminder,
            fallbackQueue: decision.outcome === "fallback" ? (decision.queue?.name ?? "Fallback") : null,
            lead: {
              name: lead.person?.name ?? lead.person?.email ?? "Unknown",
              email: lead.person?.email ?? "",
              company: lead.person?.company ?? null,
              tierLabel: lead.tierLabel,
              score: lead.scoreTotal,
              estimatedValue: lead.estimatedValue ? `${lead.currency} ${Number(lead.estimatedValue).toLocaleString("en-US")}` : null,
            },
            dimensions: lead.dimensions.map((d) => ({ label: d.label, points: d.points })),
            breakdown: lead.breakdown.map((b) => b.explanation),
            reasons: [headline, ...(skipped ? [skipped] : [])],
            answers: lead.answers.map((a) => ({ label: a.label, value: a.display })),
            acceptUrl: `${deps.appUrl}/accept/${token}`,
            leadUrl,
            acceptBy,
            isProvisional: alert.isProvisional,
          },
        },
      },
      mail,
    );
  }
  if (alert.review) {
    const reviewer = await db.user.findUnique({ where: { id: alert.review.reviewerUserId }, select: { email: true, name: true } });
    if (reviewer) {
      await sendEmail(
        db,
        {
          to: reviewer.email,
          workspaceId: alert.workspaceId,
          dedupeKey: `review:${assignment.id}`,
          template: { name: "review-request", props: { reviewerName: reviewer.name ?? reviewer.email, headline, value: alert.review.value, windowMinutes: alert.review.windowMinutes, leadUrl } },
        },
        mail,
      );
    }
  }
  return recipient !== null;
}

async function recipientOf(db: Db | DbTx, decision: TRoutingDecision): Promise<{ email: string; name: string } | null> {
  if (decision.outcome === "assigned" && decision.repId) {
    const rep = await db.repProfile.findUnique({ where: { id: decision.repId }, include: { user: { select: { email: true, name: true } } } });
    return rep ? { email: rep.user.email, name: rep.user.name ?? rep.user.email } : null;
  }
  if (decision.outcome === "fallback" && decision.queue) {
    const owner = await db.user.findUnique({ where: { id: decision.queue.ownerUserId }, select: { email: true, name: true } });
    return owner ? { email: owner.email, name: owner.name ?? owner.email } : null;
  }
  return null;
}

async function workspaceNames(db: Db | DbTx, workspaceId: string) {
  const reps = await db.repProfile.findMany({ where: { workspaceId }, select: { id: true, user: { select: { name: true, email: true } } } });
  const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  return routingNames(new Map(reps.map((r) => [r.id, r.user.name ?? r.user.email])), new Map(teams.map((t) => [t.id, t.name])));
}
