// A rep's calendar connection, as the settings page manages it: who may (the rep themselves;
// owners, admins and managers for any rep of the workspace), connect CalDAV (discover calendars,
// pick one) or an ICS feed — each checked by reading it once before it is saved — status, refresh,
// disconnect. Secrets are encrypted before they are stored and never returned.
import { z } from "zod";
import type { Db } from "../../db/client";
import { newId } from "../../db/new-id";
import { hasRole, TEAM_MANAGER_ROLES, type TRole } from "../../domain/auth/roles";
import { AppError, validationError } from "../../errors";
import { OutboundError } from "../../http/outbound/outbound-fetch";
import { CaldavError, listCaldavCalendars, type TCaldavCalendar } from "./caldav-client";
import { encryptSecret } from "./calendar-secret";
import { normalizeFeedUrl } from "./ics-feed";
import type { TBusySpan } from "../../domain/calendars/busy-from-ics";
import { replaceBusyBlocks } from "./busy-blocks";
import { calendarErrorMessage, readConnectionBusy, SYNC_AHEAD_MS, SYNC_PAST_MS, syncCalendar, type TCalendarDeps } from "./sync-calendar";

export interface TCalendarActor {
  workspaceId: string;
  userId: string;
  role: TRole;
}

const ZUrl = z.string().trim().min(1, "Enter the address").max(2000);
export const ZCaldavAccountInput = z.object({
  serverUrl: ZUrl,
  username: z.string().trim().min(1, "Enter the user name").max(320),
  password: z.string().min(1, "Enter the app password").max(1000),
});
export const ZCaldavConnectInput = ZCaldavAccountInput.extend({ calendarUrl: z.string().min(1, "Pick a calendar").max(2000) });
export const ZIcsConnectInput = z.object({ url: ZUrl });

/** The rep whose calendar the actor may manage (their own, or any when a team manager). */
export async function resolveCalendarRep(db: Db, actor: TCalendarActor, repId: string | null): Promise<{ id: string; userId: string; name: string; timeZone: string }> {
  const rep = await db.repProfile.findFirst({
    where: repId ? { id: repId, workspaceId: actor.workspaceId } : { userId: actor.userId, workspaceId: actor.workspaceId },
    select: { id: true, userId: true, timeZone: true, user: { select: { name: true, email: true } } },
  });
  if (!rep) throw new AppError("NOT_FOUND", repId ? "No such rep in this workspace." : "You have no rep profile in this workspace.");
  if (rep.userId !== actor.userId && !hasRole(actor.role, TEAM_MANAGER_ROLES)) throw new AppError("FORBIDDEN", "Only the rep or a manager can change this calendar.");
  return { id: rep.id, userId: rep.userId, name: rep.user.name ?? rep.user.email, timeZone: rep.timeZone };
}

export interface TCalendarStatus {
  rep: { id: string; name: string; timeZone: string; isSelf: boolean };
  connection: {
    source: "caldav" | "ics";
    /** CalDAV: the server URL; ICS: the feed's host only (the full address is a secret). */
    server: string;
    username: string;
    calendarName: string;
    lastSyncedAt: Date | null;
    lastError: string | null;
    createdAt: Date;
  } | null;
  /** Cached busy blocks from now on (what routing and booking see). */
  upcoming: { startsAt: Date; endsAt: Date }[];
  upcomingCount: number;
}

export async function getCalendarStatus(db: Db, actor: TCalendarActor, repId: string | null, now: Date): Promise<TCalendarStatus> {
  const rep = await resolveCalendarRep(db, actor, repId);
  const connection = await db.calendarConnection.findUnique({ where: { repId: rep.id } });
  const where = { workspaceId: actor.workspaceId, repId: rep.id, endsAt: { gt: now } };
  const upcoming = await db.repBusyBlock.findMany({ where, orderBy: { startsAt: "asc" }, take: 5, select: { startsAt: true, endsAt: true } });
  const upcomingCount = await db.repBusyBlock.count({ where });
  return {
    rep: { id: rep.id, name: rep.name, timeZone: rep.timeZone, isSelf: rep.userId === actor.userId },
    connection: connection && {
      source: connection.source,
      server: connection.serverUrl,
      username: connection.username,
      calendarName: connection.calendarName,
      lastSyncedAt: connection.lastSyncedAt,
      lastError: connection.lastError,
      createdAt: connection.createdAt,
    },
    upcoming,
    upcomingCount,
  };
}

function fieldError(path: string, error: unknown): AppError {
  if (error instanceof OutboundError || error instanceof CaldavError) return validationError([{ path, message: error.message }], error.message);
  return validationError([{ path, message: calendarErrorMessage(error) }], calendarErrorMessage(error));
}

/** Step 1 of connecting CalDAV: the account's calendars (the password is not stored yet). */
export async function discoverCaldavCalendars(deps: TCalendarDeps, input: z.infer<typeof ZCaldavAccountInput>): Promise<TCaldavCalendar[]> {
  try {
    const calendars = await listCaldavCalendars(deps.fetch, input);
    if (calendars.length === 0) throw new CaldavError("This account has no calendars for events");
    return calendars;
  } catch (error) {
    const path = error instanceof CaldavError && /password|user name/.test(error.message) ? "password" : "serverUrl";
    throw fieldError(path, error);
  }
}

/**
 * Reads the calendar once with the new credentials (a failure is a field error and nothing is
 * saved), then replaces the rep's connection and caches what was read.
 */
async function saveConnection(db: Db, deps: TCalendarDeps, rep: { id: string; timeZone: string }, workspaceId: string, data: { source: "caldav" | "ics"; serverUrl: string; username: string; calendarUrl: string | null; calendarName: string; secret: string }, errorPath: string, now: Date): Promise<number> {
  const id = newId();
  const connection = { id, ...data, secret: encryptSecret(deps.key, data.secret, id) };
  const window = { from: new Date(now.getTime() - SYNC_PAST_MS), to: new Date(now.getTime() + SYNC_AHEAD_MS), fallbackZone: rep.timeZone };
  let spans: TBusySpan[];
  try {
    spans = await readConnectionBusy(deps, connection, window);
  } catch (error) {
    throw fieldError(errorPath, error);
  }
  await db.$transaction([
    db.calendarConnection.deleteMany({ where: { repId: rep.id, workspaceId } }),
    // Blocks of another source (the previous connection) no longer describe this rep.
    db.repBusyBlock.deleteMany({ where: { repId: rep.id, workspaceId, source: { not: data.source } } }),
    db.calendarConnection.create({ data: { ...connection, workspaceId, repId: rep.id, lastSyncedAt: now, lastAttemptAt: now } }),
  ]);
  await replaceBusyBlocks(db, { workspaceId, repId: rep.id, source: data.source, from: window.from, to: window.to, blocks: spans });
  return spans.length;
}

export async function connectCaldav(db: Db, deps: TCalendarDeps, actor: TCalendarActor, repId: string | null, input: z.infer<typeof ZCaldavConnectInput>, now: Date) {
  const rep = await resolveCalendarRep(db, actor, repId);
  // The calendar must be one the server itself listed for this account: never a URL from the browser.
  const calendars = await discoverCaldavCalendars(deps, input);
  const picked = calendars.find((c) => c.url === input.calendarUrl);
  if (!picked) throw validationError([{ path: "calendarUrl", message: "Pick one of this account's calendars" }]);
  await saveConnection(db, deps, rep, actor.workspaceId, { source: "caldav", serverUrl: input.serverUrl.trim(), username: input.username.trim(), calendarUrl: picked.url, calendarName: picked.name, secret: input.password }, "calendarUrl", now);
  return getCalendarStatus(db, actor, rep.id, now);
}

export async function connectIcsFeed(db: Db, deps: TCalendarDeps, actor: TCalendarActor, repId: string | null, input: z.infer<typeof ZIcsConnectInput>, now: Date) {
  const rep = await resolveCalendarRep(db, actor, repId);
  let url: URL;
  try {
    url = normalizeFeedUrl(input.url);
  } catch (error) {
    throw fieldError("url", error);
  }
  // Not saved when the feed cannot be read right now: the rep fixes the address and retries.
  await saveConnection(db, deps, rep, actor.workspaceId, { source: "ics", serverUrl: url.host, username: "", calendarUrl: null, calendarName: "", secret: url.toString() }, "url", now);
  return getCalendarStatus(db, actor, rep.id, now);
}

export async function refreshCalendar(db: Db, deps: TCalendarDeps, actor: TCalendarActor, repId: string | null, now: Date) {
  const rep = await resolveCalendarRep(db, actor, repId);
  const connection = await db.calendarConnection.findUnique({ where: { repId: rep.id }, select: { id: true } });
  if (!connection) throw new AppError("NOT_FOUND", "No calendar is connected.");
  await syncCalendar(db, deps, connection.id, now);
  return getCalendarStatus(db, actor, rep.id, now);
}

/** Removes the connection (and its secret) and the busy blocks cached from it. */
export async function disconnectCalendar(db: Db, actor: TCalendarActor, repId: string | null): Promise<{ isDisconnected: boolean }> {
  const rep = await resolveCalendarRep(db, actor, repId);
  const [removed] = await db.$transaction([
    db.calendarConnection.deleteMany({ where: { repId: rep.id, workspaceId: actor.workspaceId } }),
    db.repBusyBlock.deleteMany({ where: { repId: rep.id, workspaceId: actor.workspaceId, source: { in: ["caldav", "ics"] } } }),
  ]);
  return { isDisconnected: removed.count > 0 };
}
