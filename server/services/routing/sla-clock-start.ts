// When the assigned rep's accept clock starts (server/domain/routing/sla-clock.ts): their
// availability profile — time zone, working hours, time off, calendar busy blocks and the meetings
// booked with them through Switchboard (booking-busy.ts, the definition routing shares) from the
// assignment on — read in ONE statement, outside any lock (the "routing.assigned" job, after the
// routing commit), then the pure rule. A rep profile gone meanwhile: the assignment's own time.
import type { TRawSql } from "../../db/raw-sql";
import { Prisma } from "../../db/generated/client";
import { slaClockDeferral, slaClockStart, type TSlaClockDeferral, type TSlaClockProfile } from "../../domain/routing/sla-clock";
import { bookingBusySpansSql } from "./booking-busy";

/** Calendar busy blocks (and bookings) read ahead of the assignment: the working-time search looks 8 local days ahead. */
const BUSY_AHEAD_MS = 9 * 24 * 3600_000;

interface TProfileRow {
  timeZone: string;
  workingHours: TSlaClockProfile["workingHours"];
  timeOff: { startsAt: string; endsAt: string }[];
  busy: { startsAt: string; endsAt: string }[];
}

/** The rep's (p) confirmed bookings overlapping the window (w), buffers included: the definition routing shares. */
const BOOKINGS_OF_REP = Prisma.raw(bookingBusySpansSql(`k."repId" = p."id" AND k."workspaceId" = p."workspaceId"`, `w."from"`, `w."until"`));

/** A `timestamp` column rendered by json_build_object (UTC, without zone) as a Date. */
const utc = (text: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);

export async function loadSlaClockStart(sql: TRawSql, workspaceId: string, repId: string, assignedAt: Date): Promise<Date> {
  const profile = await loadSlaClockProfile(sql, workspaceId, repId, assignedAt);
  return profile ? slaClockStart(profile, assignedAt) : assignedAt;
}

/** The rep's time zone and why their clock starts after `assignedAt` (the rep alert's wording); null without a rep profile. */
export async function loadSlaClockDeferral(sql: TRawSql, workspaceId: string, repId: string, assignedAt: Date): Promise<{ timeZone: string; deferral: TSlaClockDeferral | null } | null> {
  const profile = await loadSlaClockProfile(sql, workspaceId, repId, assignedAt);
  return profile ? { timeZone: profile.timeZone, deferral: slaClockDeferral(profile, assignedAt) } : null;
}

/** The rep's availability profile from `assignedAt` on, in one statement; null without a rep profile. */
async function loadSlaClockProfile(sql: TRawSql, workspaceId: string, repId: string, assignedAt: Date): Promise<TSlaClockProfile | null> {
  const from = assignedAt.toISOString();
  const busyUntil = new Date(assignedAt.getTime() + BUSY_AHEAD_MS).toISOString();
  const [row] = await sql.$queryRaw<TProfileRow[]>`
    SELECT p."timeZone", p."workingHours",
           (SELECT COALESCE(json_agg(json_build_object('startsAt', t."startsAt", 'endsAt', t."endsAt") ORDER BY t."startsAt"), '[]')
              FROM "RepTimeOff" t WHERE t."repId" = p."id" AND t."endsAt" > w."from") AS "timeOff",
           (SELECT COALESCE(json_agg(json_build_object('startsAt', s."startsAt", 'endsAt', s."endsAt") ORDER BY s."startsAt"), '[]')
              FROM (SELECT b."startsAt", b."endsAt" FROM "RepBusyBlock" b WHERE b."repId" = p."id" AND b."workspaceId" = p."workspaceId"
                       AND b."endsAt" > w."from" AND b."startsAt" < w."until"
                    UNION ALL
                    SELECT bk."startsAt", bk."endsAt" FROM (${BOOKINGS_OF_REP}) bk) s) AS "busy"
      FROM "RepProfile" p CROSS JOIN (SELECT ${from}::timestamptz AT TIME ZONE 'UTC' AS "from", ${busyUntil}::timestamptz AT TIME ZONE 'UTC' AS "until") w
     WHERE p."id" = ${repId} AND p."workspaceId" = ${workspaceId}`;
  if (!row) return null;
  const span = (s: { startsAt: string; endsAt: string }) => ({ startsAt: utc(s.startsAt), endsAt: utc(s.endsAt) });
  return { timeZone: row.timeZone, workingHours: row.workingHours, timeOff: row.timeOff.map(span), busy: row.busy.map(span) };
}
