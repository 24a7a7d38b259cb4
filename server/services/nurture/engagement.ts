// Engagement of an enrolled lead — a tracked click, a return visit or submission — adds intent
// points (workspace nurture settings); the tier is recomputed from score + intent with the form
// version's tiers (workspace defaults without a form). Crossing into sales-ready graduates the lead
// in ONE transaction: the enrolment exits ("graduated", the engagement on the timeline), the lead's
// tier becomes sales-ready, routing runs again with nurture paths skipped and the reason
// NURTURE_GRADUATED (the rep's alert follows from routing's own job row) and the nurture.graduated
// webhook event row is written. A click counts once per email.
import type { Db, DbTx } from "../../db/client";
import { DEFAULT_TIERS, scoreEngagement, type TEngagementKind, type TTier } from "../../domain/nurture/graduation";
import { markdownToBlocks, linksOf } from "../../domain/nurture/markdown-blocks";
import { ZSequenceDefinition } from "../../domain/nurture/sequence-definition";
import { ZScoringModel } from "../../domain/scoring/model";
import { routeLeadInTx } from "../routing/route-lead";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { emitWebhookEvent } from "../webhooks/webhook-jobs";
import { exitEnrollments } from "./enrollment";
import { loadNurtureSettings } from "./nurture-settings";

export interface TEngagementOutcome {
  isGraduated: boolean;
  intentPoints: number;
  assignedRepId: string | null;
}

async function tiersOf(tx: DbTx, formVersionId: string | null): Promise<readonly TTier[]> {
  if (!formVersionId) return DEFAULT_TIERS;
  const version = await tx.formVersion.findUnique({ where: { id: formVersionId }, select: { scoring: true } });
  const parsed = ZScoringModel.safeParse(version?.scoring);
  return parsed.success ? parsed.data.tiers : DEFAULT_TIERS;
}

/** Records one engagement in the caller's transaction; graduates the lead when it crosses into sales-ready. */
export async function recordEngagementInTx(tx: DbTx, deps: TFollowUpDeps, input: { workspaceId: string; enrollmentId: string; kind: TEngagementKind; now: Date; detail?: Record<string, unknown> }): Promise<TEngagementOutcome | null> {
  const { workspaceId, now } = input;
  const enrollment = await tx.nurtureEnrollment.findFirst({ where: { id: input.enrollmentId, workspaceId }, include: { lead: { select: { id: true, scoreTotal: true, tier: true, knockedOutBy: true, formVersionId: true } } } });
  if (!enrollment || enrollment.status !== "ACTIVE") return null;
  const settings = await loadNurtureSettings(tx, workspaceId);
  const { lead } = enrollment;
  const result = scoreEngagement({
    kind: input.kind,
    scoreTotal: lead.scoreTotal,
    intentPoints: enrollment.intentPoints,
    currentTier: lead.tier,
    isKnockedOut: lead.knockedOutBy !== null,
    tiers: await tiersOf(tx, lead.formVersionId),
    settings: { clickPoints: settings.clickPoints, returnVisitPoints: settings.returnVisitPoints },
  });
  await tx.nurtureEnrollment.update({ where: { id: enrollment.id }, data: { intentPoints: result.intentPoints } });
  const engagement = { engagement: input.kind, points: result.points, intentPoints: result.intentPoints, total: result.total, ...(input.detail ?? {}) };
  await tx.leadEvent.create({ data: { leadId: lead.id, workspaceId, type: "nurture_engaged", data: { sequenceId: enrollment.sequenceId, ...engagement }, createdAt: now } });
  if (!result.isGraduated) return { isGraduated: false, intentPoints: result.intentPoints, assignedRepId: null };

  // ── graduation ──────────────────────────────────────────────────────────
  await exitEnrollments(tx, { workspaceId, enrollmentIds: [enrollment.id], reason: "graduated", now, detail: engagement });
  await tx.lead.update({ where: { id: lead.id }, data: { tier: result.tier } });
  const graduation = { code: "NURTURE_GRADUATED" as const, engagement: input.kind, points: result.points, intentPoints: result.intentPoints, sequenceId: enrollment.sequenceId, tier: result.tier };
  const routed = await routeLeadInTx(tx, { workspaceId, leadId: lead.id, now, graduation }, deps);
  await emitWebhookEvent(tx, deps.queue, {
    workspaceId,
    type: "nurture.graduated",
    at: now,
    data: { lead: { id: lead.id, tier: result.tier, scoreTotal: lead.scoreTotal, intentPoints: result.intentPoints }, sequence: { id: enrollment.sequenceId }, engagement: { kind: input.kind, points: result.points }, routing: { outcome: routed.decision?.outcome ?? null, repId: routed.decision?.repId ?? null, assignmentId: routed.assignmentId } },
  });
  return { isGraduated: true, intentPoints: result.intentPoints, assignedRepId: routed.decision?.repId ?? null };
}

export async function recordEngagement(db: Db, deps: TFollowUpDeps, input: { workspaceId: string; enrollmentId: string; kind: TEngagementKind; now: Date }): Promise<TEngagementOutcome | null> {
  await deps.queue.start();
  return db.$transaction((tx) => recordEngagementInTx(tx, deps, input));
}

/**
 * A tracked click: the send's link `index` → its target (read back from the sequence version, so
 * the redirect only ever goes where the email's author pointed). Counts once per email; returns
 * the address to redirect to, or null when the link does not exist.
 */
export async function trackClick(db: Db, deps: TFollowUpDeps, input: { sendId: string; index: number; now: Date }): Promise<string | null> {
  const send = await db.nurtureSend.findUnique({ where: { id: input.sendId }, include: { enrollment: { include: { version: { select: { definition: true } } } } } });
  if (!send) return null;
  const definition = ZSequenceDefinition.safeParse(send.enrollment.version.definition);
  const step = definition.success ? definition.data.steps[send.stepIndex] : undefined;
  if (step?.type !== "email") return null;
  const target = linksOf(markdownToBlocks(step.body))[input.index];
  if (!target) return null;
  await deps.queue.start();
  await db.$transaction(async (tx) => {
    const first = await tx.nurtureSend.updateMany({ where: { id: send.id, clickedAt: null }, data: { clickedAt: input.now } });
    if (first.count === 0) return;
    await recordEngagementInTx(tx, deps, { workspaceId: send.workspaceId, enrollmentId: send.enrollmentId, kind: "click", now: input.now, detail: { stepIndex: send.stepIndex, link: input.index } });
  });
  return target;
}
