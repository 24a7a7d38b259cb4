import { describe, expect, it } from "vitest";
import { isSameBookingRequest } from "./same-booking-request";

const at = (iso: string) => new Date(iso);
const existing = { startsAt: at("2026-12-01T17:00:00Z"), repId: "sarah", meetingTypeId: "intro", isFallback: false };
const fallback = { ...existing, repId: "priya", isFallback: true };

describe("isSameBookingRequest", () => {
  it.each([
    ["the same start and meeting type", { start: at("2026-12-01T17:00:00.000Z"), meetingTypeId: "intro" }, true],
    ["the same, naming the rep it was booked with (a fallback booking sent again)", { start: at("2026-12-01T17:00:00Z"), meetingTypeId: "intro", repId: "sarah" }, true],
    ["another start", { start: at("2026-12-01T17:30:00Z"), meetingTypeId: "intro" }, false],
    ["another meeting type now applies", { start: at("2026-12-01T17:00:00Z"), meetingTypeId: "demo" }, false],
    ["the built-in default now, a stored type then", { start: at("2026-12-01T17:00:00Z"), meetingTypeId: null }, false],
    ["another rep asked for", { start: at("2026-12-01T17:00:00Z"), meetingTypeId: "intro", repId: "priya" }, false],
  ] as const)("%s", (_name, request, expected) => {
    expect(isSameBookingRequest(existing, request)).toBe(expected);
  });

  it.each([
    ["the same start with the rep it was booked with, whatever type applies now", { start: at("2026-12-01T17:00:00Z"), meetingTypeId: null, repId: "priya" }, true],
    ["the same start without naming that rep", { start: at("2026-12-01T17:00:00Z"), meetingTypeId: "intro" }, false],
    ["another start with that rep", { start: at("2026-12-02T17:00:00Z"), meetingTypeId: "intro", repId: "priya" }, false],
  ] as const)("a booking with the next best rep: %s", (_name, request, expected) => {
    expect(isSameBookingRequest(fallback, request)).toBe(expected);
  });

  it("the built-in default both times is the same meeting type", () => {
    expect(isSameBookingRequest({ ...existing, meetingTypeId: null }, { start: existing.startsAt, meetingTypeId: null })).toBe(true);
  });
});
