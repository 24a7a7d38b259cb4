// The inbox row says a provisional lead awaits review in the lead page's words (leadStatusBadge), its
// deadline in the viewer's zone; a row whose assignment is not provisional says nothing of a review.
import { describe, expect, it } from "vitest";
import { leadStatusBadge } from "@/components/assignments/lead-status";
import { formatTimeMarks } from "@/components/leads/time-marks";
import { inboxReviewBadge } from "./inbox-review";

const UNTIL = new Date("2026-12-07T10:32:00Z");

describe("inboxReviewBadge", () => {
  it.each<[string, Parameters<typeof inboxReviewBadge>[0], string | undefined, string | null]>([
    ["provisional, not accepted yet, in Berlin", { status: "ASSIGNED", isProvisional: true, reviewUntil: UNTIL }, "Europe/Berlin", "Provisional — awaiting review until Dec 7, 2026, 11:32"],
    ["provisional and accepted, in New York", { status: "ACCEPTED", isProvisional: true, reviewUntil: UNTIL }, "America/New_York", "Provisional — awaiting review until Dec 7, 2026, 05:32"],
    ["no zone known yet: UTC, named", { status: "ASSIGNED", isProvisional: true, reviewUntil: UNTIL }, undefined, "Provisional — awaiting review until Dec 7, 2026, 10:32 UTC"],
    ["no review window published", { status: "ASSIGNED", isProvisional: true, reviewUntil: null }, "Europe/Berlin", "Provisional — awaiting review"],
    ["not provisional: nothing", { status: "ASSIGNED", isProvisional: false, reviewUntil: null }, "Europe/Berlin", null],
  ])("%s", (_what, item, zone, expected) => {
    const badge = inboxReviewBadge(item);
    expect(badge ? formatTimeMarks(badge.label, zone) : null).toBe(expected);
  });

  it("is the lead page's badge, tone and words (one rule)", () => {
    const item = { status: "ASSIGNED", isProvisional: true, reviewUntil: UNTIL } as const;
    expect(inboxReviewBadge(item)).toEqual(leadStatusBadge(item));
  });
});
