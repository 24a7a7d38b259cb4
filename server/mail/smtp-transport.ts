// Sends one stored email through an SMTP server (SMTP_URL) with nodemailer. The outbox row is
// the unit of idempotency: its id becomes a stable Message-ID, so a retry after a lost reply
// carries the same Message-ID and receivers can drop the duplicate. A refusal (4xx/5xx reply,
// connection failure, timeout) throws, the job retries, and the row is marked sent only after
// the server accepted the message.
//
// Connections are pooled: one nodemailer pool per distinct SMTP options, made on first use and
// shared by every send in the process, so a send reuses an open, greeted connection instead of
// paying TCP + greeting + EHLO (+ AUTH) each time. A pooled connection that fails is dropped and
// the next send opens a new one. closeSmtpPools() ends them (process shutdown, tests).
//
// Text parts (and non-ASCII headers) are written in base64, not quoted-printable: nodemailer's
// quoted-printable encoder was most of the CPU of building a message (a rep alert: ~0.9 ms to
// build in quoted-printable, ~0.4 ms in base64, which Node encodes natively; per send through the
// pool ~1.6 → ~1.0 ms). The message is smaller too (14.0 KB instead of 15.8: the HTML's many "="
// and the preview's invisible padding characters cost 3 characters a byte in quoted-printable),
// and each part arrives byte for byte (quoted-printable turned a bare line feed in the HTML into
// CRLF). The parts are declared UTF-8, which spam filters do not count as base64 disguise
// (SpamAssassin's MIME_BASE64_TEXT spares UTF-8 text); pure-ASCII parts with short lines still go
// as 7bit. Building the message ahead (MailComposer → a raw buffer) was measured and saved
// nothing: the same encoding is done either way. smtp-message.int.test.ts holds both.
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { TMailConfig, TSmtpTimeouts } from "./mail-config";
import { MailTransportError, type TOutgoingEmail } from "./resend-transport";

/** Milliseconds: to open the connection, to get the server's greeting, of silence on the socket. */
export const SMTP_TIMEOUTS: TSmtpTimeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * The pool's shape: up to 8 connections per process, each renewed after 100 messages; a message
 * whose connection closes under it is put back once, then its send fails and the job's own retry
 * takes over (never an endless requeue loop). 8, not fewer: a worker has up to 16 rep alerts in
 * flight after a burst of leads (routing.assigned: 4 slots × 4), and with 4 connections the alerts
 * queued for a connection (bench: 34–42 alerts/s while 55–63 leads/s arrived, p95 3.9–4.9 s; with
 * 8: 1.7–2.3 s). A server that allows fewer (Microsoft 365: 3) is told so in SMTP_URL
 * (`?maxConnections=3`), which wins over these.
 */
export const SMTP_POOL = { maxConnections: 8, maxMessages: 100, maxRequeues: 1 } as const;

/**
 * nodemailer's options for SMTP_URL: the URL parsed as nodemailer parses it (host, port, auth,
 * secure, query options such as `?tls.rejectUnauthorized=false`), over our timeouts. Passing
 * `{ url, ...timeouts }` to createTransport would drop everything but the URL (nodemailer parses
 * `url` and ignores the other keys), and its second argument is message defaults, not options.
 * A timeout written in the URL's query wins over the config's.
 */
export function smtpOptionsOf(config: Pick<TMailConfig, "smtpUrl" | "smtpTimeouts">): SMTPTransport.Options {
  if (!config.smtpUrl) throw new MailTransportError("SMTP_URL is not configured", null);
  return { ...SMTP_TIMEOUTS, ...config.smtpTimeouts, ...parseConnectionUrl(config.smtpUrl) };
}

/** `<email-<id>@<domain of the From address>>`: stable across retries of one outbox row. */
export function messageIdFor(email: Pick<TOutgoingEmail, "id" | "from">): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(email.from)?.[1] ?? "switchboard.local";
  return `<email-${email.id}@${domain}>`;
}

type TPool = Transporter<SMTPPool.SentMessageInfo>;

// On globalThis so that a dev server's hot reload, which re-imports this module, reuses the pools
// instead of leaking their connections.
const globalForSmtp = globalThis as unknown as { __switchboardSmtpPools?: Map<string, TPool> };
const pools = (globalForSmtp.__switchboardSmtpPools ??= new Map<string, TPool>());

/** The process's pool for these SMTP options (URL, credentials and timeouts), made on first use. */
function poolFor(config: TMailConfig): TPool {
  const options = smtpOptionsOf(config);
  const key = JSON.stringify(options);
  let pool = pools.get(key);
  if (!pool) {
    pool = nodemailer.createTransport({ ...SMTP_POOL, ...options, pool: true });
    // An idle pooled connection can fail (server restart, idle timeout): it is dropped and
    // replaced on the next send. Without a listener an 'error' event would crash the process.
    pool.on("error", (error: Error & { code?: string }) => {
      console.warn(`[mail] SMTP pool connection error: ${error.code ?? "error"}: ${error.message}`);
    });
    pools.set(key, pool);
  }
  return pool;
}

/** Closes every pooled SMTP connection (idle ones now, busy ones after their message). */
export function closeSmtpPools(): void {
  for (const pool of pools.values()) pool.close();
  pools.clear();
}

/** How text parts and non-ASCII headers are encoded (see the header). */
export const SMTP_TEXT_ENCODING = "base64";

/** Sends one email; returns the Message-ID the server accepted. Throws MailTransportError on refusal. */
export async function sendThroughSmtp(config: TMailConfig, email: TOutgoingEmail): Promise<string> {
  const transporter = poolFor(config);
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
      textEncoding: SMTP_TEXT_ENCODING,
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
  }
}
