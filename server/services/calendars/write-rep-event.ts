// Writes a booked meeting to the rep's own calendar when they connected one by CalDAV (an ICS
// feed is read-only): PUT on booking and reschedule (same UID, the caller's SEQUENCE), DELETE on
// cancel. Called by the `calendar.write-event` job, after the booking's commit — never while a
// prospect waits. A rep without CalDAV is not an error: there is nothing to write to.
import type { Db } from "../../db/client";
import type { TRepEvent } from "../../domain/calendars/event-ics";
import { deleteCaldavEvent, putCaldavEvent } from "./caldav-client";
import { decryptSecret } from "./calendar-secret";
import { calendarErrorMessage, type TCalendarDeps } from "./sync-calendar";

export type TWriteOutcome = "written" | "deleted" | "not-connected";

export async function writeRepEvent(db: Db, deps: TCalendarDeps, input: { workspaceId: string; repId: string; event: TRepEvent }, now: Date): Promise<TWriteOutcome> {
  const connection = await db.calendarConnection.findFirst({ where: { workspaceId: input.workspaceId, repId: input.repId, source: "caldav" } });
  if (!connection?.calendarUrl) return "not-connected";
  const account = { serverUrl: connection.serverUrl, username: connection.username, password: decryptSecret(deps.key, connection.secret, connection.id) };
  try {
    if (input.event.cancelled) {
      await deleteCaldavEvent(deps.fetch, account, connection.calendarUrl, input.event.uid);
      return "deleted";
    }
    await putCaldavEvent(deps.fetch, account, connection.calendarUrl, input.event, now);
    return "written";
  } catch (error) {
    // The rep sees why on the calendar settings page; the job retries.
    await db.calendarConnection.updateMany({ where: { id: connection.id }, data: { lastError: `Writing a booked meeting failed: ${calendarErrorMessage(error)}` } });
    throw error;
  }
}
