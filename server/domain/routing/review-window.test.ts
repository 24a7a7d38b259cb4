// The end of a provisional assignment's review window, from the events the inbox read with its leads.
import { describe, expect, it } from "vitest";
import { reviewWindowEnd } from "./review-window";

const ASSIGNED = new Date("2026-12-07T10:02:00Z");
const A = { id: "asg_1", assignedAt: ASSIGNED };

describe("reviewWindowEnd", () => {
  it.each<[string, unknown[], number | null, string | null]>([
    ["the window its review request recorded", [{ assignmentId: "asg_1", windowMinutes: 30 }], 45, "2026-12-07T10:32:00.000Z"],
    ["another assignment's request does not count: the published window", [{ assignmentId: "asg_0", windowMinutes: 10 }], 45, "2026-12-07T10:47:00.000Z"],
    ["a request without minutes: the published window", [{ assignmentId: "asg_1" }], 20, "2026-12-07T10:22:00.000Z"],
    ["no request, no published window: none", [], null, null],
    ["data that is not an object is skipped", [null, "x", 3, { assignmentId: "asg_1", windowMinutes: 60 }], null, "2026-12-07T11:02:00.000Z"],
  ])("%s", (_what, requested, published, expected) => {
    expect(reviewWindowEnd(A, requested, published)?.toISOString() ?? null).toBe(expected);
  });
});
