// The cancel page's line and the cancellation emails' "who cancelled", as each reader sees it.
import { describe, expect, it } from "vitest";
import { cancelledByFor, cancelledPageLine, type TCancelledByRef } from "./cancelled-by";

const maya: TCancelledByRef = { kind: "member", userId: "u-maya", name: "Maya Rodriguez" };

describe("cancelledPageLine", () => {
  it.each<[TCancelledByRef | null, string]>([
    [{ kind: "prospect" }, "You cancelled it; Maya Rodriguez has been told."],
    [maya, "Maya Rodriguez cancelled it."],
    [{ kind: "member", userId: "u-olivia", name: "Olivia Park" }, "Olivia Park cancelled it."],
    [{ kind: "api" }, "It was cancelled by our team."],
    [null, "Maya Rodriguez has been told."],
  ])("%o", (by, expected) => {
    expect(cancelledPageLine(by, "Maya Rodriguez")).toBe(expected);
  });
});

describe("cancelledByFor", () => {
  it.each<[TCancelledByRef | null, string | null, unknown]>([
    [maya, "u-maya", { kind: "member", name: "Maya Rodriguez", isRecipient: true }],
    [maya, "u-tom", { kind: "member", name: "Maya Rodriguez", isRecipient: false }],
    [maya, null, { kind: "member", name: "Maya Rodriguez", isRecipient: false }],
    [{ kind: "prospect" }, "u-maya", { kind: "prospect" }],
    [null, "u-maya", null],
  ])("%o read by %s", (by, reader, expected) => {
    expect(cancelledByFor(by, reader)).toEqual(expected);
  });
});
