// The public submission API's answer, as what the hosted page does next (pure, unit-tested).
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";
import { retryAfterSeconds } from "@/server/domain/rate-limit/retry-after-text";
import { MESSAGES, rateLimitedMessage } from "./submission-messages";

export type TSubmissionResult =
  | { kind: "success"; leadId: string; outcome: TSubmissionOutcome; /** The booking API's token when the lead may book. */ bookingToken: string | null }
  | { kind: "invalid"; fieldErrors: Record<string, string>; formError: string | null }
  | { kind: "failed"; message: string; canRetry: boolean };

export { MESSAGES };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOutcome(value: unknown): value is TSubmissionOutcome {
  if (!isRecord(value)) return false;
  if (value.type === "redirect") return typeof value.url === "string";
  return (value.type === "message" || value.type === "booking") && typeof value.title === "string";
}

function errorOf(body: unknown): { message: string | null; details: { path: string; message: string }[] } {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const details = Array.isArray(error.details)
    ? error.details.filter((d): d is { path: string; message: string } => isRecord(d) && typeof d.path === "string" && typeof d.message === "string")
    : [];
  return { message: typeof error.message === "string" ? error.message : null, details };
}

/** status 0 = the request never got an answer (offline, blocked). `retryAfter`: the response's Retry-After header. */
export function interpretSubmissionResponse(status: number, body: unknown, retryAfter: string | null = null): TSubmissionResult {
  if (status === 200 || status === 201) {
    if (isRecord(body) && typeof body.leadId === "string" && isOutcome(body.outcome)) {
      const booking = isRecord(body.booking) && typeof body.booking.token === "string" ? body.booking.token : null;
      return { kind: "success", leadId: body.leadId, outcome: body.outcome, bookingToken: booking };
    }
    return { kind: "failed", message: MESSAGES.server, canRetry: true };
  }
  if (status === 422 || status === 400) {
    const { message, details } = errorOf(body);
    const fieldErrors: Record<string, string> = {};
    const other: string[] = [];
    for (const detail of details) {
      const match = /^answers\.([a-z][a-z0-9_]*)/.exec(detail.path);
      if (match) fieldErrors[match[1]!] ??= detail.message;
      else other.push(detail.message);
    }
    const formError = other[0] ?? (Object.keys(fieldErrors).length ? null : message ?? MESSAGES.invalid);
    return { kind: "invalid", fieldErrors, formError };
  }
  if (status === 429) return { kind: "failed", message: rateLimitedMessage(retryAfterSeconds(retryAfter)), canRetry: true };
  if (status === 404) return { kind: "failed", message: MESSAGES.notFound, canRetry: false };
  if (status === 0) return { kind: "failed", message: MESSAGES.network, canRetry: true };
  if (status >= 500) return { kind: "failed", message: MESSAGES.server, canRetry: true };
  return { kind: "failed", message: errorOf(body).message ?? MESSAGES.server, canRetry: true };
}
