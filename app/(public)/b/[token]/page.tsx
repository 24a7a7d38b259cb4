// The prospect's reschedule/cancel page, from the signed link in their confirmation email.
// Reading it changes nothing (mail scanners prefetch links): cancelling and moving are POSTs
// (server actions) that verify the token again. Each takes two steps, as booking does on the end
// screen: a time (or "Cancel the meeting") is a link that asks to confirm (?pick=…, ?cancel=1,
// still nothing changed), and only the confirmation posts. Works without JavaScript.
// Times are in the meeting's zone (the one the prospect booked in, or last moved it in), or in one
// they pick from the "Times in" menu (?tz=, kept by every link here and every post but a move; a zone
// the menu does not offer shows the booking's) — a cancelled meeting's page has the menu too, and its
// "Book another time" opens the booking panel in the zone shown. Moving the meeting while the times
// are in another zone makes that zone the meeting's (services/bookings/manage-link.ts), so the moved
// page's address drops ?tz= (server/domain/booking/manage-address.ts). A change's notice ("Moved.",
// "That time was just taken", ?moved=1 / ?taken=1) is told once: with JavaScript its flag then
// leaves the address, ?tz= kept, so a reload does not repeat it (components/booking/drop-notice-flag.tsx).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { dayKeyLabel } from "@/components/booking/booking-dates";
import { buttonClasses } from "@/components/ui/button";
import { meetingTimeText } from "@/server/domain/booking/meeting-time-text";
import { hasMeetingStarted } from "@/server/domain/booking/meeting-started";
import { zoneName } from "@/server/domain/time/zone-name";
import { ManageTimeZoneMenu } from "@/components/booking/manage-time-zone-menu";
import { DropNoticeFlag } from "@/components/booking/drop-notice-flag";
import { canonicalTimeZone, listTimeZones } from "@/server/domain/reps/time-zone";
import { askedTimeZone } from "@/server/domain/time/asked-time-zone";
import { offeredTimeZones } from "@/server/domain/time/time-zone-choices";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { verifyBookingToken } from "@/server/services/bookings/booking-token";
import { cancelledByOf, cancelledPageLine } from "@/server/services/bookings/cancelled-by";
import { rescheduleSlots } from "@/server/services/bookings/change-booking";
import { rebookingUrl } from "@/server/services/bookings/late-booking-link";
import { manageAddress, rebookAddress } from "@/server/domain/booking/manage-address";
import { cancelFromLink, rescheduleFromLink } from "./actions";
import { now as clockNow } from "@/server/time/clock";
import { decodePathSegment } from "@/server/http/decode-path-segment";

export const dynamic = "force-dynamic";
// "strict-origin", not "no-referrer": the token never leaves in a Referer (only the origin does), but the
// page's POSTs keep their Origin header — under "no-referrer" a browser sends `Origin: null`, and
// Next.js refuses a server action posted without JavaScript (or before hydration) as cross-site.
export const metadata: Metadata = { title: "Your meeting", robots: { index: false, follow: false }, referrer: "strict-origin" };

const SHOWN_DAYS = 5;

function Shell({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-lg space-y-4 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">{children}</div>
    </main>
  );
}

export default async function ManageBookingPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = decodePathSegment((await params).token);
  const query = await searchParams;
  const now = clockNow();
  const secret = env().AUTH_SECRET;
  const check = secret ? verifyBookingToken(token, secret, now) : null;
  if (!check?.ok || check.kind !== "manage") {
    return (
      <Shell>
        <h1 className="text-xl font-semibold">{check && !check.ok && check.reason === "expired" ? "This link has expired" : "This link is not valid"}</h1>
        <p className="text-sm text-slate-600">Reply to your confirmation email and we will help you.</p>
      </Shell>
    );
  }
  const db = await getDb();
  const booking = await db.booking.findUnique({ where: { id: check.id }, include: { rep: { select: { user: { select: { name: true, email: true } } } } } });
  if (!booking) return <Shell><h1 className="text-xl font-semibold">Meeting not found</h1></Shell>;
  const repName = booking.rep.user.name ?? booking.rep.user.email;
  // Times in the prospect's zone (the one they booked in, or one picked from "Times in"), named as
  // the booking panel names it ("Kolkata (GMT+5:30)").
  const bookedIn = canonicalTimeZone(booking.timeZone);
  const zone = askedTimeZone(query.tz, offeredTimeZones(listTimeZones())) ?? bookedIn;
  const here = `/b/${encodeURIComponent(token)}`;
  /** This page with `params`, and the picked zone when it is not the booking's. */
  const link = (params: Record<string, string> = {}) => manageAddress(token, params, zone === bookedIn ? null : zone);
  const when = meetingTimeText(booking.startsAt, booking.endsAt, zone);
  if (booking.status === "CANCELLED") {
    // Who cancelled, and a way to book again while the lead still offers booking (with its current
    // owner), in the zone the times are shown in here: the one picked, else the meeting's.
    const by = await cancelledByOf(db, booking);
    const rebook = await rebookingUrl(db, { appUrl: "", authSecret: secret! }, { leadId: booking.leadId, workspaceId: booking.workspaceId }, now);
    return (
      <Shell>
        <h1 className="text-xl font-semibold">Meeting cancelled</h1>
        <p className="text-sm text-slate-600">
          {booking.title} — <span data-booking-when>{when}</span> is cancelled. {cancelledPageLine(by, repName)}
        </p>
        <ManageTimeZoneMenu action={here} bookedIn={bookedIn} value={zone} now={now} />
        {rebook && (
          <a href={rebookAddress(rebook, zone)} className={buttonClasses("primary")}>
            Book another time
          </a>
        )}
      </Shell>
    );
  }
  if (hasMeetingStarted(booking.startsAt, now)) {
    // Started (the link stays valid a day after the meeting): what happened is not moved or cancelled here.
    return (
      <Shell>
        <h1 className="text-xl font-semibold">{booking.title}</h1>
        <p className="text-sm text-slate-700" data-booking-when>{when}</p>
        <p className="text-sm text-slate-600">This meeting has already started, so it can no longer be moved or cancelled here. To talk again, reply to your confirmation email and {repName} will find a new time with you.</p>
      </Shell>
    );
  }
  const days = (await rescheduleSlots(db, { workspaceId: booking.workspaceId, bookingId: booking.id, timeZone: zone, now })).slice(0, SHOWN_DAYS);
  // A time asked for by ?pick=: one of those offered now (a stale or forged one is not shown).
  const picked = days.flatMap((day) => day.slots).find((slot) => slot.start === query.pick) ?? null;
  const duration = booking.endsAt.getTime() - booking.startsAt.getTime();
  if (picked || query.cancel) {
    const start = picked ? new Date(picked.start) : null;
    return (
      <Shell>
        <h1 className="text-xl font-semibold">{booking.title}</h1>
        <p className="text-sm text-slate-700" data-booking-when>{start ? `Now: ${when}` : when}</p>
        <section aria-labelledby="confirm-heading" className={`space-y-3 rounded-lg border p-4 ${start ? "border-brand-500/40 bg-brand-50" : "border-red-200 bg-red-50"}`}>
          <h2 id="confirm-heading" className="text-sm font-semibold text-slate-900">
            {start ? `Move the meeting to ${meetingTimeText(start, new Date(start.getTime() + duration), zone)}?` : `Cancel this meeting with ${repName}?`}
          </h2>
          {start && <p className="text-sm text-slate-600">{repName} and you each get an updated invite.</p>}
          <div className="flex flex-wrap gap-2">
            <form action={start ? rescheduleFromLink : cancelFromLink}>
              <input type="hidden" name="token" value={token} />
              {zone !== bookedIn && <input type="hidden" name="tz" value={zone} />}
              <button type="submit" {...(picked ? { name: "start", value: picked.start } : {})} className={buttonClasses("primary")}>
                {start ? "Confirm the move" : "Yes, cancel the meeting"}
              </button>
            </form>
            <a href={link()} className={buttonClasses("secondary")}>{start ? "Choose another time" : "Keep it"}</a>
          </div>
        </section>
      </Shell>
    );
  }
  return (
    <Shell>
      <h1 className="text-xl font-semibold">{booking.title}</h1>
      <p className="text-sm text-slate-700" data-booking-when>{when}</p>
      {booking.location && <p className="break-all text-sm text-slate-600">Where: {booking.location}</p>}
      {/* Told once: with JavaScript the flag then leaves the address (DropNoticeFlag), so a reload does not repeat it. */}
      {query.moved && <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-900">Moved. An updated invite is on its way.</p>}
      {query.moved && <DropNoticeFlag name="moved" />}
      {query.taken && <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">That time was just taken — please pick another.</p>}
      {query.taken && <DropNoticeFlag name="taken" />}
      <ManageTimeZoneMenu action={here} bookedIn={bookedIn} value={zone} now={now} />
      <section aria-labelledby="move-heading" className="space-y-3">
        <h2 id="move-heading" className="text-sm font-semibold text-slate-900">Move to another time — times in {zoneName(zone, new Date(days[0]?.slots[0]?.start ?? booking.startsAt))}</h2>
        {days.length === 0 && <p className="text-sm text-slate-600">{repName} has no other free time soon.</p>}
        {days.map((day) => (
          <div key={day.date} className="space-y-1">
            <p className="text-xs font-medium text-slate-600">
              <time dateTime={day.date}>{dayKeyLabel(day.date)}</time>
            </p>
            <div className="flex flex-wrap gap-2">
              {day.slots.map((slot) => (
                <a key={slot.start} href={link({ pick: slot.start })} className="rounded border border-slate-300 px-2 py-1 text-sm hover:border-brand-500">
                  {slot.label}
                </a>
              ))}
            </div>
          </div>
        ))}
      </section>
      <a href={link({ cancel: "1" })} className={buttonClasses("secondary")}>Cancel the meeting</a>
    </Shell>
  );
}
