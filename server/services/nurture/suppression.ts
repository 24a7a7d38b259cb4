// The suppression list and what puts an address on it: a one-click unsubscribe (signed link,
// RFC 8058), a bounce or a complaint (Resend's signed webhooks, SMTP permanent failures). Each ends
// the address's active enrolments in the workspace, with the reason on the leads' timelines. An
// unsubscribe names its email (subject, sequence) on the timeline of the lead it was sent to: as
// the exit's detail during a sequence, or, once that enrolment has ended, as its own
// "nurture_unsubscribed" event (written once: a second click changes nothing).
import { Webhook } from "standardwebhooks";
import type { Db, DbTx } from "../../db/client";
import { exitEnrollments, type TExitReason } from "./enrollment";
import { verifyNurtureToken } from "./nurture-token";

type TSuppressionReason = "unsubscribed" | "bounced" | "complained";

/** The nurture email a suppression came from (an unsubscribe link names its send). */
export interface TSuppressedFrom {
  leadId: string;
  enrollmentId: string;
  sendId: string;
  sequenceId: string;
  sequenceName: string;
  stepIndex: number;
  subject: string;
}

export async function suppressInTx(tx: DbTx, input: { workspaceId: string; email: string; reason: TSuppressionReason; now: Date; from?: TSuppressedFrom }): Promise<number> {
  const email = input.email.trim().toLowerCase();
  const { count: added } = await tx.nurtureSuppression.createMany({ data: [{ workspaceId: input.workspaceId, email, reason: input.reason, createdAt: input.now }], skipDuplicates: true });
  const from = input.from;
  // Read in the transaction: an active enrolment's exit below carries the detail itself.
  const wasActive = from ? (await tx.nurtureEnrollment.findUnique({ where: { id: from.enrollmentId }, select: { status: true } }))?.status === "ACTIVE" : false;
  const detail = from ? { sendId: from.sendId, sequenceName: from.sequenceName, stepIndex: from.stepIndex, subject: from.subject } : undefined;
  const exited = await exitEnrollments(tx, { workspaceId: input.workspaceId, email, reason: input.reason satisfies TExitReason, now: input.now, ...(detail ? { detail } : {}) });
  if (from && !wasActive && added > 0) {
    await tx.leadEvent.create({
      data: { leadId: from.leadId, workspaceId: input.workspaceId, type: `nurture_${input.reason}`, data: { sequenceId: from.sequenceId, enrollmentId: from.enrollmentId, ...detail }, createdAt: input.now },
    });
  }
  return exited;
}

export type TUnsubscribeResult = { ok: true; workspaceName: string } | { ok: false };

/** One-click unsubscribe from a signed link: a forged or altered token changes nothing. */
export async function unsubscribeByToken(db: Db, input: { token: string; secret: string; now: Date }): Promise<TUnsubscribeResult> {
  const link = verifyNurtureToken(input.token, input.secret);
  if (link?.kind !== "u") return { ok: false };
  const send = await db.nurtureSend.findUnique({
    where: { id: link.sendId },
    select: { id: true, workspaceId: true, emailId: true, stepIndex: true, sequenceId: true, enrollment: { select: { id: true, leadId: true, sequence: { select: { name: true } } } } },
  });
  if (!send?.emailId) return { ok: false };
  const email = await db.emailMessage.findUnique({ where: { id: send.emailId }, select: { to: true, subject: true, workspace: { select: { name: true } } } });
  const address = email?.to[0];
  if (!address) return { ok: false };
  const from: TSuppressedFrom = {
    leadId: send.enrollment.leadId,
    enrollmentId: send.enrollment.id,
    sendId: send.id,
    sequenceId: send.sequenceId,
    sequenceName: send.enrollment.sequence.name,
    stepIndex: send.stepIndex,
    subject: email.subject,
  };
  await db.$transaction((tx) => suppressInTx(tx, { workspaceId: send.workspaceId, email: address, reason: "unsubscribed", now: input.now, from }));
  return { ok: true, workspaceName: email.workspace?.name ?? "" };
}

/** An SMTP permanent failure of a nurture email: a bounce. */
export async function recordBounce(db: Db, input: { workspaceId: string; to: readonly string[]; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const address of input.to) await suppressInTx(tx, { workspaceId: input.workspaceId, email: address, reason: "bounced", now: input.now });
  });
}

export type TResendEventResult = { status: 200 | 204; recorded: number } | { status: 401 } | { status: 400 };

/**
 * Resend's webhooks (signed by Svix, i.e. Standard Webhooks: svix-id / svix-timestamp /
 * svix-signature, secret whsec_…): email.bounced and email.complained suppress the recipient in the
 * workspace of the email (found by Resend's id of it). Other events are acknowledged and ignored.
 */
export async function handleResendEvent(db: Db, input: { secret: string | undefined; body: string; headers: Headers; now: Date }): Promise<TResendEventResult> {
  if (!input.secret) return { status: 401 };
  const header = (name: string) => input.headers.get(`svix-${name}`) ?? input.headers.get(`webhook-${name}`) ?? "";
  let event: { type?: string; data?: { email_id?: string; to?: string[] } };
  try {
    event = new Webhook(input.secret).verify(input.body, { "webhook-id": header("id"), "webhook-timestamp": header("timestamp"), "webhook-signature": header("signature") }) as typeof event;
  } catch {
    return { status: 401 };
  }
  const reason: TSuppressionReason | null = event.type === "email.bounced" ? "bounced" : event.type === "email.complained" ? "complained" : null;
  if (!reason) return { status: 204, recorded: 0 };
  const providerId = event.data?.email_id;
  if (!providerId) return { status: 400 };
  const email = await db.emailMessage.findFirst({ where: { providerId }, select: { workspaceId: true, to: true } });
  if (!email?.workspaceId) return { status: 200, recorded: 0 };
  const workspaceId = email.workspaceId;
  const recorded = await db.$transaction(async (tx) => {
    let n = 0;
    for (const address of email.to) n += await suppressInTx(tx, { workspaceId, email: address, reason, now: input.now });
    return n;
  });
  return { status: 200, recorded };
}
