import { describe, expect, it } from "vitest";
import type { TLeadStage, TOutcomeSource } from "./lead-stages";
import { meetingCancelledReason, stageAfterMeetingCancelled } from "./meeting-cancelled";

const t = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 15, minutes));
const o = (stage: TLeadStage, minutes: number, source: TOutcomeSource = "SYSTEM") => ({ stage, occurredAt: t(minutes), recordedAt: t(minutes), source });
const accepted = { acceptedAt: t(1) };

describe("stageAfterMeetingCancelled", () => {
  it.each([
    { name: "booked after contact → contacted", stage: "MEETING_BOOKED", outcomes: [o("ACCEPTED", 1), o("CONTACTED", 2, "INBOX"), o("MEETING_BOOKED", 3, "BOOKING")], booked: false, expected: "CONTACTED" },
    { name: "booked straight after submit → accepted", stage: "MEETING_BOOKED", outcomes: [o("ACCEPTED", 1), o("MEETING_BOOKED", 1, "BOOKING")], booked: false, expected: "ACCEPTED" },
    { name: "rebooked after a no-show → no-show", stage: "MEETING_BOOKED", outcomes: [o("ACCEPTED", 1), o("MEETING_BOOKED", 2, "BOOKING"), o("NO_SHOW", 30, "INBOX"), o("MEETING_BOOKED", 40, "BOOKING")], booked: false, expected: "NO_SHOW" },
    { name: "a second booking cancelled after an earlier one was → still back", stage: "MEETING_BOOKED", outcomes: [o("ACCEPTED", 1), o("MEETING_BOOKED", 2, "BOOKING"), o("ACCEPTED", 5, "BOOKING"), o("MEETING_BOOKED", 6, "BOOKING")], booked: false, expected: "ACCEPTED" },
    { name: "another confirmed meeting remains → unchanged", stage: "MEETING_BOOKED", outcomes: [o("ACCEPTED", 1), o("MEETING_BOOKED", 3, "BOOKING")], booked: true, expected: null },
    { name: "the rep recorded a meeting themselves → unchanged", stage: "MEETING_BOOKED", outcomes: [o("ACCEPTED", 1), o("MEETING_BOOKED", 2, "INBOX"), o("MEETING_BOOKED", 3, "BOOKING")], booked: false, expected: null },
    { name: "held already → unchanged", stage: "MEETING_HELD", outcomes: [o("MEETING_BOOKED", 3, "BOOKING"), o("MEETING_HELD", 40, "INBOX")], booked: false, expected: null },
    { name: "opportunity → unchanged", stage: "OPPORTUNITY", outcomes: [o("MEETING_BOOKED", 3, "BOOKING"), o("OPPORTUNITY", 40, "API")], booked: false, expected: null },
    { name: "won → unchanged", stage: "WON", outcomes: [o("MEETING_BOOKED", 3, "BOOKING"), o("WON", 40, "API")], booked: false, expected: null },
  ] as const)("$name", ({ stage, outcomes, booked, expected }) => {
    expect(stageAfterMeetingCancelled({ stage, ...accepted }, outcomes, booked)).toBe(expected);
  });

  it("never accepted (no acceptance recorded) → open", () => {
    expect(stageAfterMeetingCancelled({ stage: "MEETING_BOOKED", acceptedAt: null }, [o("MEETING_BOOKED", 3, "BOOKING")], false)).toBe("OPEN");
  });

  it("says who cancelled", () => {
    expect(meetingCancelledReason({ kind: "prospect" })).toBe("Meeting cancelled by the prospect");
    expect(meetingCancelledReason({ kind: "member", name: "Sarah Chen" })).toBe("Meeting cancelled by Sarah Chen");
    expect(meetingCancelledReason({ kind: "api" })).toBe("Meeting cancelled");
  });
});
