// The app's webhook delivery dependencies: the outbound guard (OUTBOUND_ALLOW_PRIVATE from the
// environment; 10 s per attempt, 64 KB of answer at most) and WEBHOOK_RETRY_BASE_MS.
import { env } from "../../env";
import { appOutboundFetch } from "../../http/outbound/outbound-fetch";
import type { TWebhookDeps } from "./deliver-webhook";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export function appWebhookDeps(): Omit<TWebhookDeps, "queue"> {
  return { fetch: appOutboundFetch({ timeoutMs: WEBHOOK_TIMEOUT_MS, maxBytes: 64 * 1024, maxRedirects: 0 }), retryBaseMs: env().WEBHOOK_RETRY_BASE_MS, now: () => new Date() };
}
