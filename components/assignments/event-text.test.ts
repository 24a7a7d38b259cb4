import { describe, expect, it } from "vitest";
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
      { title: "Meeting still booked with Sarah Chen", detail: "2026-12-03 15:00 UTC · Owner removed from the workspace · Priya Patel (the new owner) can take it, or a manager can cancel it; the prospect still expects it" },
    ],
    [
      "meeting with an owner now a Marketer, no new owner",
      "booking_rep_left",
      { bookingId: "b1", repId: "r_sarah", startsAt: "2026-12-03T15:00:00.000Z", to: null, byUserId: "u_mgr", cause: "role_changed", role: "MARKETER" },
      { title: "Meeting still booked with Sarah Chen", detail: "2026-12-03 15:00 UTC · Owner is now a Marketer · Its next owner can take it, or a manager can cancel it; the prospect still expects it" },
    ],
    ["an unknown rep", "accepted", { repId: "r_gone" }, { title: "Accepted by a former rep", detail: null }],
    ["malformed data", "returned", "oops", { title: "Returned by the rep", detail: null }],
    ["another event", "scored", { tier: "hot" }, null],
  ])("%s", (_name, type, data, text) => {
    expect(describeLeadEvent(type, data, names)).toEqual(text);
  });
});
