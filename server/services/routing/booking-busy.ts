// When a meeting booked through Switchboard keeps a rep busy — ONE definition, used by the SLA
// clock (sla-clock-start.ts: when the accept clock starts) and by routing (load-routing-state.ts:
// "available now", read inside its one locked statement): a CONFIRMED booking (a cancelled one
// frees the time), from its start minus its meeting type's buffer before to its end plus the
// buffer after, as booking counts them (free-slots.ts); a booking whose type is gone: the default
// type's buffers. SQL text (no parameters), so that it fits both a Prisma query (Prisma.raw) and
// the constant text of the routing read (switchboard_routing_read); the callers pass the scope and
// the window as SQL expressions of their own (never user input). Routing adds the spans read to
// each rep's calendar busy time (withBookings), so IN_MEETING and its "until" cover both.
import type { DbTx } from "../../db/client";
import { DEFAULT_MEETING_TYPE } from "../../domain/booking/meeting-type";
import type { TRoutingRepProfile, TTimeSpan } from "../../domain/routing/routing-types";

/**
 * A booking lasts its meeting type's duration, at most 8 hours, and a buffer after is at most 4
 * (ZMeetingTypeSettings): one that keeps its rep busy at `from` started less than 12 hours before
 * it. The bound keeps the read on the (workspaceId, startsAt) and (repId, startsAt) indexes, a
 * range of a day and a half, instead of every past booking (it runs under the routing lock).
 */
const MAX_SPAN_BEFORE = "interval '12 hours'";
/** The largest buffer before a meeting (ZMeetingTypeSettings): a booking starting this long after `until` cannot reach back into the window. */
const MAX_BUFFER_BEFORE = "interval '240 minutes'";

const before = `make_interval(mins => COALESCE(m."bufferBeforeMinutes", ${Math.trunc(DEFAULT_MEETING_TYPE.bufferBeforeMinutes)}))`;
const after = `make_interval(mins => COALESCE(m."bufferAfterMinutes", ${Math.trunc(DEFAULT_MEETING_TYPE.bufferAfterMinutes)}))`;

/**
 * SELECT "repId", "startsAt", "endsAt" (`timestamp`, UTC, buffers included) of the busy spans of
 * the confirmed bookings matching `scope` (a condition on `k`, the "Booking" row) that overlap
 * [from, until) (`timestamp` expressions in UTC, as the columns are stored).
 */
export function bookingBusySpansSql(scope: string, from: string, until: string): string {
  return `SELECT k."repId", k."startsAt" - ${before} AS "startsAt", k."endsAt" + ${after} AS "endsAt"
      FROM "Booking" k LEFT JOIN "MeetingType" m ON m."id" = k."meetingTypeId"
     WHERE ${scope} AND k."status" = 'CONFIRMED'
       AND k."startsAt" > (${from}) - ${MAX_SPAN_BEFORE} AND k."startsAt" < (${until}) + ${MAX_BUFFER_BEFORE}
       AND k."endsAt" + ${after} > (${from}) AND k."startsAt" - ${before} < (${until})`;
}

/** A row of bookingBusySpansSql as json: `timestamp` texts in UTC. */
export interface TBookingBusyRow {
  repId: string;
  startsAt: string;
  endsAt: string;
}

/** Each rep's booking busy spans, in the order read; `utc` reads a `timestamp` text. */
export function bookedByRep(rows: readonly TBookingBusyRow[] | undefined, utc: (text: string) => Date): Map<string, TTimeSpan[]> {
  const byRep = new Map<string, TTimeSpan[]>();
  for (const row of rows ?? []) {
    const spans = byRep.get(row.repId) ?? [];
    spans.push({ startsAt: utc(row.startsAt), endsAt: utc(row.endsAt) });
    byRep.set(row.repId, spans);
  }
  return byRep;
}

/** The profile with the rep's booked meetings added to their calendar busy time, in start order (the same object when none). */
export function withBookings<T extends Pick<TRoutingRepProfile, "busy">>(profile: T, bookings: readonly TTimeSpan[] | undefined): T {
  if (!bookings || bookings.length === 0) return profile;
  const busy = [...(profile.busy ?? []), ...bookings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { ...profile, busy };
}

/** Reads `timestamp` columns (UTC, no zone) as Dates. */
const utcOf = (value: Date | string) => (value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`));

/**
 * The busy spans of the workspace's confirmed bookings (of one rep when `repId` is given)
 * overlapping [now, now + 1 day), by rep: the reps list's and rep page's "In a meeting until …",
 * counted as routing counts them.
 */
export async function loadBookedSpansNow(db: DbTx, workspaceId: string, now: Date, repId?: string): Promise<Map<string, TTimeSpan[]>> {
  const scope = repId === undefined ? `k."workspaceId" = $1` : `k."workspaceId" = $1 AND k."repId" = $4`;
  const query = bookingBusySpansSql(scope, `$2::timestamptz AT TIME ZONE 'UTC'`, `$3::timestamptz AT TIME ZONE 'UTC'`) + ` ORDER BY 2`;
  const until = new Date(now.getTime() + 24 * 3600_000);
  const params: unknown[] = [workspaceId, now.toISOString(), until.toISOString(), ...(repId === undefined ? [] : [repId])];
  const rows = await db.$queryRawUnsafe<{ repId: string; startsAt: Date | string; endsAt: Date | string }[]>(query, ...params);
  const byRep = new Map<string, TTimeSpan[]>();
  for (const row of rows) byRep.set(row.repId, [...(byRep.get(row.repId) ?? []), { startsAt: utcOf(row.startsAt), endsAt: utcOf(row.endsAt) }]);
  return byRep;
}
