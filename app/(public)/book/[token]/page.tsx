// The hosted booking page, from the link emailed once a rep has a lead whose prospect was told
// "we'll email you a link" (late routing, the backup queue: services/bookings/late-booking-link.ts):
// the same booking panel as the end screen, bound to the lead by the signed, expiring token. Reading it changes nothing.
// Also "Book another time" on a cancelled meeting's page (/b/<token>), with ?tz= the zone that page
// showed the times in, and in the prospect's cancellation email, with ?tz= the meeting's zone (the
// one the email says the time in): the panel starts in it (a zone the "Times in" menus do not offer
// is ignored: the browser's, as from the late booking link's email, which has no ?tz=).
import type { Metadata } from "next";
import BookingPanel from "@/components/booking/booking-panel";
import { env } from "@/server/env";
import { verifyBookingToken } from "@/server/services/bookings/booking-token";
import { now } from "@/server/time/clock";
import { decodePathSegment } from "@/server/http/decode-path-segment";
import { listTimeZones } from "@/server/domain/reps/time-zone";
import { askedTimeZone } from "@/server/domain/time/asked-time-zone";
import { offeredTimeZones } from "@/server/domain/time/time-zone-choices";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Book your meeting", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function BookingPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = decodePathSegment((await params).token);
  const startZone = askedTimeZone((await searchParams).tz, offeredTimeZones(listTimeZones()));
  const secret = env().AUTH_SECRET;
  const check = secret ? verifyBookingToken(token, secret, now()) : null;
  const isValid = check?.ok === true && check.kind === "book";
  return (
    <main className="flex min-h-screen items-start justify-center px-2 py-6 sm:px-4 sm:py-12">
      <div className="w-full max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-8">
        {isValid ? (
          <>
            <h1 className="text-xl font-semibold">Book your meeting</h1>
            <BookingPanel token={token} startZone={startZone} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">{check && !check.ok && check.reason === "expired" ? "This link has expired" : "This link is not valid"}</h1>
            <p className="text-sm text-slate-600">Reply to our email and we will find a time with you.</p>
          </>
        )}
      </div>
    </main>
  );
}
