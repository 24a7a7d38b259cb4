import { describe, expect, it } from "vitest";
import { isIdempotencyConflict } from "./saved-progress";

describe("isIdempotencyConflict (the key names another submission: send these answers under a new key)", () => {
  const refusal = (path: string) => ({ error: { code: "VALIDATION", message: "…", details: [{ path, message: "…" }] } });
  it.each([
    { name: "a 422 at headers.idempotency-key", status: 422, json: refusal("headers.idempotency-key"), is: true },
    { name: "a 422 at an answer (the prospect fixes it; same key)", status: 422, json: refusal("answers.email"), is: false },
    { name: "a 200 replay of the same submission", status: 200, json: { leadId: "l1" }, is: false },
    { name: "a 429 (rate limited)", status: 429, json: refusal("headers.idempotency-key"), is: false },
    { name: "no body (network failure)", status: 0, json: null, is: false },
    { name: "a 422 without details", status: 422, json: { error: { code: "VALIDATION" } }, is: false },
  ])("$name → $is", ({ status, json, is }) => {
    expect(isIdempotencyConflict(status, json)).toBe(is);
  });
});
