import { describe, expect, it } from "vitest";
import { END_SCREEN_WAIT_MS, wasPromisedBookingLink } from "./end-screen-wait";

const SUBMITTED = new Date("2026-12-01T15:00:00Z");
const at = (ms: number) => new Date(SUBMITTED.getTime() + ms);

describe("wasPromisedBookingLink", () => {
  it.each([
    { name: "routed to a rep at submit", steps: [{ kind: "ROUTED", repId: "r1", assignedAt: at(50) }], expected: false },
    { name: "routed to a rep at submit, then reassigned", steps: [{ kind: "ROUTED", repId: "r1", assignedAt: at(50) }, { kind: "MANUAL", repId: "r2", assignedAt: at(3_600_000) }], expected: false },
    { name: "first rep after the end screen gave up", steps: [{ kind: "ROUTED", repId: "r1", assignedAt: at(END_SCREEN_WAIT_MS) }], expected: true },
    { name: "the backup queue at submit, then a rep", steps: [{ kind: "FALLBACK", repId: null, assignedAt: at(50) }, { kind: "MANUAL", repId: "r1", assignedAt: at(60_000) }], expected: true },
    { name: "a rep, then the backup queue (SLA found nobody), then a rep", steps: [{ kind: "ROUTED", repId: "r1", assignedAt: at(50) }, { kind: "FALLBACK", repId: null, assignedAt: at(3_600_000) }, { kind: "REASSIGNED", repId: "r2", assignedAt: at(7_200_000) }], expected: true },
    { name: "no assignment", steps: [], expected: false },
  ])("$name → $expected", ({ steps, expected }) => {
    expect(wasPromisedBookingLink(SUBMITTED, steps)).toBe(expected);
  });
});
