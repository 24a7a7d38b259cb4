import { describe, expect, it } from "vitest";
import { interpretSubmissionResponse, MESSAGES, type TSubmissionResult } from "./submission-result";
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";

const outcome: TSubmissionOutcome = { type: "message", title: "Thanks", body: "" };

describe("interpretSubmissionResponse", () => {
  it.each<[string, number, unknown, TSubmissionResult]>([
    ["201 with a lead", 201, { leadId: "l1", outcome }, { kind: "success", leadId: "l1", outcome, bookingToken: null }],
    ["201 with a booking token", 201, { leadId: "l1", outcome, booking: { token: "t.s", expiresAt: "2026-12-08T00:00:00Z" } }, { kind: "success", leadId: "l1", outcome, bookingToken: "t.s" }],
    ["200 (idempotent replay)", 200, { leadId: "l1", outcome: { type: "redirect", url: "https://x.co" } }, { kind: "success", leadId: "l1", outcome: { type: "redirect", url: "https://x.co" }, bookingToken: null }],
    ["201 with a broken body", 201, { leadId: "l1" }, { kind: "failed", message: MESSAGES.server, canRetry: true }],
    [
      "422 with field details (first message per field)",
      422,
      { error: { code: "invalid", message: "Invalid", details: [{ path: "answers.email", message: "Bad email" }, { path: "answers.email", message: "Second" }, { path: "answers.budget", message: "Too low" }] } },
      { kind: "invalid", fieldErrors: { email: "Bad email", budget: "Too low" }, formError: null },
    ],
    [
      "422 with a detail outside answers",
      422,
      { error: { code: "invalid", message: "Invalid", details: [{ path: "context.startedAt", message: "Bad time" }] } },
      { kind: "invalid", fieldErrors: {}, formError: "Bad time" },
    ],
    ["422 without details", 422, { error: { code: "invalid", message: "Too fast", details: [] } }, { kind: "invalid", fieldErrors: {}, formError: "Too fast" }],
    ["422 without a body", 422, null, { kind: "invalid", fieldErrors: {}, formError: MESSAGES.invalid }],
    ["429", 429, { error: { code: "rate_limited", message: "x", details: [] } }, { kind: "failed", message: MESSAGES.rateLimited, canRetry: true }],
    ["404", 404, null, { kind: "failed", message: MESSAGES.notFound, canRetry: false }],
    ["500", 500, { error: { code: "internal", message: "secret", details: [] } }, { kind: "failed", message: MESSAGES.server, canRetry: true }],
    ["503 without JSON", 503, null, { kind: "failed", message: MESSAGES.server, canRetry: true }],
    ["network failure", 0, null, { kind: "failed", message: MESSAGES.network, canRetry: true }],
    ["other 4xx uses the API message", 413, { error: { code: "too_large", message: "Too large", details: [] } }, { kind: "failed", message: "Too large", canRetry: true }],
  ])("%s", (_name, status, body, expected) => expect(interpretSubmissionResponse(status, body)).toEqual(expected));

  // A 429 says how long to wait when the server said so (it was always "a minute": a retry then failed again).
  it.each<[string | null, string]>([
    ["284", "You're sending this form too often. Please try again in 5 minutes — your answers are kept."],
    ["40", "You're sending this form too often. Please try again in 40 seconds — your answers are kept."],
    ["0", "You're sending this form too often. Please try again in 1 second — your answers are kept."],
    [null, MESSAGES.rateLimited],
    ["Wed, 21 Oct 2026 07:28:00 GMT", MESSAGES.rateLimited],
    ["-5", MESSAGES.rateLimited],
  ])("429 with Retry-After %j", (retryAfter, message) => expect(interpretSubmissionResponse(429, null, retryAfter)).toEqual({ kind: "failed", message, canRetry: true }));
});
