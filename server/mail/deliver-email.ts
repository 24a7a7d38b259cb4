// The "mail.send" job: delivers one stored EmailMessage. "dev" transport: the dev mailbox is the
// delivery, so the row is marked SENT. "resend": sent through Resend; "smtp": through SMTP_URL.
// The row is marked SENT only after the provider accepted it. A failure records the attempt and
// rethrows so pg-boss retries; after the last attempt the row is FAILED. A lead email to someone
// who is no longer a member of the workspace is not sent: SKIPPED, with the reason
// (lead-email-recipients.ts).
import type { Db } from "../db/client";
import type { TMailConfig } from "./mail-config";
import { leadEmailRefusal } from "./lead-email-recipients";
import { sendThroughResend, type TEmailAttachment, type TOutgoingEmail } from "./resend-transport";
import { sendThroughSmtp } from "./smtp-transport";

const MAX_ERROR_LENGTH = 1000;

export interface TDeliveryAttempt {
  isLastAttempt: boolean;
}

/** The row's transport was chosen when it was stored; an unknown one is an error, never "sent". */
async function deliverThrough(transport: string, config: TMailConfig, email: TOutgoingEmail): Promise<string | null> {
  switch (transport) {
    case "resend":
      return sendThroughResend(config, email);
    case "smtp":
      return sendThroughSmtp(config, email);
    case "dev":
      return null;
    default:
      throw new Error(`unknown mail transport "${transport}"`);
  }
}

/** The stored attachments column, as sent (anything malformed is left out). */
export function attachmentsOf(stored: unknown): TEmailAttachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((a): a is TEmailAttachment => !!a && typeof a === "object" && typeof a.filename === "string" && typeof a.contentType === "string" && typeof a.content === "string");
}

export async function deliverEmail(db: Db, emailId: string, attempt: TDeliveryAttempt, config: TMailConfig): Promise<void> {
  const email = await db.emailMessage.findUnique({ where: { id: emailId } });
  if (!email) {
    console.warn(`[mail] email ${emailId} no longer exists; nothing to send`);
    return;
  }
  if (email.status === "SENT" || email.status === "SKIPPED") return; // delivered (or skipped) by an earlier attempt
  const refusal = await leadEmailRefusal(db, email);
  if (refusal) {
    await db.emailMessage.update({ where: { id: email.id }, data: { status: "SKIPPED", lastError: refusal } });
    console.info(`[mail] email ${email.id} (${email.template}) skipped: recipient not a member of the workspace`);
    return;
  }
  try {
    const outgoing: TOutgoingEmail = { id: email.id, from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text, attachments: attachmentsOf(email.attachments) };
    const providerId = await deliverThrough(email.transport, config, outgoing);
    await db.emailMessage.update({
      where: { id: email.id },
      data: { status: "SENT", sentAt: new Date(), providerId, lastError: null, attempts: { increment: 1 } },
    });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await db.emailMessage.update({
      where: { id: email.id },
      data: {
        attempts: { increment: 1 },
        lastError: message.slice(0, MAX_ERROR_LENGTH),
        status: attempt.isLastAttempt ? "FAILED" : "QUEUED",
      },
    });
    console.warn(`[mail] email ${email.id} (${email.transport}) attempt failed${attempt.isLastAttempt ? " for good" : ", will retry"}`);
    throw error;
  }
}
