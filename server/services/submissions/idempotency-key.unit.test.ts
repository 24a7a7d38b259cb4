import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD } from "../../domain/forms/honeypot";
import { parseIdempotencyKey, submissionFingerprint } from "./idempotency-key";

describe("parseIdempotencyKey", () => {
  it.each([
    [null, null],
    ["a", "a"],
    ["order:42_x-y.z", "order:42_x-y.z"],
    ["k".repeat(200), "k".repeat(200)],
    // base64 keys (it was a 422): only ever compared and stored as a bound parameter
    ["q+/Zx8W2Yp9=", "q+/Zx8W2Yp9="],
    ["a/b", "a/b"],
  ])("%s is accepted", (raw, expected) => expect(parseIdempotencyKey(raw)).toBe(expected));
  it.each(["", " ", "a b", "é", "k".repeat(201), "a?b", "a%2F", "a;b"])("%j is rejected at headers.idempotency-key", (raw) => {
    expect(() => parseIdempotencyKey(raw)).toThrow(expect.objectContaining({ code: "VALIDATION", details: [expect.objectContaining({ path: "headers.idempotency-key" })] }));
  });
});

describe("submissionFingerprint", () => {
  const body = { answers: { email: "ada@example.com", budget: 5 }, context: { fillTimeMs: 9000, pageUrl: "https://x.io/" } };
  it.each<[string, unknown, boolean]>([
    ["the same body", body, true],
    ["the same answers in another key order", { context: body.context, answers: { budget: 5, email: "ada@example.com" } }, true],
    ["another context (a browser's retry measures a new fill time)", { ...body, context: { fillTimeMs: 12000, pageUrl: "https://y.io/" } }, true],
    ["no context", { answers: body.answers }, true],
    ["another answer", { ...body, answers: { email: "attacker@evil.com" } }, false],
    ["the honeypot filled", { ...body, [HONEYPOT_FIELD]: "x" }, false],
  ])("%s → same fingerprint: %s", (_name, other, isSame) => {
    expect(submissionFingerprint(other) === submissionFingerprint(body)).toBe(isSame);
  });
});
