// The only code that talks to Resend. The email id is the idempotency key, so a retry after a
// timeout that did reach Resend does not send the email twice.
import { Resend } from "resend";
import type { TMailConfig } from "./mail-config";

export interface TOutgoingEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Text attachments (an .ics invite). */
  attachments?: TEmailAttachment[];
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post on nurture mail). */
  headers?: Record<string, string>;
}

export interface TEmailAttachment {
  filename: string;
  /** "text/calendar; method=REQUEST" … */
  contentType: string;
  content: string;
}

export class MailTransportError extends Error {
  constructor(message: string, readonly statusCode: number | null) {
    super(message);
    this.name = "MailTransportError";
  }
}

/** Sends one email; returns Resend's id for it. Throws MailTransportError when Resend refuses. */
export async function sendThroughResend(config: TMailConfig, email: TOutgoingEmail): Promise<string> {
  if (!config.resendApiKey) throw new MailTransportError("RESEND_API_KEY is not configured", null);
  const resend = new Resend(config.resendApiKey, config.resendBaseUrl ? { baseUrl: config.resendBaseUrl } : undefined);
  const { data, error } = await resend.emails.send(
    {
      from: email.from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      ...(email.headers && Object.keys(email.headers).length ? { headers: email.headers } : {}),
      ...(email.attachments?.length ? { attachments: email.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content, "utf8"), contentType: a.contentType })) } : {}),
    },
    { idempotencyKey: `email-${email.id}` },
  );
  if (error || !data) {
    const status = error?.statusCode ?? null;
    throw new MailTransportError(`Resend: ${error?.name ?? "unknown_error"}: ${error?.message ?? "no response data"}`, status);
  }
  return data.id;
}
