// How mail leaves the app. Defaults come from env(); tests and scripts pass their own config so
// they never mutate process.env (env() is cached).
import { env } from "../env";

export interface TMailConfig {
  /** The From header, e.g. "Switchboard <notifications@example.com>". */
  from: string;
  /** "resend" sends through the Resend API; "dev" keeps mail in the dev mailbox (/dev/mailbox). */
  transport: "resend" | "dev";
  resendApiKey?: string;
  /** Resend API base URL (a local capture server in tests); the SDK default otherwise. */
  resendBaseUrl?: string;
}

export function mailConfigFromEnv(): TMailConfig {
  const { MAIL_FROM, RESEND_API_KEY, RESEND_BASE_URL } = env();
  return {
    from: MAIL_FROM,
    transport: RESEND_API_KEY ? "resend" : "dev",
    resendApiKey: RESEND_API_KEY,
    resendBaseUrl: RESEND_BASE_URL,
  };
}

/** The dev mailbox pages exist only while no Resend key is configured. */
export function isDevMailboxEnabled(): boolean {
  return !env().RESEND_API_KEY;
}
