import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/components/leads/format";
import { describeLeadEvent, type TEventText } from "./event-text";

const names = {
  repName: (id: string) => ({ r_sarah: "Sarah Chen", r_priya: "Priya Patel" })[id] ?? "a former rep",
  userName: (id: string) => ({ u_mgr: "Morgan Manager" })[id] ?? "a former member",
};

describe("describeLeadEvent", () => {
  it.each<[string, string, unknown, TEventText | null]>([
    ["routed to a rep", "routed", { outcome: "assigned", repId: "r_sarah", pathName: "Enterprise", configVersion: 3, durationMs: 4.2 }, { title: "Routed to Sarah Chen", detail: "Enterprise path · routing v3 · 4 ms" }],
    ["routed fast", "routed", { outcome: "assigned", repId: "r_sarah", durationMs: 0.42 }, { title: "Routed to Sarah Chen", detail: "0.42 ms" }],
    ["routed to the backup queue", "routed", { outcome: "fallback", repId: null, pathName: null }, { title: "Routed to the backup queue", detail: null }],
    ["routed to nurture", "routed", { outcome: "nurture", pathName: "Startups" }, { title: "Routed to the nurture tier", detail: "Startups path" }],
    ["disqualified", "routed", { outcome: "disqualified" }, { title: "Disqualified by routing", detail: null }],
    ["SLA reassignment", "reassigned", { outcome: "assigned", repId: "r_priya", note: "Not accepted in time" }, { title: "Reassigned to Priya Patel", detail: "Not accepted in time" }],
    ["manual reassignment", "reassigned", { outcome: "assigned", repId: "r_priya", byUserId: "u_mgr", note: "Knows the account" }, { title: "Reassigned to Priya Patel", detail: "by Morgan Manager · Knows the account" }],
    ["manual override", "reassigned", { mode: "manual", from: "r_sarah", to: "r_priya", reason: "Speaks German", byUserId: "u_mgr" }, { title: "Reassigned to Priya Patel", detail: "by Morgan Manager · Reason: Speaks German" }],
    ["next best rep", "reassigned", { mode: "next_best", outcome: "assigned", repId: "r_priya", from: "r_sarah", to: "r_priya", reason: "On leave", byUserId: "u_mgr", note: "On leave", pathName: "Enterprise", configVersion: 2 }, { title: "Reassigned to Priya Patel", detail: "by Morgan Manager · next best rep · Reason: On leave · Enterprise path · routing v2" }],
    ["a cancelled meeting took the lead back", "outcome", { stage: "CONTACTED", previousStage: "MEETING_BOOKED", stageChanged: true, source: "BOOKING", reason: "Meeting cancelled by the prospect", occurredAt: "2026-12-01T16:00:00.000Z" }, { title: "Back to contacted", detail: "Meeting cancelled by the prospect" }],
    ["returned", "returned", { repId: "r_sarah", reason: "Conflict of interest" }, { title: "Returned by Sarah Chen", detail: "Reason: Conflict of interest" }],
    ["accepted", "accepted", { repId: "r_sarah", timeToAcceptMs: 192_000 }, { title: "Accepted by Sarah Chen", detail: "Time to accept 3 min 12 s" }],
    ["reminded", "sla_reminded", { repId: "r_sarah" }, { title: "Reminder sent to Sarah Chen", detail: "Not accepted yet" }],
    ["review requested", "review_requested", { reviewerUserId: "u_mgr", windowMinutes: 30 }, { title: "Manager review requested", detail: "Morgan Manager has 30 min to approve or change the owner" }],
    ["review approved", "review_approved", { repId: "r_sarah", byUserId: "u_mgr" }, { title: "Review: Morgan Manager approved Sarah Chen", detail: null }],
    ["review changed", "review_changed", { fromRepId: "r_sarah", repId: "r_priya", byUserId: "u_mgr", reason: "Bigger deals" }, { title: "Review: Morgan Manager gave the lead to Priya Patel", detail: "Instead of Sarah Chen · Reason: Bigger deals" }],
    ["auto-confirmed", "review_auto_confirmed", { repId: "r_sarah" }, { title: "Review window passed: Sarah Chen confirmed", detail: null }],
    ["not routed", "not_routed", { reason: "no_routing_config" }, { title: "Not routed", detail: "no routing is published" }],
    [
      "owner removed, no routing",
      "not_routed",
      { reason: "owner_removed", from: "r_sarah", byUserId: "u_mgr" },
      { title: "Unassigned from Sarah Chen", detail: "Owner removed from the workspace; no routing to hand it on: waiting for a manager to assign it" },
    ],
    [
      "owner now a Marketer, no routing",
      "not_routed",
      { reason: "owner_removed", from: "r_sarah", byUserId: "u_mgr", cause: "role_changed", role: "MARKETER" },
      { title: "Unassigned from Sarah Chen", detail: "Owner is now a Marketer; no routing to hand it on: waiting for a manager to assign it" },
    ],
    [
      "meeting with a removed owner",
      "booking_rep_left",
      { bookingId: "b1", repId: "r_sarah", startsAt: "2026-12-03T15:00:00.000Z", to: "r_priya", byUserId: "u_mgr", cause: "removed" },
      { title: "Meeting still booked with Sarah Chen", detail: "Dec 3, 2026, 15:00 UTC · Owner removed from the workspace · Priya Patel (the new owner) can take it, or a manager can cancel it; the prospect still expects it" },
    ],
    [
      "meeting with an owner now a Marketer, no new owner",
      "booking_rep_left",
      { bookingId: "b1", repId: "r_sarah", startsAt: "2026-12-03T15:00:00.000Z", to: null, byUserId: "u_mgr", cause: "role_changed", role: "MARKETER" },
      { title: "Meeting still booked with Sarah Chen", detail: "Dec 3, 2026, 15:00 UTC · Owner is now a Marketer · Its next owner can take it, or a manager can cancel it; the prospect still expects it" },
    ],
    ["an unknown rep", "accepted", { repId: "r_gone" }, { title: "Accepted by a former rep", detail: null }],
    ["malformed data", "returned", "oops", { title: "Returned by the rep", detail: null }],
    ["another event", "scored", { tier: "hot" }, null],
  ])("%s", (_name, type, data, text) => {
    expect(describeLeadEvent(type, data, names, "USD")).toEqual(text);
  });
});

// Meeting and outcome times read as the rest of the History: the viewer's zone through the same
// formatter as <LocalTime> (formatDateTime); without a viewer's zone, UTC, named — never an ISO slice.
describe("describeLeadEvent: times in the viewer's zone", () => {
  const newYork = { ...names, time: (iso: string) => formatDateTime(new Date(iso), "America/New_York") };
  it.each<[string, string, unknown, typeof names | typeof newYork, TEventText]>([
    ["booked, New York viewer", "booked", { repId: "r_sarah", startsAt: "2026-12-07T15:30:00.000Z" }, newYork, { title: "Meeting booked with Sarah Chen", detail: "Dec 7, 2026, 10:30" }],
    ["booked, no viewer's zone (server)", "booked", { repId: "r_sarah", startsAt: "2026-12-07T15:30:00.000Z" }, names, { title: "Meeting booked with Sarah Chen", detail: "Dec 7, 2026, 15:30 UTC" }],
    ["booked, the viewer's day (21:30 New York is Tuesday in UTC)", "booked", { repId: "r_sarah", startsAt: "2026-12-08T02:30:00.000Z" }, newYork, { title: "Meeting booked with Sarah Chen", detail: "Dec 7, 2026, 21:30" }],
    [
      "moved, old time stored: from when to when",
      "booking_rescheduled",
      { bookingId: "b1", repId: "r_sarah", from: "2026-12-07T15:30:00.000Z", startsAt: "2026-12-07T16:30:00.000Z", endsAt: "2026-12-07T17:00:00.000Z", by: "rep" },
      newYork,
      { title: "Meeting moved (Sarah Chen)", detail: "From Dec 7, 2026, 10:30 to Dec 7, 2026, 11:30" },
    ],
    ["moved, written before the old time was kept", "booking_rescheduled", { repId: "r_sarah", startsAt: "2026-12-07T16:30:00.000Z" }, newYork, { title: "Meeting moved (Sarah Chen)", detail: "To Dec 7, 2026, 11:30" }],
    ["moved, a malformed old time is left out", "booking_rescheduled", { repId: "r_sarah", from: "soon", startsAt: "2026-12-07T16:30:00.000Z" }, newYork, { title: "Meeting moved (Sarah Chen)", detail: "To Dec 7, 2026, 11:30" }],
    ["booked, a malformed time is left out", "booked", { repId: "r_sarah", startsAt: "later" }, newYork, { title: "Meeting booked with Sarah Chen", detail: null }],
    [
      "outcome that happened earlier",
      "outcome",
      { stage: "WON", source: "API", amount: "12000", occurredAt: "2026-12-01T16:00:00.000Z", stageChanged: true },
      newYork,
      { title: "Marked won", detail: "from the API · amount $12,000 · happened Dec 1, 2026, 11:00" },
    ],
    [
      "meeting with a removed owner, New York viewer",
      "booking_rep_left",
      { bookingId: "b1", repId: "r_sarah", startsAt: "2026-12-03T15:00:00.000Z", to: null, cause: "removed" },
      newYork,
      { title: "Meeting still booked with Sarah Chen", detail: "Dec 3, 2026, 10:00 · Owner removed from the workspace · Its next owner can take it, or a manager can cancel it; the prospect still expects it" },
    ],
  ])("%s", (_name, type, data, viewer, text) => {
    expect(describeLeadEvent(type, data, viewer, "USD")).toEqual(text);
  });
});

// Every caller names the lead's currency: an outcome's amount reads as formatMoney writes money on
// the whole lead page ("$90,000"), never as stored ("amount 90000.00").
describe("describeLeadEvent: an outcome's amount in the lead's currency", () => {
  const outcome = (amount: unknown) => ({ stage: "WON", source: "INBOX", amount, stageChanged: true });
  it.each<[string, unknown, string, string | null]>([
    ["a whole amount as stored (numeric(14,2))", outcome("90000.00"), "USD", "from the inbox · amount $90,000"],
    ["cents kept", outcome("90000.50"), "USD", "from the inbox · amount $90,000.50"],
    ["the lead's currency", outcome("5000.00"), "EUR", "from the inbox · amount €5,000"],
    ["a currency without minor units", outcome("12000.00"), "JPY", "from the inbox · amount ¥12,000"],
    ["an amount it cannot read: shown as given, never dropped", outcome("12abc"), "USD", "from the inbox · amount 12abc USD"],
    ["no amount", outcome(null), "USD", "from the inbox"],
    ["an empty amount", outcome(""), "USD", "from the inbox"],
  ])("%s", (_name, data, currency, detail) => {
    expect(describeLeadEvent("outcome", data, names, currency)).toEqual({ title: "Marked won", detail });
  });
});
