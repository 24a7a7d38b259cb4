// The "nurture.step" job: one claimed due row → its email. Load (the enrolment, its version's
// step, the lead, the settings) → decide (suppressed? over the daily cap? in quiet hours? what
// comes next?) → save in one transaction: the due row DONE (only if still CLAIMED: a retried or
// duplicate job does nothing), the send, the outbox email with List-Unsubscribe headers and its
// mail.send job row, the next due row or the exit "ended". Over the cap or in quiet hours the row
// goes back to PENDING at a later time.
import type { Db } from "../../db/client";
import { newId } from "../../db/new-id";
import { nextDueAt, outsideQuietHours } from "../../domain/nurture/due-time";
import { ZSequenceDefinition } from "../../domain/nurture/sequence-definition";
import { nextEmailStep } from "../../domain/nurture/sequence-progress";
import { sendEmail } from "../../mail/send-email";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { exitEnrollments } from "./enrollment";
import { loadLeadMergeContext, renderStepContent } from "./nurture-email";
import { loadNurtureSettings } from "./nurture-settings";
import { clickUrl, unsubscribeUrl } from "./nurture-token";

export type TStepOutcome = "sent" | "suppressed" | "capped" | "quiet" | "skipped";

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function runNurtureStep(db: Db, deps: TFollowUpDeps, job: { dueId: string; workspaceId: string }, now: Date): Promise<TStepOutcome> {
  // ── load ────────────────────────────────────────────────────────────────
  const due = await db.nurtureStepDue.findFirst({
    where: { id: job.dueId, workspaceId: job.workspaceId },
    include: { enrollment: { include: { version: { select: { definition: true } }, sequence: { select: { name: true } } } } },
  });
  if (!due || due.status !== "CLAIMED") return "skipped";
  const { enrollment } = due;
  if (enrollment.status !== "ACTIVE") {
    await db.nurtureStepDue.updateMany({ where: { id: due.id, status: "CLAIMED" }, data: { status: "CANCELLED" } });
    return "skipped";
  }
  const definition = ZSequenceDefinition.parse(enrollment.version.definition);
  const step = definition.steps[due.stepIndex];
  const [lead, settings, workspace] = await Promise.all([
    loadLeadMergeContext(db, job.workspaceId, enrollment.leadId),
    loadNurtureSettings(db, job.workspaceId),
    db.workspace.findUniqueOrThrow({ where: { id: job.workspaceId }, select: { name: true } }),
  ]);
  const quiet = { startHour: settings.quietStartHour, endHour: settings.quietEndHour };
  const reschedule = async (dueAt: Date, outcome: TStepOutcome) => {
    await db.nurtureStepDue.updateMany({ where: { id: due.id, status: "CLAIMED" }, data: { status: "PENDING", dueAt, claimedAt: null } });
    return outcome;
  };

  // ── decide ──────────────────────────────────────────────────────────────
  const allowedAt = outsideQuietHours(now, lead?.timeZone ?? null, quiet);
  if (allowedAt.getTime() !== now.getTime()) return reschedule(allowedAt, "quiet");
  const to = lead?.email?.toLowerCase() ?? null;
  const isSuppressed = !to || (await db.nurtureSuppression.count({ where: { workspaceId: job.workspaceId, email: to } })) > 0;
  const sentToday = await db.nurtureSend.count({ where: { workspaceId: job.workspaceId, status: "SENT", createdAt: { gte: startOfUtcDay(now) } } });
  if (!isSuppressed && sentToday >= settings.dailySendCap) {
    const tomorrow = new Date(startOfUtcDay(now).getTime() + 86_400_000);
    return reschedule(outsideQuietHours(tomorrow, lead?.timeZone ?? null, quiet), "capped");
  }
  const next = nextEmailStep(definition, due.stepIndex);
  const sendId = newId();
  const content = step?.type === "email" && lead ? renderStepContent(step, lead.values, (_href, index) => clickUrl(deps.appUrl, sendId, index, deps.authSecret)) : null;
  const unsubscribe = unsubscribeUrl(deps.appUrl, sendId, deps.authSecret);
  await deps.queue.start();

  // ── save ────────────────────────────────────────────────────────────────
  return db.$transaction(async (tx) => {
    const claimed = await tx.nurtureStepDue.updateMany({ where: { id: due.id, status: "CLAIMED" }, data: { status: "DONE" } });
    if (claimed.count === 0) return "skipped";
    const base = { id: sendId, workspaceId: job.workspaceId, enrollmentId: enrollment.id, sequenceId: enrollment.sequenceId, stepIndex: due.stepIndex, createdAt: now };
    if (isSuppressed || !content || !to) {
      await tx.nurtureSend.create({ data: { ...base, status: "SUPPRESSED" } });
      await exitEnrollments(tx, { workspaceId: job.workspaceId, enrollmentIds: [enrollment.id], reason: "unsubscribed", now, detail: { suppressed: true } });
      return "suppressed";
    }
    const email = await sendEmail(
      tx,
      {
        to,
        workspaceId: job.workspaceId,
        dedupeKey: `nurture:${enrollment.id}:${due.stepIndex}`,
        headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        template: { name: "nurture-step", props: { subject: content.subject, blocks: content.blocks, workspaceName: workspace.name, postalAddress: settings.postalAddress, unsubscribeUrl: unsubscribe } },
      },
      { queue: deps.queue, config: deps.mail },
    );
    await tx.nurtureSend.create({ data: { ...base, status: "SENT", emailId: email.id } });
    await tx.leadEvent.create({ data: { leadId: enrollment.leadId, workspaceId: job.workspaceId, type: "nurture_email_sent", data: { sequenceId: enrollment.sequenceId, sequenceName: enrollment.sequence.name, stepIndex: due.stepIndex, subject: content.subject }, createdAt: now } });
    if (next) {
      const dueAt = nextDueAt({ from: now, waitsBefore: next.waitsBefore, timeZone: lead?.timeZone ?? null, quiet });
      await tx.nurtureStepDue.create({ data: { workspaceId: job.workspaceId, enrollmentId: enrollment.id, stepIndex: next.stepIndex, dueAt } });
    } else await exitEnrollments(tx, { workspaceId: job.workspaceId, enrollmentIds: [enrollment.id], reason: "ended", now });
    return "sent";
  });
}
