// What the hosted form says when a submission does not go through (./submission-result.ts; the
// network message also when the after-submit code itself cannot be loaded).
import { retryAfterText } from "@/server/domain/rate-limit/retry-after-text";

export const MESSAGES = {
  rateLimited: "You're sending this form too often. Please wait a few minutes, then try again — your answers are kept.",
  server: "Something went wrong on our side. Your answers are kept — please try again.",
  network: "We couldn't reach the server. Check your connection and try again — your answers are kept.",
  notFound: "This form is no longer available.",
  invalid: "Please check the highlighted answers.",
} as const;

/** Rate limited: how long to wait when the server said (Retry-After), else the general words. */
export function rateLimitedMessage(retryAfterS: number | null): string {
  if (retryAfterS === null) return MESSAGES.rateLimited;
  return `You're sending this form too often. Please try again ${retryAfterText(Math.max(1, retryAfterS))} — your answers are kept.`;
}
