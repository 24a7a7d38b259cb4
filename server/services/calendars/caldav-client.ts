// Talking to a rep's CalDAV server (iCloud, Fastmail, Nextcloud, Zoho, Radicale…) through the
// kept client tsdav, every request through the outbound guard (the fetch passed in). Busy times
// are read with a time-range calendar query and expanded here (busy-from-ics.ts) — servers'
// free-busy answers differ too much to rely on. Booked events are written with a PUT of one
// VEVENT at <calendar>/<uid>.ics (a reschedule overwrites it) and deleted on cancel.
import { DAVClient } from "tsdav";
import { busyFromIcs, type TBusySpan, type TBusyWindow } from "../../domain/calendars/busy-from-ics";
import { eventFileName, repEventIcs, type TRepEvent } from "../../domain/calendars/event-ics";
import { OutboundError, type TOutboundFetch } from "../../http/outbound/outbound-fetch";

export interface TCaldavAccount {
  serverUrl: string;
  username: string;
  password: string;
}

export interface TCaldavCalendar {
  url: string;
  name: string;
}

/** A CalDAV failure whose message is safe to show to the rep who connected the calendar. */
export class CaldavError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CaldavError";
  }
}

function explain(error: unknown): Error {
  if (error instanceof CaldavError || error instanceof OutboundError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/401|unauthori[sz]ed|invalid credentials/i.test(message)) return new CaldavError("The server refused the user name or app password");
  if (/cannot find homeUrl|principal|service discovery|Invalid URL/i.test(message)) return new CaldavError("No CalDAV calendars were found at this address; check the server URL");
  return new CaldavError("The CalDAV server gave an unexpected answer");
}

async function client(fetch: TOutboundFetch, account: TCaldavAccount): Promise<DAVClient> {
  const dav = new DAVClient({
    serverUrl: account.serverUrl,
    credentials: { username: account.username, password: account.password },
    authMethod: "Basic",
    defaultAccountType: "caldav",
    fetch: fetch as typeof globalThis.fetch,
  });
  try {
    await dav.login();
  } catch (error) {
    throw explain(error);
  }
  return dav;
}

async function ensureOk(response: Response, what: string): Promise<void> {
  if (response.ok) return;
  if (response.status === 401 || response.status === 403) throw new CaldavError("The server refused the user name or app password");
  throw new CaldavError(`The CalDAV server could not ${what} (HTTP ${response.status})`);
}

/** The account's calendars that hold events (the rep picks one). */
export async function listCaldavCalendars(fetch: TOutboundFetch, account: TCaldavAccount): Promise<TCaldavCalendar[]> {
  const dav = await client(fetch, account);
  try {
    const calendars = await dav.fetchCalendars();
    return calendars
      .filter((c) => !c.components || c.components.length === 0 || c.components.includes("VEVENT"))
      .map((c) => ({ url: c.url, name: typeof c.displayName === "string" && c.displayName ? c.displayName : decodeURIComponent(new URL(c.url).pathname.split("/").filter(Boolean).pop() ?? c.url) }));
  } catch (error) {
    throw explain(error);
  }
}

/** Busy spans of one calendar in a window (recurrences expanded). */
export async function readCaldavBusy(fetch: TOutboundFetch, account: TCaldavAccount, calendarUrl: string, window: TBusyWindow): Promise<TBusySpan[]> {
  const dav = await client(fetch, account);
  let objects: { data?: unknown }[];
  try {
    objects = await dav.fetchCalendarObjects({ calendar: { url: calendarUrl }, timeRange: { start: window.from.toISOString(), end: window.to.toISOString() } });
  } catch (error) {
    throw explain(error);
  }
  const texts = objects.map((o) => o.data).filter((d): d is string => typeof d === "string" && d.includes("BEGIN:VCALENDAR"));
  return busyFromIcs(texts, window);
}

function objectUrl(calendarUrl: string, uid: string): string {
  return new URL(eventFileName(uid), calendarUrl.endsWith("/") ? calendarUrl : `${calendarUrl}/`).toString();
}

/** Writes (or overwrites, on reschedule) a booked event in the calendar. */
export async function putCaldavEvent(fetch: TOutboundFetch, account: TCaldavAccount, calendarUrl: string, event: TRepEvent, now: Date): Promise<void> {
  const dav = await client(fetch, account);
  const response = await dav.createObject({ url: objectUrl(calendarUrl, event.uid), data: repEventIcs(event, now), headers: { "content-type": "text/calendar; charset=utf-8" } });
  await ensureOk(response, "save the event");
}

/** Removes a booked event from the calendar; an event already gone is fine. */
export async function deleteCaldavEvent(fetch: TOutboundFetch, account: TCaldavAccount, calendarUrl: string, uid: string): Promise<void> {
  const dav = await client(fetch, account);
  const response = await dav.deleteObject({ url: objectUrl(calendarUrl, uid) });
  if (response.status === 404 || response.status === 410) return;
  await ensureOk(response, "remove the event");
}
