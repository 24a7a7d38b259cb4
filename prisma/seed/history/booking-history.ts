// The demo history's meetings, booked as the live product books one (services/bookings/book-slot.ts):
// a history lead whose journey reaches MEETING_BOOKED gets one CONFIRMED Booking with the rep who
// owns it then, of the meeting type its path/team resolves to (domain/booking/meeting-type.ts; the
// demo seeds none, so the built-in "Intro call", meetingTypeId null, as live), at a start the
// rep's free slots offer at the booking's moment (domain/booking/free-slots.ts: the rep's working
// hours in their zone, notice, horizon, buffers, the daily cap and the rep's earlier history
// bookings — never overlapping: the exclusion constraint would refuse it). Who books:
// - "page": the prospect on the post-submit calendar, a few minutes after submitting (sales leads
//   routed once; a graduate is not on the page, and an SLA-reassigned lead was not booked while
//   its first rep held it). As book-slot.ts does, the booking is the first contact and accepts
//   the waiting assignment: acceptedAt and firstContactAt become the booking's moment (no CONTACTED
//   outcome: the booking records none), an "accepted" event (via "booking") is written, and no SLA
//   reminder follows an accepted assignment.
// - "prospect" later, from the booking link in the rep's email, after the first contact.
// - "rep:<userId>": the owner, from the lead page, in their working hours after the first contact.
// The lifecycle's MEETING_BOOKED is the booking's moment (source BOOKING) with its "booked" timeline
// event; MEETING_HELD / NO_SHOW follows the meeting's end (the rep records it in their hours), the
// later stages keep their spacing. Not replayed: the confirmation emails and calendar writes (job
// rows), and cancellations (none: a cancel moves the lead's stage back, meeting-cancelled.ts, which
// no journey here does; analytics count no cancellations). A graduate's enrolment already ended
// "graduated" when it books (exitEnrollments ends only active ones), so it stays so.
// Finished: a meeting is never later than the history's `end` — a confirmed future meeting would
// make its rep busy for live routing and booking, and every history lead is closed. A lead whose
// meeting could not end by then did not book: its journey stops before MEETING_BOOKED and closes as
// the history's cut closes it ("timing"). Four draws per meeting lead, from a stream of its own.
// No I/O.
import { DEFAULT_MEETING_TYPE, meetingLocation, type TMeetingTypeSettings } from "../../../server/domain/booking/meeting-type";
import { freeSlots, type TBookedSpan } from "../../../server/domain/booking/free-slots";
import { atWorkFor, type TJourney, type THistoryRep } from "./history-helpers";
import type { THistoryBooking, THistoryLead } from "./history-types";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** How likely a meeting lead's prospect booked on the page right after submitting (when they could). */
export const PAGE_BOOKING_SHARE = 0.65;
/** How likely the rep booked the meeting from the lead page (else the prospect, from the emailed link). */
export const REP_BOOKING_SHARE = 0.15;
/** Draws per meeting lead (the same for every one, so one lead's booking never shifts the next's). */
const DRAWS = 4;

/** The prospect's zone for the booking's emails, by the region they answered (history leads carry no zone). */
const ZONE_BY_REGION: Record<string, string> = { north_america: "America/New_York", europe: "Europe/London", apac: "Asia/Singapore", latam: "America/Sao_Paulo" };

export type TMeetingType = TMeetingTypeSettings & { id: string | null };

export interface TBookingArgs {
  leadId: string;
  region: unknown;
  /** The owner then (the lead's last assignment), with the user a rep booking names. */
  rep: THistoryRep;
  assignment: { id: string; assignedAt: Date };
  /** Whether the prospect could have booked on the page: a sales lead routed once. */
  canBookOnPage: boolean;
  meetingType: TMeetingType | null;
  /** The rep's history bookings so far (read only). */
  repBookings: readonly TBookedSpan[];
  end: number;
}

export type TBooked = { journey: TJourney; booking: THistoryBooking | null; events: THistoryLead["events"] };

/** The journey with its meeting booked (see the header); unchanged without MEETING_BOOKED. `rnd`: drawn DRAWS times for a meeting lead. */
export function withBooking(journey: TJourney, args: TBookingArgs, rnd: () => number): TBooked {
  const at = journey.outcomes.findIndex((o) => o.stage === "MEETING_BOOKED");
  if (at < 0) return { journey, booking: null, events: [] };
  const [kindDraw, delayDraw, slotDraw, heldDraw] = Array.from({ length: DRAWS }, () => rnd()) as [number, number, number, number];
  const { rep, leadId } = args;
  const type = args.meetingType ?? { ...DEFAULT_MEETING_TYPE, id: null };
  const isPage = args.canBookOnPage && kindDraw < PAGE_BOOKING_SHARE;
  const isRep = !isPage && kindDraw >= 1 - REP_BOOKING_SHARE && !!rep.userId;
  const bookedBy = isRep ? `rep:${rep.userId}` : "prospect";
  const planned = journey.outcomes[at]!.occurredAt.getTime();
  const bookedAt =
    isPage ? new Date(args.assignment.assignedAt.getTime() + (1 + delayDraw * 6) * MIN)
    : isRep ? atWorkFor(rep, planned, () => delayDraw)
    : new Date(planned);
  const horizon = bookedAt.getTime() + (type.horizonDays + 1) * DAY;
  const bookings = args.repBookings.filter((b) => b.endsAt.getTime() > bookedAt.getTime() - DAY && b.startsAt.getTime() < horizon);
  const slots = freeSlots({ timeZone: rep.timeZone, workingHours: rep.workingHours, busy: [], bookings, rules: type, now: bookedAt, limit: 40 });
  const slot = slots[Math.floor(slotDraw * slotDraw * slots.length)];
  if (!slot || slot.end.getTime() > args.end) return { journey: notBooked(journey, at, args.end), booking: null, events: [] };

  const id = `${leadId}b`;
  const booking: THistoryBooking = {
    id,
    repId: rep.id,
    meetingTypeId: type.id,
    startsAt: slot.start,
    endsAt: slot.end,
    timeZone: ZONE_BY_REGION[String(args.region)] ?? "UTC",
    title: `${type.title} with ${rep.name}`.slice(0, 200),
    location: meetingLocation(type, { rep: rep.name, booking: id }),
    bookedBy,
    createdAt: bookedAt,
  };
  const events: THistoryLead["events"] = [];
  let { acceptedAt, firstContactAt } = journey;
  let before = journey.outcomes.slice(0, at);
  if (isPage) {
    // The booking accepts the waiting assignment and is the first contact (book-slot.ts).
    if (!acceptedAt || acceptedAt > bookedAt) {
      acceptedAt = bookedAt;
      const timeToAcceptMs = bookedAt.getTime() - args.assignment.assignedAt.getTime();
      events.push({ id: `${leadId}ba`, type: "accepted", data: { assignmentId: args.assignment.id, repId: rep.id, timeToAcceptMs, byUserId: null, via: "booking", bookingId: id, bookedBy }, occurredAt: bookedAt });
    }
    if (!firstContactAt || firstContactAt > bookedAt) firstContactAt = bookedAt;
    before = before.filter((o) => o.stage !== "CONTACTED").map((o) => (o.stage === "ACCEPTED" ? { ...o, occurredAt: acceptedAt! } : o));
  }
  events.push({ id: `${leadId}bk`, type: "booked", data: { bookingId: id, repId: rep.id, startsAt: slot.start.toISOString(), endsAt: slot.end.toISOString(), bookedBy, isFallback: false }, occurredAt: bookedAt });
  // The meeting's outcome (held / no-show) after its end, in the rep's hours; later stages keep their spacing.
  const after = journey.outcomes.slice(at + 1);
  const next = after[0] ? atWorkFor(rep, slot.end.getTime() + (5 + heldDraw * 90) * MIN, () => heldDraw).getTime() : 0;
  const shift = after[0] ? next - after[0].occurredAt.getTime() : 0;
  const outcomes = [...before, { ...journey.outcomes[at]!, occurredAt: bookedAt, source: "BOOKING" as const }, ...after.map((o) => ({ ...o, occurredAt: new Date(o.occurredAt.getTime() + shift) }))].map((o, i) => ({ ...o, id: `${leadId}o${i + 1}` }));
  const closedAt = outcomes.at(-1)!.occurredAt;
  return { journey: { ...journey, acceptedAt, firstContactAt, outcomes, closedAt }, booking, events };
}

/** The journey of a lead whose meeting could not end by `end`: MEETING_BOOKED and later not reached (the history's cut closes it). */
function notBooked(journey: TJourney, at: number, end: number): TJourney {
  const outcomes = journey.outcomes.map((o, i) => (i < at ? o : { ...o, occurredAt: new Date(Math.max(o.occurredAt.getTime(), end + 1 + i)) }));
  return { ...journey, outcomes, closedAt: outcomes.at(-1)!.occurredAt };
}
