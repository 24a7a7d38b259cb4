// The "mail.send" job: delivers one stored EmailMessage. "dev" transport: the dev mailbox is the
// delivery, so the row is marked SENT. "resend": sent through Resend; "smtp": through SMTP_URL.
// The row is marked SENT only after the provider accepted it. A failure records the attempt and
// rethrows so pg-boss retries; after the last attempt the row is FAILED. A lead email to someone
// who is no longer a member of the workspace is not sent: SKIPPED, with the reason
// (lead-email-recipients.ts). A non-transactional email (nurture) to an address on the workspace's
// suppression list is SKIPPED too; an SMTP permanent failure (5xx) of one suppresses the address
// and is not retried (onPermanentFailure: the nurture service records the bounce and the exit).
import { rawSqlOf, type Db, type DbTx } from "../db/client";
import type { EmailMessage } from "../db/generated/client";
import type { TMailConfig } from "./mail-config";
import { leadEmailRefusal } from "./lead-email-recipients";
import { MailTransportError, sendThroughResend, type TEmailAttachment, type TOutgoingEmail } from "./resend-transport";
import { sendThroughSmtp } from "./smtp-transport";

const MAX_ERROR_LENGTH = 1000;

export interface TDeliveryAttempt {
  isLastAttempt: boolean;
  /**
   * Set by a caller that tries an email before any "mail.send" job exists for it (deliver-now.ts):
   * a failed attempt that may be retried is recorded and handed on here, in one transaction (the
   * caller enqueues "mail.send"), and deliverEmail returns "handed-off" instead of throwing.
   */
  handOff?: (tx: DbTx) => Promise<unknown>;
  /** The lead-email check (lead-email-recipients.ts) as the caller's statement made it just now (storeEmailToDeliver): not made again. */
  refusal?: string | null;
}

/** What became of the email: sent now, sent or skipped before, not sent on purpose, failed for good, or handed on to "mail.send". */
export type TDeliveryOutcome = "sent" | "done-before" | "skipped" | "failed" | "handed-off";

/** Templates of non-transactional email: never sent to a suppressed address. */
export const NON_TRANSACTIONAL_TEMPLATES: ReadonlySet<string> = new Set(["nurture-step"]);

export const SUPPRESSED = "Not sent: the address is on the workspace's suppression list (unsubscribed, bounced or complained)";

export interface TDeliveryHooks {
  /** A non-transactional email refused for good (SMTP 5xx): record the bounce. */
  onPermanentFailure?: (db: Db, email: { id: string; workspaceId: string; to: string[] }) => Promise<void>;
}

async function isSuppressed(db: Db, email: { template: string; workspaceId: string | null; to: readonly string[] }): Promise<boolean> {
  if (!NON_TRANSACTIONAL_TEMPLATES.has(email.template) || !email.workspaceId) return false;
  const found = await db.nurtureSuppression.count({ where: { workspaceId: email.workspaceId, email: { in: email.to.map((a) => a.toLowerCase()) } } });
  return found > 0;
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

/** The stored headers column, as sent (string values only). */
export function headersOf(stored: unknown): Record<string, string> {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/**
 * Delivers the stored email `target` (its id, read here; or the row as its storer just read or
 * wrote it, deliver-now.ts, which spares reading it again).
 */
export async function deliverEmail(db: Db, target: string | EmailMessage, attempt: TDeliveryAttempt, config: TMailConfig, hooks: TDeliveryHooks = {}): Promise<TDeliveryOutcome> {
  const email = typeof target === "string" ? await db.emailMessage.findUnique({ where: { id: target } }) : target;
  if (!email) {
    console.warn(`[mail] email ${String(target)} no longer exists; nothing to send`);
    return "done-before";
  }
  if (email.status === "SENT" || email.status === "SKIPPED") return "done-before"; // delivered (or skipped) by an earlier attempt
  const refusal = attempt.refusal !== undefined ? attempt.refusal : await leadEmailRefusal(rawSqlOf(db), email);
  if (refusal) {
    await db.emailMessage.update({ where: { id: email.id }, data: { status: "SKIPPED", lastError: refusal } });
    console.info(`[mail] email ${email.id} (${email.template}) skipped: recipient not a member of the workspace`);
    return "skipped";
  }
  if (await isSuppressed(db, email)) {
    await db.emailMessage.update({ where: { id: email.id }, data: { status: "SKIPPED", lastError: SUPPRESSED } });
    return "skipped";
  }
  try {
    const outgoing: TOutgoingEmail = { id: email.id, from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text, attachments: attachmentsOf(email.attachments), headers: headersOf(email.headers) };
    const providerId = await deliverThrough(email.transport, config, outgoing);
    // Raw, on the thin client: every rep alert ends here (one statement less through Prisma's client).
    await rawSqlOf(db).$executeRaw`UPDATE "EmailMessage" SET "status" = 'SENT', "sentAt" = ${new Date()}, "providerId" = ${providerId}, "lastError" = NULL, "attempts" = "attempts" + 1 WHERE "id" = ${email.id}`;
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const isPermanent = email.transport === "smtp" && error instanceof MailTransportError && error.statusCode !== null && error.statusCode >= 500 && error.statusCode < 600;
    if (isPermanent && NON_TRANSACTIONAL_TEMPLATES.has(email.template) && email.workspaceId) {
      await db.emailMessage.update({ where: { id: email.id }, data: { attempts: { increment: 1 }, lastError: message.slice(0, MAX_ERROR_LENGTH), status: "FAILED" } });
      await hooks.onPermanentFailure?.(db, { id: email.id, workspaceId: email.workspaceId, to: email.to });
      console.warn(`[mail] email ${email.id} refused for good (SMTP ${error.statusCode}): recorded as a bounce`);
      return "failed";
    }
    const failed = { attempts: { increment: 1 }, lastError: message.slice(0, MAX_ERROR_LENGTH), status: attempt.isLastAttempt ? "FAILED" : "QUEUED" } as const;
    const { handOff } = attempt;
    if (handOff && !attempt.isLastAttempt) {
      await db.$transaction(async (tx) => {
        await tx.emailMessage.update({ where: { id: email.id }, data: failed });
        await handOff(tx);
      });
      console.warn(`[mail] email ${email.id} (${email.transport}) attempt failed, handed to mail.send for retries`);
      return "handed-off";
    }
    await db.emailMessage.update({ where: { id: email.id }, data: failed });
    console.warn(`[mail] email ${email.id} (${email.transport}) attempt failed${attempt.isLastAttempt ? " for good" : ", will retry"}`);
    throw error;
  }
}
