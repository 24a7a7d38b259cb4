import { describe, expect, it } from "vitest";
import type { TLeadStage } from "./lead-stages";
import { inboxStage, inboxUrgency, sortInbox, type TInboxEntry } from "./inbox-order";

const NOW = new Date("2026-12-01T15:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
// A routed assignment whose clock started at once (the rep at work): slaStartsAt = assignedAt.
const entry = (id: string, over: Partial<TInboxEntry>): TInboxEntry => {
  const assignedAt = over.assignedAt ?? ago(5);
  return { id, stage: "OPEN", assignedAt, slaStartsAt: assignedAt, firstContactAt: null, stageChangedAt: null, ...over };
};

describe("inboxStage: the row's stage is the rep's own, as their assignment's acceptance is", () => {
  it.each<[string, TLeadStage, boolean, TLeadStage]>([
    ["new and not accepted", "OPEN", false, "OPEN"],
    ["accepted by the rep", "ACCEPTED", true, "ACCEPTED"],
    // The finding: the previous rep accepted, a manager reassigned it; it read "Accepted" beside "Not accepted".
    ["accepted by the previous rep, reassigned, not accepted by this one", "ACCEPTED", false, "OPEN"],
    ["accepted by this rep, the lead's stage not moved (stored before the lifecycle)", "OPEN", true, "ACCEPTED"],
    ["contacted by the previous rep, not accepted by this one: where the lead stands", "CONTACTED", false, "CONTACTED"],
    ["a meeting booked, not accepted by this rep", "MEETING_BOOKED", false, "MEETING_BOOKED"],
    ["an opportunity, accepted", "OPPORTUNITY", true, "OPPORTUNITY"],
  ])("%s", (_name, leadStage, isAccepted, shown) => {
    expect(inboxStage(leadStage, isAccepted)).toBe(shown);
  });
});

describe("inboxUrgency", () => {
  it.each<[string, TInboxEntry, number | null, { isWaiting: boolean; dueAt: Date | null; isOverdue: boolean }]>([
    ["waiting, within the SLA", entry("a", { assignedAt: ago(5) }), 15, { isWaiting: true, dueAt: ago(-10), isOverdue: false }],
    ["waiting, past the SLA", entry("a", { assignedAt: ago(20) }), 15, { isWaiting: true, dueAt: ago(5), isOverdue: true }],
    ["accepted still waits for contact", entry("a", { stage: "ACCEPTED", assignedAt: ago(90) }), null, { isWaiting: true, dueAt: ago(30), isOverdue: true }],
    ["contacted no longer waits", entry("a", { stage: "CONTACTED", firstContactAt: ago(1), assignedAt: ago(90) }), 15, { isWaiting: false, dueAt: null, isOverdue: false }],
    ["assigned off duty: due from the rep's clock start, not the assignment", entry("a", { assignedAt: ago(600), slaStartsAt: ago(5) }), 15, { isWaiting: true, dueAt: ago(-10), isOverdue: false }],
    ["no SLA clock (assigned by hand, backup queue, no SLA published): waiting, no countdown, never past the SLA", entry("a", { assignedAt: ago(20), slaStartsAt: null }), 15, { isWaiting: true, dueAt: null, isOverdue: false }],
    ["no SLA clock, long ago, no policy: still never past the SLA", entry("a", { assignedAt: ago(6000), slaStartsAt: null }), null, { isWaiting: true, dueAt: null, isOverdue: false }],
    ["a clock but the policy unpublished since: the default window", entry("a", { assignedAt: ago(90), slaStartsAt: ago(70) }), null, { isWaiting: true, dueAt: ago(10), isOverdue: true }],
    ["a booking is first contact", entry("a", { stage: "MEETING_BOOKED", firstContactAt: ago(1), assignedAt: ago(90) }), 15, { isWaiting: false, dueAt: null, isOverdue: false }],
  ])("%s", (_name, e, sla, expected) => {
    expect(inboxUrgency(e, NOW, sla)).toEqual(expected);
  });
});

describe("sortInbox", () => {
  it("waiting leads first, the SLA running out soonest on top; then worked leads, stalest first", () => {
    const sorted = sortInbox(
      [
        entry("worked-recent", { stage: "CONTACTED", firstContactAt: ago(10), stageChangedAt: ago(10), assignedAt: ago(60) }),
        entry("new", { assignedAt: ago(1) }),
        entry("overdue", { assignedAt: ago(30) }),
        entry("worked-stale", { stage: "OPPORTUNITY", firstContactAt: ago(300), stageChangedAt: ago(200), assignedAt: ago(400) }),
        entry("soon", { assignedAt: ago(12) }),
      ],
      NOW,
      15,
    );
    expect(sorted.map((e) => e.id)).toEqual(["overdue", "soon", "new", "worked-stale", "worked-recent"]);
  });

  it("waiting leads without an SLA after those with one (the longest waiting first), before worked leads", () => {
    const sorted = sortInbox(
      [
        entry("worked", { stage: "CONTACTED", firstContactAt: ago(10), stageChangedAt: ago(500), assignedAt: ago(600) }),
        entry("by-hand-new", { assignedAt: ago(2), slaStartsAt: null }),
        entry("sla-new", { assignedAt: ago(1) }),
        entry("by-hand-old", { assignedAt: ago(300), slaStartsAt: null }),
      ],
      NOW,
      15,
    );
    expect(sorted.map((e) => e.id)).toEqual(["sla-new", "by-hand-old", "by-hand-new", "worked"]);
  });
});
