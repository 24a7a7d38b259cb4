// How mail leaves the app. Defaults come from env(); tests and scripts pass their own config so
// they never mutate process.env (env() is cached).
import { env, resolveMailTransport, type TMailTransport } from "../env";

export interface TMailConfig {
  /** The From header, e.g. "Switchboard <notifications@example.com>". */
  from: string;
  /**
   * "resend" sends through the Resend API; "smtp" through an SMTP server (SMTP_URL); "dev" keeps
   * mail in the dev mailbox (/dev/mailbox), which exists only in development.
   */
  transport: TMailTransport;
  resendApiKey?: string;
  /** Resend API base URL (a local capture server in tests); the SDK default otherwise. */
  resendBaseUrl?: string;
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (TLS from the start). */
  smtpUrl?: string;
  /** SMTP timeouts in ms over the defaults (smtp-transport.ts: 15 s to connect and to be greeted, 60 s of socket silence). */
  smtpTimeouts?: Partial<TSmtpTimeouts>;
}

export interface TSmtpTimeouts {
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
}

export function mailConfigFromEnv(): TMailConfig {
  const config = env();
  return {
    from: config.MAIL_FROM,
    transport: resolveMailTransport(config),
    resendApiKey: config.RESEND_API_KEY,
    resendBaseUrl: config.RESEND_BASE_URL,
    smtpUrl: config.SMTP_URL,
  };
}

/**
 * The dev mailbox (pages listing every stored email, with their sign-in and invite links) exists
 * only in development and only while mail is not sent anywhere real. Never in production.
 */
export function isDevMailboxEnabled(): boolean {
  const config = env();
  return config.NODE_ENV !== "production" && resolveMailTransport(config) === "dev";
}
