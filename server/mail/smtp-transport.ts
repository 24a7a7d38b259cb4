// Sends one stored email through an SMTP server (SMTP_URL) with nodemailer. The outbox row is
// the unit of idempotency: its id becomes a stable Message-ID, so a retry after a lost reply
// carries the same Message-ID and receivers can drop the duplicate. A refusal (4xx/5xx reply,
// connection failure, timeout) throws, the job retries, and the row is marked sent only after
// the server accepted the message.
import nodemailer from "nodemailer";
import type { TMailConfig } from "./mail-config";
import { MailTransportError, type TOutgoingEmail } from "./resend-transport";

const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as const;

/** `<email-<id>@<domain of the From address>>`: stable across retries of one outbox row. */
export function messageIdFor(email: Pick<TOutgoingEmail, "id" | "from">): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(email.from)?.[1] ?? "switchboard.local";
  return `<email-${email.id}@${domain}>`;
}

/** Sends one email; returns the Message-ID the server accepted. Throws MailTransportError on refusal. */
export async function sendThroughSmtp(config: TMailConfig, email: TOutgoingEmail): Promise<string> {
  if (!config.smtpUrl) throw new MailTransportError("SMTP_URL is not configured", null);
  const transporter = nodemailer.createTransport({ url: config.smtpUrl, ...TIMEOUTS });
  const messageId = messageIdFor(email);
  try {
    const info = await transporter.sendMail({
      from: email.from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      ...(email.headers && Object.keys(email.headers).length ? { headers: email.headers } : {}),
      ...(email.attachments?.length ? { attachments: email.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })) } : {}),
      messageId,
    });
    if (info.rejected.length > 0) {
      throw new MailTransportError(`SMTP: ${info.rejected.length} recipient(s) refused: ${info.response}`, null);
    }
    return info.messageId || messageId;
  } catch (error) {
    if (error instanceof MailTransportError) throw error;
    const smtp = error as { responseCode?: number; response?: string; code?: string; message?: string };
    const detail = smtp.response ?? smtp.message ?? String(error);
    throw new MailTransportError(`SMTP: ${smtp.code ?? "error"}: ${detail}`, smtp.responseCode ?? null);
  } finally {
    transporter.close();
  }
}
