// The inbox row says a provisional lead awaits review in the lead page's words (leadStatusBadge); its
// deadline reads as the row's SLA line reads its times (relativeClock, the viewer's zone): a clock
// time today, a short date otherwise — never a full date beside the SLA line's bare clock. A row
// whose assignment is not provisional says nothing of a review.
import { describe, expect, it } from "vitest";
import { leadStatusBadge } from "@/components/assignments/lead-status";
import { inboxReviewBadge } from "./inbox-review";

const UNTIL = new Date("2026-12-07T10:32:00Z");
const NOW = new Date("2026-12-07T09:00:00Z");
const provisional = { status: "ASSIGNED", isProvisional: true, reviewUntil: UNTIL } as const;

describe("inboxReviewBadge", () => {
  it.each<[string, Parameters<typeof inboxReviewBadge>[0], Date, string | null, string | null]>([
    ["today in Berlin: the clock time only", provisional, NOW, "Europe/Berlin", "Provisional — awaiting review until 11:32"],
    ["accepted, today in New York", { ...provisional, status: "ACCEPTED" }, NOW, "America/New_York", "Provisional — awaiting review until 05:32"],
    ["tomorrow in Tokyo (past midnight there)", provisional, new Date("2026-12-06T12:00:00Z"), "Asia/Tokyo", "Provisional — awaiting review until tomorrow 19:32"],
    ["later this week", provisional, new Date("2026-12-04T09:00:00Z"), "Europe/Berlin", "Provisional — awaiting review until Mon 11:32"],
    ["over a week away: a short date", provisional, new Date("2026-11-20T09:00:00Z"), "Europe/Berlin", "Provisional — awaiting review until Dec 7, 11:32"],
    ["no zone known yet: UTC, named", provisional, NOW, null, "Provisional — awaiting review until 10:32 UTC"],
    ["no review window published", { ...provisional, reviewUntil: null }, NOW, "Europe/Berlin", "Provisional — awaiting review"],
    ["not provisional: nothing", { status: "ASSIGNED", isProvisional: false, reviewUntil: null }, NOW, "Europe/Berlin", null],
  ])("%s", (_what, item, now, zone, expected) => {
    expect(inboxReviewBadge(item, now, zone)?.label ?? null).toBe(expected);
  });

  it("is the lead page's badge, tone and words (one rule)", () => {
    const badge = inboxReviewBadge(provisional, NOW, "Europe/Berlin")!;
    const page = leadStatusBadge({ status: "ASSIGNED", isProvisional: true });
    expect(badge.tone).toBe(page.tone);
    expect(badge.label.startsWith(`${page.label} until `)).toBe(true);
  });
});
