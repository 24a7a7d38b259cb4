// When the assigned rep's accept clock starts (server/domain/routing/sla-clock.ts): their
// availability profile — time zone, working hours, time off and calendar busy blocks from the
// assignment on — read in ONE statement, outside any lock (the "routing.assigned" job, after the
// routing commit), then the pure rule. A rep profile gone meanwhile: the assignment's own time.
import type { TRawSql } from "../../db/raw-sql";
import { slaClockStart, type TSlaClockProfile } from "../../domain/routing/sla-clock";

/** Calendar busy blocks read ahead of the assignment: the working-time search looks 8 local days ahead. */
const BUSY_AHEAD_MS = 9 * 24 * 3600_000;

interface TProfileRow {
  timeZone: string;
  workingHours: TSlaClockProfile["workingHours"];
  timeOff: { startsAt: string; endsAt: string }[];
  busy: { startsAt: string; endsAt: string }[];
}

/** A `timestamp` column rendered by json_build_object (UTC, without zone) as a Date. */
const utc = (text: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);

export async function loadSlaClockStart(sql: TRawSql, workspaceId: string, repId: string, assignedAt: Date): Promise<Date> {
  const from = assignedAt.toISOString();
  const busyUntil = new Date(assignedAt.getTime() + BUSY_AHEAD_MS).toISOString();
  const [row] = await sql.$queryRaw<TProfileRow[]>`
    SELECT p."timeZone", p."workingHours",
           (SELECT COALESCE(json_agg(json_build_object('startsAt', t."startsAt", 'endsAt', t."endsAt") ORDER BY t."startsAt"), '[]')
              FROM "RepTimeOff" t WHERE t."repId" = p."id" AND t."endsAt" > ${from}::timestamptz AT TIME ZONE 'UTC') AS "timeOff",
           (SELECT COALESCE(json_agg(json_build_object('startsAt', b."startsAt", 'endsAt', b."endsAt") ORDER BY b."startsAt"), '[]')
              FROM "RepBusyBlock" b WHERE b."repId" = p."id" AND b."workspaceId" = p."workspaceId"
               AND b."endsAt" > ${from}::timestamptz AT TIME ZONE 'UTC' AND b."startsAt" < ${busyUntil}::timestamptz AT TIME ZONE 'UTC') AS "busy"
      FROM "RepProfile" p WHERE p."id" = ${repId} AND p."workspaceId" = ${workspaceId}`;
  if (!row) return assignedAt;
  const span = (s: { startsAt: string; endsAt: string }) => ({ startsAt: utc(s.startsAt), endsAt: utc(s.endsAt) });
  return slaClockStart({ timeZone: row.timeZone, workingHours: row.workingHours, timeOff: row.timeOff.map(span), busy: row.busy.map(span) }, assignedAt);
}
