// What follows a routing decision, inside the same transaction: the rep alert (a job, with a
// signed accept link), the fallback queue owner's alert, the high-value review window and the
// speed-to-lead SLA timers (durable jobs with startAfter).
import type { DbTx } from "../../db/client";
import type { TJobQueue } from "../../jobs/job-queue";
import type { TJobRegistry } from "../../jobs/registry";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision, TRoutingLead } from "../../domain/routing/routing-types";
import { describeDecisionHeadline, describeSkipped } from "../../domain/routing/describe-decision";
import { sendEmail } from "../../mail/send-email";
import type { TMailConfig } from "../../mail/mail-config";
import { getLead } from "../leads/get-lead";
import { createAcceptToken } from "../assignments/accept-token";
import type { TRoutingState } from "./load-routing-state";
import { routingNames } from "./routing-names";
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
  state: TRoutingState;
  config: TRoutingConfig;
  lead: TRoutingLead;
}

const MINUTE = 60_000;
const DEFAULT_ACCEPT_TTL_MS = 7 * 24 * 60 * MINUTE;

export async function afterAssignment(tx: DbTx, ctx: TAfterAssignment, deps: TFollowUpDeps): Promise<void> {
  const { decision, assignmentId, config, input } = ctx;
  if (!assignmentId) return;
  const { sla, review } = config.policies;
  const isProvisional = decision.outcome === "assigned" && review !== null && (ctx.lead.estimatedValue ?? 0) >= review.minValue;
  if (isProvisional && review) {
    await tx.leadAssignment.update({ where: { id: assignmentId }, data: { isProvisional: true } });
    await tx.leadEvent.create({ data: { leadId: input.leadId, workspaceId: input.workspaceId, type: "review_requested", data: { assignmentId, reviewerUserId: review.reviewerUserId, windowMinutes: review.windowMinutes }, createdAt: input.now } });
    await deps.queue.send("routing.review-confirm", { assignmentId, workspaceId: input.workspaceId }, { tx, startAfter: new Date(input.now.getTime() + review.windowMinutes * MINUTE) });
  }
  if (decision.outcome === "assigned" && sla) {
    await deps.queue.send("routing.sla-remind", { assignmentId, workspaceId: input.workspaceId }, { tx, startAfter: new Date(input.now.getTime() + sla.remindAfterMinutes * MINUTE) });
    await deps.queue.send("routing.sla-reassign", { assignmentId, workspaceId: input.workspaceId }, { tx, startAfter: new Date(input.now.getTime() + sla.reassignAfterMinutes * MINUTE) });
  }
  const acceptBy = decision.outcome === "assigned" && sla ? new Date(input.now.getTime() + sla.reassignAfterMinutes * MINUTE) : null;
  await sendAssignmentAlert(tx, ctx, deps, { assignmentId, isProvisional, acceptBy, isReminder: false });
  if (isProvisional && review) await alertReviewer(tx, ctx, deps, review.reviewerUserId);
}

/** The alert to the lead's owner (or the fallback queue's owner), as an email job. */
export async function sendAssignmentAlert(
  tx: DbTx,
  ctx: Pick<TAfterAssignment, "input" | "decision" | "state" | "config">,
  deps: TFollowUpDeps,
  opts: { assignmentId: string; isProvisional: boolean; acceptBy: Date | null; isReminder: boolean },
): Promise<void> {
  const { input, decision, state } = ctx;
  const recipient = await recipientOf(tx, decision, ctx.config);
  if (!recipient) return;
  const lead = await getLead(tx, input.workspaceId, input.leadId);
  const names = routingNames(state.repNames, state.teamNames);
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { name: true } });
  const token = createAcceptToken(opts.assignmentId, opts.acceptBy ?? new Date(input.now.getTime() + DEFAULT_ACCEPT_TTL_MS), deps.authSecret);
  const skipped = describeSkipped(decision, names);
  await sendEmail(
    tx,
    {
      to: recipient.email,
      workspaceId: input.workspaceId,
      template: {
        name: "rep-alert",
        props: {
          repName: recipient.name,
          workspaceName: workspace.name,
          isReminder: opts.isReminder,
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
          reasons: [describeDecisionHeadline(decision, names), ...(skipped ? [skipped] : [])],
          answers: lead.answers.map((a) => ({ label: a.label, value: a.display })),
          acceptUrl: `${deps.appUrl}/accept/${token}`,
          leadUrl: `${deps.appUrl}/leads/${input.leadId}`,
          acceptBy: opts.acceptBy,
          isProvisional: opts.isProvisional,
        },
      },
    },
    { queue: deps.queue, config: deps.mail },
  );
}

async function recipientOf(tx: DbTx, decision: TRoutingDecision, config: TRoutingConfig): Promise<{ email: string; name: string } | null> {
  if (decision.outcome === "assigned" && decision.repId) {
    const rep = await tx.repProfile.findUnique({ where: { id: decision.repId }, include: { user: { select: { email: true, name: true } } } });
    return rep ? { email: rep.user.email, name: rep.user.name ?? rep.user.email } : null;
  }
  if (decision.outcome === "fallback") {
    const owner = await tx.user.findUnique({ where: { id: config.fallback.ownerUserId }, select: { email: true, name: true } });
    return owner ? { email: owner.email, name: owner.name ?? owner.email } : null;
  }
  return null;
}

async function alertReviewer(tx: DbTx, ctx: TAfterAssignment, deps: TFollowUpDeps, reviewerUserId: string): Promise<void> {
  const reviewer = await tx.user.findUnique({ where: { id: reviewerUserId }, select: { email: true, name: true } });
  if (!reviewer) return;
  await sendEmail(
    tx,
    {
      to: reviewer.email,
      workspaceId: ctx.input.workspaceId,
      template: {
        name: "review-request",
        props: {
          reviewerName: reviewer.name ?? reviewer.email,
          headline: describeDecisionHeadline(ctx.decision, routingNames(ctx.state.repNames, ctx.state.teamNames)),
          value: ctx.lead.estimatedValue,
          windowMinutes: ctx.config.policies.review?.windowMinutes ?? 0,
          leadUrl: `${deps.appUrl}/leads/${ctx.input.leadId}`,
        },
      },
    },
    { queue: deps.queue, config: deps.mail },
  );
}
