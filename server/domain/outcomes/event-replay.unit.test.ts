// The same outcome event sent again under its externalId, after the request was read: the same lead,
// stage, instant, amount (to the cent) and reason (trimmed; blank is none) is the same event; any
// difference is named by the body's field. And the 422's wording, at the key the caller sent.
import { describe, expect, it } from "vitest";
import { eventReplayDifferences, replayMismatchError, type TRecordedEvent, type TSentEvent } from "./event-replay";

const recorded: TRecordedEvent = { leadId: "lead-1", stage: "WON", occurredAt: new Date("2026-12-01T15:50:00Z"), amount: "1200.00", reason: "Signed" };
const same: TSentEvent = { leadId: "lead-1", stage: "WON", occurredAt: new Date("2026-12-01T16:50:00+01:00"), amount: 1200, reason: " Signed " };

describe("eventReplayDifferences", () => {
  it.each<[string, Partial<TSentEvent>, string[]]>([
    ["the same event (another offset, spaces around the reason)", {}, []],
    ["the amount to the cent", { amount: 1200.004 }, []],
    ["another amount", { amount: 1200.5 }, ["amount"]],
    ["no amount", { amount: null }, ["amount"]],
    ["another instant", { occurredAt: new Date("2026-12-01T15:51:00Z") }, ["occurredAt"]],
    ["another reason", { reason: "Renewal" }, ["reason"]],
    ["no reason", { reason: undefined }, ["reason"]],
    ["another stage", { stage: "LOST" }, ["type"]],
    ["another lead and stage", { leadId: "lead-2", stage: "LOST" }, ["lead", "type"]],
  ])("%s", (_name, change, differs) => {
    expect(eventReplayDifferences(recorded, { ...same, ...change })).toEqual(differs);
  });

  it("no amount and no reason on both sides is the same", () => {
    expect(eventReplayDifferences({ ...recorded, stage: "CONTACTED", amount: null, reason: null }, { ...same, stage: "CONTACTED", amount: undefined, reason: "  " })).toEqual([]);
  });
});

describe("replayMismatchError", () => {
  it("at externalId, or at headers.idempotency-key in the words POST /leads uses", () => {
    expect(replayMismatchError(["amount"], "externalId")).toEqual({
      message: "The externalId was already used with a different request",
      path: "externalId",
      detail: "This externalId was already used with a different request (a different amount); use a new externalId for a new event",
    });
    expect(replayMismatchError(["lead", "type"], "idempotencyKey")).toEqual({
      message: "The Idempotency-Key was already used with a different request",
      path: "headers.idempotency-key",
      detail: "This key was already used with a different request (another lead, a different type); use a new key for a new event",
    });
  });
});
