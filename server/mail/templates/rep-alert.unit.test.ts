// The rep alert's opening line: a new lead, a reassigned one (by whom, from whom, why — a manager,
// the SLA, an owner who left, a returned lead), the speed-to-lead reminder (which must not read as a
// second new lead), or the fallback queue's owner; and the line about a meeting with another rep.
import { describe, expect, it } from "vitest";
import type { TReassignmentNotice } from "../../domain/routing/reassignment-notice";
import { acceptByLine, openingLine, otherRepMeetingLine } from "./rep-alert";

describe("openingLine", () => {
  it.each([
    [{ isReminder: false, isProvisional: false, fallbackQueue: null }, "Hi Sarah, a new lead was routed to you."],
    [{ isReminder: false, isProvisional: true, fallbackQueue: null }, "Hi Sarah, a new lead was routed to you (provisionally — a manager is reviewing this high-value lead)."],
    [{ isReminder: true, isProvisional: false, fallbackQueue: null }, "Hi Sarah, a reminder: the lead below was routed to you and is still waiting for you to accept it."],
    [
      { isReminder: true, isProvisional: true, fallbackQueue: null },
      "Hi Sarah, a reminder: the lead below was routed to you (provisionally — a manager is reviewing this high-value lead) and is still waiting for you to accept it.",
    ],
    [{ isReminder: false, isProvisional: false, fallbackQueue: "Backup" }, "Hi Sarah, no routing path could place this lead, so it reached the fallback queue “Backup” that you own. Please pick it up or assign it to a rep."],
  ])("%o", (props, expected) => {
    expect(openingLine({ repName: "Sarah", ...props })).toBe(expected);
  });
});

describe("openingLine of a reassigned lead", () => {
  const base: { isReminder: boolean; isProvisional: boolean; fallbackQueue: string | null } = { isReminder: false, isProvisional: false, fallbackQueue: null };
  const by = (r: Partial<TReassignmentNotice>): TReassignmentNotice => ({ cause: "person", fromRepName: "Maya", byName: "Olivia", reason: "test", ...r });
  it.each<[string, TReassignmentNotice, Partial<typeof base>, string]>([
    ["a manager, to the next best rep or a named one", by({}), {}, "Hi Tom, Olivia reassigned this lead to you from Maya. Reason: test."],
    ["a reason that ends its own sentence", by({ reason: "Maya is on leave!" }), {}, "Hi Tom, Olivia reassigned this lead to you from Maya. Reason: Maya is on leave!"],
    ["provisionally", by({}), { isProvisional: true }, "Hi Tom, Olivia reassigned this lead to you from Maya (provisionally — a manager is reviewing this high-value lead). Reason: test."],
    ["a manager's first owner (MANUAL)", by({ fromRepName: null, isFirstOwner: true }), {}, "Hi Tom, Olivia assigned this lead to you. Reason: test."],
    ["an API key", by({ byName: null, isThroughApi: true }), {}, "Hi Tom, this lead was reassigned to you from Maya through the API. Reason: test."],
    ["nobody (the booking page's next best rep)", by({ byName: null, reason: "Booked with the next best rep" }), {}, "Hi Tom, this lead was reassigned to you from Maya. Reason: Booked with the next best rep."],
    ["the SLA", { cause: "not_accepted", fromRepName: "Maya", byName: null, reason: "Not accepted in time" }, {}, "Hi Tom, this lead was reassigned to you because Maya did not accept it in time."],
    [
      "an owner removed",
      { cause: "owner_left", fromRepName: "Maya", byName: "Olivia", reason: "Owner removed from the workspace" },
      {},
      "Hi Tom, this lead was handed on to you from Maya, who no longer works leads here. Reason: Owner removed from the workspace (by Olivia).",
    ],
    [
      "an owner now a Marketer, nobody known",
      { cause: "owner_left", fromRepName: "Maya", byName: null, reason: "Owner is now a Marketer" },
      {},
      "Hi Tom, this lead was handed on to you from Maya, who no longer works leads here. Reason: Owner is now a Marketer.",
    ],
    ["returned by its owner", { cause: "returned", fromRepName: "Maya", byName: null, reason: "too small" }, {}, "Hi Tom, Maya returned this lead and it was reassigned to you. Reason: too small."],
    ["the reminder", by({}), { isReminder: true }, "Hi Tom, a reminder: the lead below was reassigned to you and is still waiting for you to accept it."],
    ["the fallback queue's owner", by({}), { fallbackQueue: "Backup" }, "Hi Tom, no routing path could place this lead, so it reached the fallback queue “Backup” that you own. Please pick it up or assign it to a rep."],
  ])("%s", (_label, reassigned, props, expected) => {
    expect(openingLine({ repName: "Tom", ...base, ...props, reassigned })).toBe(expected);
  });
});

describe("otherRepMeetingLine", () => {
  const startsAt = new Date("2026-12-01T19:30:00Z");
  it("a rep still at work keeps the meeting", () => {
    expect(otherRepMeetingLine({ startsAt, repName: "Maya", hasRepLeft: false })).toBe(
      "The prospect has a meeting booked for 2026-12-01 19:30 UTC with Maya: it stays with Maya unless a manager moves it (the details are on the lead page).",
    );
  });
  it("a rep who left: the recipient's to take", () => {
    expect(otherRepMeetingLine({ startsAt, repName: "Maya", hasRepLeft: true })).toBe(
      "The prospect has a meeting booked for 2026-12-01 19:30 UTC with Maya, who no longer works leads here. It has not been cancelled: please take it in their place (the details are on the lead page), or ask a manager to cancel it.",
    );
  });
});

describe("acceptByLine", () => {
  const acceptBy = new Date("2026-12-01T14:15:00Z");
  it("at work: the deadline", () => {
    expect(acceptByLine(acceptBy, null)).toBe("Please accept by 2026-12-01 14:15 UTC; after that it is offered to the next rep.");
  });
  it("assigned while away: when the clock starts, then the deadline", () => {
    expect(acceptByLine(acceptBy, new Date("2026-12-01T14:00:00Z"))).toBe(
      "This lead reached you while you are away (outside your working hours, on leave or in a meeting): your clock starts when you are next available, 2026-12-01 14:00 UTC. Please accept by 2026-12-01 14:15 UTC; after that it is offered to the next rep.",
    );
  });
});
