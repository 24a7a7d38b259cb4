// The demo history's meetings (prisma/seed/history/booking-history.ts): every lead whose journey
// reached MEETING_BOOKED has the booking book-slot.ts would write — with its owner, in the owner's
// free slots (working hours in their zone, notice, no two meetings of a rep overlapping), the
// lifecycle and the timeline at the booking's moment — and nothing ends after the history's end.
import { describe, expect, it } from "vitest";
import { generateHistory } from "../../prisma/seed/history/generate-history";
import { PAGE_BOOKING_SHARE, withBooking } from "../../prisma/seed/history/booking-history";
import { isWithinWorkingHours } from "../domain/routing/rep-availability";
import { DEMO_HISTORY_ROSTER } from "../testing/fixtures/demo-history-roster";

const NOW = new Date("2026-12-21T09:30:00Z");
const END = NOW.getTime();
const LEADS = generateHistory(DEMO_HISTORY_ROSTER, { now: NOW, days: 90, leadsPerDay: 25, seed: 20261130, tag: "t" }).leads;
const REPS = new Map(DEMO_HISTORY_ROSTER.reps.map((r) => [r.id, r]));

describe("demo history bookings", () => {
  it("every lead that reached a meeting has one booking with its owner, in the owner's hours, before the end", () => {
    const met = LEADS.filter((l) => l.outcomes.some((o) => o.stage === "MEETING_BOOKED"));
    expect(met.length).toBeGreaterThan(300);
    expect(LEADS.filter((l) => l.booking).length).toBe(met.length);
    const wrong = met.flatMap((l) => {
      const b = l.booking!;
      const rep = REPS.get(b.repId)!;
      const booked = l.outcomes.find((o) => o.stage === "MEETING_BOOKED")!;
      const event = l.events.find((e) => e.type === "booked");
      const out: string[] = [];
      if (b.repId !== l.ownerRepId) out.push(`${l.id} rep`);
      if (!isWithinWorkingHours(rep.workingHours, rep.timeZone, b.startsAt) || !isWithinWorkingHours(rep.workingHours, rep.timeZone, new Date(b.endsAt.getTime() - 1))) out.push(`${l.id} hours`);
      if (b.createdAt < l.submittedAt || b.startsAt.getTime() < b.createdAt.getTime() + 120 * 60_000 || b.endsAt.getTime() > END) out.push(`${l.id} times`);
      if (b.endsAt.getTime() - b.startsAt.getTime() !== 30 * 60_000 || b.meetingTypeId !== null || b.title !== `Intro call with ${rep.name}`) out.push(`${l.id} meeting type`);
      if (booked.occurredAt.getTime() !== b.createdAt.getTime() || booked.source !== "BOOKING") out.push(`${l.id} outcome`);
      if (!event || event.occurredAt.getTime() !== b.createdAt.getTime() || (event.data as { bookingId: string }).bookingId !== b.id) out.push(`${l.id} event`);
      // Held or no-show is recorded after the meeting's end.
      const after = l.outcomes[l.outcomes.indexOf(booked) + 1];
      if (after && ["MEETING_HELD", "NO_SHOW"].includes(after.stage) && after.occurredAt < b.endsAt) out.push(`${l.id} held before the meeting ended`);
      return out;
    });
    expect(wrong).toEqual([]);
  }, 30_000);

  it("no rep has two meetings at once (the exclusion constraint), nor a buffer overlapped", () => {
    const byRep = new Map<string, { s: number; e: number }[]>();
    for (const l of LEADS) if (l.booking) byRep.set(l.booking.repId, [...(byRep.get(l.booking.repId) ?? []), { s: l.booking.startsAt.getTime(), e: l.booking.endsAt.getTime() }]);
    for (const spans of byRep.values()) {
      spans.sort((a, b) => a.s - b.s);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.s).toBeGreaterThanOrEqual(spans[i - 1]!.e + 10 * 60_000);
    }
  });

  it("a booking on the page accepts the lead and is its first contact, as book-slot.ts does; a later one does not", () => {
    // The booking's acceptance ("via" booking); every other accepted lead has its rep's own (work-events.ts).
    const isAcceptedByBooking = (l: (typeof LEADS)[number]) => l.events.some((e) => e.type === "accepted" && e.data.via === "booking");
    const page = LEADS.filter(isAcceptedByBooking);
    const later = LEADS.filter((l) => l.booking && !isAcceptedByBooking(l));
    expect(page.length).toBeGreaterThan(100);
    expect(later.length).toBeGreaterThan(100);
    for (const l of page) {
      const at = l.booking!.createdAt.getTime();
      expect(l.acceptedAt!.getTime()).toBe(at);
      expect(l.firstContactAt!.getTime()).toBe(at);
      expect(at - l.submittedAt.getTime()).toBeLessThanOrEqual(7 * 60_000);
      expect(l.outcomes.map((o) => o.stage)).not.toContain("CONTACTED");
      expect(l.assignments).toHaveLength(1);
      // An accepted assignment gets no SLA reminder (one due before the booking was sent).
      expect(l.events.filter((e) => e.type === "sla_reminded" && e.occurredAt.getTime() > at)).toEqual([]);
    }
    for (const l of later) expect(l.firstContactAt!.getTime()).toBeLessThanOrEqual(l.booking!.createdAt.getTime());
  });

  it("withBooking: a journey without a meeting is unchanged and draws nothing; a meeting that cannot end by the end is not booked", () => {
    const rep = DEMO_HISTORY_ROSTER.reps[0]!;
    const at = new Date("2026-12-16T15:00:00Z");
    const outcomes = [
      { id: "xo1", stage: "ACCEPTED", occurredAt: at, amount: null, reason: null },
      { id: "xo2", stage: "CONTACTED", occurredAt: new Date(at.getTime() + 3_600_000), amount: null, reason: null },
    ];
    const journey = { stage: "LOST" as const, acceptedAt: at, firstContactAt: outcomes[1]!.occurredAt, opportunityAmount: null, wonAmount: null, closedAt: outcomes[1]!.occurredAt, closeReason: "no response", outcomes };
    let draws = 0;
    const rnd = () => (draws++, PAGE_BOOKING_SHARE + 0.01);
    const args = { leadId: "x", region: "europe", rep, assignment: { id: "xa", assignedAt: at }, canBookOnPage: true, meetingType: null, repBookings: [], end: at.getTime() + 4 * 3_600_000 };
    expect(withBooking(journey, args, rnd)).toEqual({ journey, booking: null, events: [] });
    expect(draws).toBe(0);
    const meeting = { ...journey, outcomes: [...outcomes, { id: "xo3", stage: "MEETING_BOOKED", occurredAt: new Date(at.getTime() + 2 * 3_600_000), amount: null, reason: null }] };
    const out = withBooking(meeting, args, rnd);
    expect(out.booking).toBeNull();
    expect(out.journey.outcomes[2]!.occurredAt.getTime()).toBeGreaterThan(args.end);
  });
});
