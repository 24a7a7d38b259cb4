// sendEmailNow: for mail whose speed matters (a rep alert), the job that renders the email also
// delivers it — no second job to wait for. The email is stored (or found by its dedupe key) and
// committed first, with no "mail.send" job; then it goes straight to the transport. Only a failed
// delivery writes a "mail.send" job, in the same transaction that records the failed attempt, and
// that job's retries take over (nothing dropped, the usual backoff and last-attempt FAILED).
// The row storeEmail returns is the one delivered: it is not read a second time, and the insert
// that stored it also checked that a lead email's recipients are members (no statement of its own).
// Idempotent: a row already attempted belongs to its mail.send job, a row sent or skipped is done,
// so a caller's job that runs twice never sends one stored email twice. Should the process die
// between commit and delivery, the row stays QUEUED and unattempted, and the caller's job, retried,
// delivers it.
import type { Db } from "../db/client";
import { deliverEmail, type TDeliveryOutcome } from "./deliver-email";
import { mailConfigFromEnv } from "./mail-config";
import { MAIL_SEND_JOB } from "./mail-send-job";
import { storeEmailToDeliver, type TSendEmailInput, type TStoreEmailOptions } from "./send-email";

/** Stores the email, delivers it now, and on failure leaves it to "mail.send". `isNew`: see storeEmail. */
export async function sendEmailNow(db: Db, input: TSendEmailInput, options: TStoreEmailOptions): Promise<{ id: string; outcome: TDeliveryOutcome | "owned-by-mail-send" }> {
  const config = options.config ?? mailConfigFromEnv();
  const { stored, refusal } = await storeEmailToDeliver(db, input, { ...options, config });
  if (stored.status !== "QUEUED") return { id: stored.id, outcome: "done-before" };
  // Attempted before (by this job's earlier run or by mail.send): its mail.send job owns it.
  if (stored.attempts > 0) return { id: stored.id, outcome: "owned-by-mail-send" };
  const job = { emailId: stored.id, workspaceId: input.workspaceId ?? null };
  const outcome = await deliverEmail(db, stored, { isLastAttempt: false, handOff: (tx) => options.queue.send(MAIL_SEND_JOB, job, { tx }), ...(refusal !== undefined ? { refusal } : {}) }, config);
  return { id: stored.id, outcome };
}
