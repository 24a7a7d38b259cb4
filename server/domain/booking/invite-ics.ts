// The calendar invite (.ics, RFC 5545 / iTIP) of a booking, for the prospect's and the rep's
// emails: a stable UID per booking (so every update replaces the same event), METHOD:REQUEST
// with SEQUENCE bumped on each reschedule, METHOD:CANCEL (STATUS:CANCELLED) when cancelled; the
// rep is the organizer and the prospect the attendee. Made by the `ics` package.
import { createEvent } from "ics";

export interface TInviteInput {
  bookingId: string;
  /** The host part of the UID (the app's domain). */
  uidDomain: string;
  sequence: number;
  isCancelled: boolean;
  start: Date;
  end: Date;
  title: string;
  description: string;
  location: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/**
 * A name as an iCalendar parameter value (CN="…"): RFC 5545's quoted-string cannot hold a double
 * quote (the `ics` package writes \", which parsers read as the value's end) nor a line break.
 * Double quotes become single ones and breaks spaces; everything else is kept as typed.
 */
export function parameterSafeName(name: string): string {
  let safe = "";
  for (const ch of name) safe += ch === '"' ? "'" : ch === "\r" || ch === "\n" || ch === "\t" ? " " : ch;
  return safe;
}

export function inviteUid(bookingId: string, uidDomain: string): string {
  return `booking-${bookingId}@${uidDomain}`;
}

export type TInviteResult = { ok: true; ics: string; method: "REQUEST" | "CANCEL" } | { ok: false; error: string };

export function buildInviteIcs(input: TInviteInput): TInviteResult {
  const method = input.isCancelled ? "CANCEL" : "REQUEST";
  const { error, value } = createEvent({
    uid: inviteUid(input.bookingId, input.uidDomain),
    method,
    sequence: input.sequence,
    status: input.isCancelled ? "CANCELLED" : "CONFIRMED",
    start: input.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: input.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: input.title,
    description: input.description,
    ...(input.location ? { location: input.location } : {}),
    organizer: { name: parameterSafeName(input.organizer.name), email: input.organizer.email },
    attendees: [{ name: parameterSafeName(input.attendee.name), email: input.attendee.email, rsvp: true, partstat: input.isCancelled ? "DECLINED" : "ACCEPTED", role: "REQ-PARTICIPANT" }],
    productId: "switchboard/booking",
    busyStatus: "BUSY",
  });
  if (error || !value) return { ok: false, error: error?.message ?? "no invite" };
  return { ok: true, ics: value, method };
}
