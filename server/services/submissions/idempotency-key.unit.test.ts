import { describe, expect, it } from "vitest";
import { parseIdempotencyKey } from "./idempotency-key";

describe("parseIdempotencyKey", () => {
  it.each([
    [null, null],
    ["a", "a"],
    ["order:42_x-y.z", "order:42_x-y.z"],
    ["k".repeat(200), "k".repeat(200)],
  ])("%s is accepted", (raw, expected) => expect(parseIdempotencyKey(raw)).toBe(expected));
  it.each(["", " ", "a b", "é", "k".repeat(201), "a/b"])("%j is rejected at headers.idempotency-key", (raw) => {
    expect(() => parseIdempotencyKey(raw)).toThrow(expect.objectContaining({ code: "VALIDATION", details: [expect.objectContaining({ path: "headers.idempotency-key" })] }));
  });
});
