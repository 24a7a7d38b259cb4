import { describe, expect, it } from "vitest";
import { heldDeliveryOnEnable, nextInBacklog, nextWebhookAttemptDelayMs, webhookGiveUpWindowMs, webhookHoldUntil } from "./webhooks";
import { rotateSecrets, signingSecrets } from "./webhook-secrets";

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = new Date("2026-12-04T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("the give-up window (24 h at the default 1 min base)", () => {
  it("is 1440 × base", () => expect([webhookGiveUpWindowMs(MIN), webhookGiveUpWindowMs(20)]).toEqual([24 * HOUR, 28_800]));

  it.each<[string, number, number, number | null]>([
    ["first failure, right away", 1, 0, MIN],
    ["the 11th, on the usual schedule (~14.5 h)", 11, 871 * MIN, 360 * MIN],
    ["the 12th: attempts used up", 12, 1231 * MIN, null],
    ["held 20 h, 3rd failure: 8 min still fit", 3, 20 * HOUR, 4 * MIN],
    ["held 23 h 58, 3rd failure: the next would fall past 24 h", 3, 23 * HOUR + 58 * MIN, null],
    ["held 2 days", 1, 48 * HOUR, null],
  ])("%s", (_, attempts, age, delay) => expect(nextWebhookAttemptDelayMs(attempts, T0, at(age), MIN)).toBe(delay));

  it.each<[number, "PENDING" | "EXPIRED"]>([
    [0, "PENDING"],
    [23 * HOUR, "PENDING"],
    [24 * HOUR - 1, "PENDING"],
    [24 * HOUR, "EXPIRED"],
    [7 * 24 * HOUR, "EXPIRED"],
  ])("a delivery held %i ms when enabled: %s", (age, status) => expect(heldDeliveryOnEnable(T0, at(age), MIN)).toBe(status));

  it("events are held for a disabled endpoint for one window from the disable", () => expect(webhookHoldUntil(T0, MIN)).toEqual(at(24 * HOUR)));

  it.each<[string, number[], { expired: string[]; next: string | null }]>([
    ["none queued", [], { expired: [], next: null }],
    ["the oldest goes first", [0, 1, 2], { expired: [], next: "d0" }],
    ["those that outlived the window while waiting are expired, the first still inside it is next", [-25 * HOUR, -24 * HOUR, -23 * HOUR, -HOUR], { expired: ["d0", "d1"], next: "d2" }],
    ["all outlived it", [-30 * HOUR, -26 * HOUR], { expired: ["d0", "d1"], next: null }],
  ])("an enable's backlog, in order: %s", (_, ages, expected) =>
    expect(nextInBacklog(ages.map((ms, i) => ({ id: `d${i}`, createdAt: at(ms) })), T0, MIN)).toEqual(expected),
  );
});

describe("rotating secrets", () => {
  const first = rotateSecrets("whsec_a", [], T0);
  const second = first.ok ? rotateSecrets("whsec_b", first.previousSecrets, at(10_000)) : first;

  it("a second rotation keeps the first one's promise: every replaced secret signs until its own 24 h", () => {
    expect(first).toEqual({ ok: true, previousSecrets: [{ secret: "whsec_a", expiresAt: at(24 * HOUR).toISOString() }], previousSecretExpiresAt: at(24 * HOUR) });
    expect(second.ok && second.previousSecrets.map((s) => s.secret)).toEqual(["whsec_b", "whsec_a"]);
  });

  it.each<[string, number, string[]]>([
    ["during both overlaps", 60_000, ["whsec_c", "whsec_b", "whsec_a"]],
    ["after the original's 24 h", 24 * HOUR + 1, ["whsec_c", "whsec_b"]],
    ["after both", 25 * HOUR, ["whsec_c"]],
  ])("signing %s", (_, ms, secrets) => expect(signingSecrets("whsec_c", second.ok ? second.previousSecrets : [], at(ms))).toEqual(secrets));

  it("refused while three replaced secrets still sign, until the oldest stops; an unreadable list is none", () => {
    const three = [0, 1, 2].map((i) => ({ secret: `whsec_${i}`, expiresAt: at(24 * HOUR - i * MIN).toISOString() }));
    expect(rotateSecrets("whsec_x", three, at(HOUR))).toEqual({ ok: false, overlapping: 3, retryAt: at(24 * HOUR - 2 * MIN) });
    expect(rotateSecrets("whsec_x", three, at(24 * HOUR - 2 * MIN)).ok).toBe(true);
    expect(signingSecrets("whsec_x", "garbage", T0)).toEqual(["whsec_x"]);
  });
});
