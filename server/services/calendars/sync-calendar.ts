// Refreshes a rep's cached busy time (RepBusyBlock) from their connected calendar: load the
// connection → read the calendar (outside any transaction; the fetch has a short timeout) →
// replace the cached blocks of the synced window in one transaction, and record the outcome
// (last sync, or a message the rep can act on). The `calendar.sync` job runs it; a sweep in the
// worker claims connections due for a refresh (claimDueCalendarSyncs) so each is synced by one
// process at a time.
import type { Db } from "../../db/client";
import type { TBusySpan, TBusyWindow } from "../../domain/calendars/busy-from-ics";
import { OutboundError, type TOutboundFetch } from "../../http/outbound/outbound-fetch";
import { replaceBusyBlocks } from "./busy-blocks";
import { CaldavError, readCaldavBusy } from "./caldav-client";
import { decryptSecret } from "./calendar-secret";
import { CalendarFeedError, readIcsFeedBusy } from "./ics-feed";

export interface TCalendarDeps {
  /** The outbound guard (appOutboundFetch in the app). */
  fetch: TOutboundFetch;
  /** The key derived from CALENDAR_ENCRYPTION_KEY (appCalendarKey in the app). */
  key: Buffer;
}

/** The cached window: from a day back (meetings running now) to 60 days ahead (booking horizon). */
export const SYNC_PAST_MS = 24 * 3600_000;
export const SYNC_AHEAD_MS = 60 * 24 * 3600_000;
/** A connection is refreshed when its last attempt is older than this. */
export const SYNC_EVERY_MS = 10 * 60_000;

export interface TConnectionForSync {
  id: string;
  source: "caldav" | "ics";
  serverUrl: string;
  username: string;
  calendarUrl: string | null;
  secret: string;
}

/** A failure's message for the rep (never a stack, never the secret URL). */
export function calendarErrorMessage(error: unknown): string {
  if (error instanceof OutboundError || error instanceof CaldavError || error instanceof CalendarFeedError) return error.message;
  return "The calendar could not be read (unexpected error)";
}

/** Reads the connection's busy spans in the window; throws errors with user-safe messages. */
export async function readConnectionBusy(deps: TCalendarDeps, connection: TConnectionForSync, window: TBusyWindow): Promise<TBusySpan[]> {
  const secret = decryptSecret(deps.key, connection.secret, connection.id);
  if (connection.source === "ics") return readIcsFeedBusy(deps.fetch, secret, window);
  if (!connection.calendarUrl) throw new CaldavError("No calendar picked");
  return readCaldavBusy(deps.fetch, { serverUrl: connection.serverUrl, username: connection.username, password: secret }, connection.calendarUrl, window);
}

export interface TSyncResult {
  isOk: boolean;
  blocks: number;
  error: string | null;
}

export async function syncCalendar(db: Db, deps: TCalendarDeps, connectionId: string, now: Date): Promise<TSyncResult | null> {
  const connection = await db.calendarConnection.findUnique({ where: { id: connectionId }, include: { rep: { select: { timeZone: true } } } });
  if (!connection) return null; // disconnected meanwhile
  const window = { from: new Date(now.getTime() - SYNC_PAST_MS), to: new Date(now.getTime() + SYNC_AHEAD_MS), fallbackZone: connection.rep.timeZone };
  let spans: TBusySpan[];
  try {
    spans = await readConnectionBusy(deps, connection, window);
  } catch (error) {
    const message = calendarErrorMessage(error);
    if (message.includes("unexpected")) console.error(`[calendars] sync of connection ${connection.id} failed: ${error instanceof Error ? error.name : "error"}`);
    await db.calendarConnection.updateMany({ where: { id: connection.id }, data: { lastAttemptAt: now, lastError: message } });
    return { isOk: false, blocks: 0, error: message };
  }
  await replaceBusyBlocks(db, { workspaceId: connection.workspaceId, repId: connection.repId, source: connection.source, from: window.from, to: window.to, blocks: spans });
  await db.calendarConnection.updateMany({ where: { id: connection.id }, data: { lastAttemptAt: now, lastSyncedAt: now, lastError: null } });
  return { isOk: true, blocks: spans.length, error: null };
}

/**
 * Claims up to `limit` connections whose last attempt is older than SYNC_EVERY_MS (marking the
 * attempt now), so concurrent sweeps in several processes never claim the same one.
 */
export async function claimDueCalendarSyncs(db: Db, now: Date, limit = 50): Promise<{ id: string; workspaceId: string }[]> {
  const due = new Date(now.getTime() - SYNC_EVERY_MS);
  return db.$queryRaw<{ id: string; workspaceId: string }[]>`
    UPDATE "CalendarConnection" SET "lastAttemptAt" = ${now}::timestamptz AT TIME ZONE 'UTC'
     WHERE id IN (
       SELECT id FROM "CalendarConnection"
        WHERE "lastAttemptAt" IS NULL OR "lastAttemptAt" < ${due}::timestamptz AT TIME ZONE 'UTC'
        ORDER BY "lastAttemptAt" ASC NULLS FIRST
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "workspaceId"`;
}
