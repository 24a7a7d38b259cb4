// The `calendar.write-event` job's service: a booking's current state → the rep's CalDAV calendar
// (writeRepEvent). It reads the booking when the job runs, so retries and out-of-order runs always
// write the latest state: confirmed → PUT (same UID as the emailed invite, the booking's
// SEQUENCE), cancelled → DELETE. Nothing to do for a rep without CalDAV or a booking gone.
import type { Db } from "../../db/client";
import { inviteUid } from "../../domain/booking/invite-ics";
import type { TCalendarDeps } from "./sync-calendar";
import { writeRepEvent, type TWriteOutcome } from "./write-rep-event";

/** The job rows calendars accept from other services (written in their transactions). */
export interface TCalendarJobs {
  /** Writes a booking's meeting to its rep's CalDAV calendar (or removes it when cancelled), after commit. */
  "calendar.write-event": { bookingId: string; workspaceId: string };
}

/** `deps` is resolved only when the rep has CalDAV (so a deployment without calendars needs no key). */
export async function writeBookingEvent(db: Db, deps: () => Promise<TCalendarDeps & { appUrl: string }>, job: TCalendarJobs["calendar.write-event"], now: Date): Promise<TWriteOutcome | "no-booking"> {
  const booking = await db.booking.findFirst({
    where: { id: job.bookingId, workspaceId: job.workspaceId },
    include: { lead: { select: { id: true, contactName: true, contactCompany: true, person: { select: { name: true, email: true } } } } },
  });
  if (!booking) return "no-booking";
  const hasCaldav = (await db.calendarConnection.count({ where: { workspaceId: booking.workspaceId, repId: booking.repId, source: "caldav" } })) > 0;
  if (!hasCaldav) return "not-connected";
  const resolved = await deps();
  const prospect = booking.lead.contactName ?? booking.lead.person?.name ?? booking.lead.person?.email ?? "Prospect";
  const who = booking.lead.contactCompany ? `${prospect} (${booking.lead.contactCompany})` : prospect;
  const appUrl = resolved.appUrl.replace(/\/+$/, "");
  return writeRepEvent(
    db,
    resolved,
    {
      workspaceId: booking.workspaceId,
      repId: booking.repId,
      event: {
        uid: inviteUid(booking.id, new URL(appUrl).hostname),
        start: booking.startsAt,
        end: booking.endsAt,
        title: `${booking.title}: ${who}`,
        description: `Booked in Switchboard. Lead: ${appUrl}/leads/${booking.lead.id}`,
        ...(booking.location ? { location: booking.location } : {}),
        sequence: booking.sequence,
        cancelled: booking.status === "CANCELLED",
      },
    },
    now,
  );
}
