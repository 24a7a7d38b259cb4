// CalDAV against a REAL server (Radicale, started here): discovery and calendars, busy times
// read (a recurring event with an exception, a free event), a booked event written, moved and
// cancelled — and read back by another client's view of the calendar. Never a mock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAVClient } from "tsdav";
import { createOutboundFetch, OutboundError } from "../../http/outbound/outbound-fetch";
import { radicaleMissingReason, startRadicale, type TRadicale } from "../../testing/radicale";
import { deleteCaldavEvent, listCaldavCalendars, putCaldavEvent, readCaldavBusy, type TCaldavAccount } from "./caldav-client";

const missing = radicaleMissingReason();
if (missing) console.warn(`[skipped] ${missing}`);

const fetch = createOutboundFetch({ allowPrivate: true, timeoutMs: 10_000 });
const window = { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-15T00:00:00Z"), fallbackZone: "America/New_York" };

let radicale: TRadicale;
let account: TCaldavAccount;
let calendarUrl = "";

async function rawClient() {
  const dav = new DAVClient({ serverUrl: radicale.url, credentials: { username: radicale.username, password: radicale.password }, authMethod: "Basic", defaultAccountType: "caldav" });
  await dav.login();
  return dav;
}

describe.skipIf(missing !== null)("CalDAV client against Radicale", () => {
  beforeAll(async () => {
    radicale = await startRadicale({ rep: "app-password-1" });
    account = { serverUrl: radicale.url, username: radicale.username, password: radicale.password };
    // The rep's calendar, with what another app put there: a weekly meeting with one occurrence
    // moved, and a free (transparent) reminder.
    const dav = await rawClient();
    const home = dav.account!.homeUrl!;
    calendarUrl = `${home}work/`;
    await dav.makeCalendar({ url: calendarUrl, props: { displayname: "Work" } });
    await dav.makeCalendar({ url: `${home}personal/`, props: { displayname: "Personal" } });
    const ics = (...lines: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//other app//EN", ...lines, "END:VCALENDAR", ""].join("\r\n");
    await dav.createCalendarObject({
      calendar: { url: calendarUrl },
      filename: "weekly.ics",
      iCalString: ics(
        "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20261101T000000Z", "DTSTART:20261201T150000Z", "DTEND:20261201T160000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Pipeline review", "END:VEVENT",
        "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20261101T000000Z", "RECURRENCE-ID:20261208T150000Z", "DTSTART:20261208T180000Z", "DTEND:20261208T183000Z", "SUMMARY:Pipeline review (moved)", "END:VEVENT",
      ),
    });
    await dav.createCalendarObject({
      calendar: { url: calendarUrl },
      filename: "reminder.ics",
      iCalString: ics("BEGIN:VEVENT", "UID:reminder-1", "DTSTAMP:20261101T000000Z", "DTSTART:20261202T140000Z", "DTEND:20261202T150000Z", "TRANSP:TRANSPARENT", "SUMMARY:Reminder", "END:VEVENT"),
    });
  }, 60_000);
  afterAll(async () => {
    await radicale?.stop();
  });

  it("finds the account's calendars by discovery from the server URL", async () => {
    const calendars = await listCaldavCalendars(fetch, account);
    expect(calendars.map((c) => c.name).sort()).toEqual(["Personal", "Work"]);
    expect(calendars.find((c) => c.name === "Work")?.url).toBe(calendarUrl);
  });

  it("reads busy times: recurrences expanded, the moved occurrence where it went, free time left out", async () => {
    const busy = await readCaldavBusy(fetch, account, calendarUrl, window);
    expect(busy.map((b) => [b.startsAt.toISOString(), b.endsAt.toISOString()])).toEqual([
      ["2026-12-01T15:00:00.000Z", "2026-12-01T16:00:00.000Z"],
      ["2026-12-08T18:00:00.000Z", "2026-12-08T18:30:00.000Z"],
    ]);
  });

  it("writes a booked event, moves it on reschedule (same UID, next SEQUENCE), and cancels it", async () => {
    const event = { uid: "booking-42@switchboard", start: new Date("2026-12-03T16:00:00Z"), end: new Date("2026-12-03T16:30:00Z"), title: "Intro call: First Bank", description: "Booked in Switchboard", sequence: 0 };
    await putCaldavEvent(fetch, account, calendarUrl, event, new Date("2026-11-30T12:00:00Z"));
    let objects = await (await rawClient()).fetchCalendarObjects({ calendar: { url: calendarUrl } });
    const written = objects.find((o) => String(o.data).includes("UID:booking-42@switchboard"));
    expect(written?.url).toMatch(/booking-42_switchboard\.ics$/);
    expect(String(written?.data)).toContain("SUMMARY:Intro call: First Bank");
    expect((await readCaldavBusy(fetch, account, calendarUrl, window)).map((b) => b.externalId)).toContain("booking-42@switchboard");

    await putCaldavEvent(fetch, account, calendarUrl, { ...event, start: new Date("2026-12-04T16:00:00Z"), end: new Date("2026-12-04T16:30:00Z"), sequence: 1 }, new Date("2026-11-30T13:00:00Z"));
    objects = await (await rawClient()).fetchCalendarObjects({ calendar: { url: calendarUrl } });
    const moved = objects.filter((o) => String(o.data).includes("UID:booking-42@switchboard"));
    expect(moved).toHaveLength(1);
    expect(String(moved[0]!.data)).toContain("DTSTART:20261204T160000Z");
    expect(String(moved[0]!.data)).toContain("SEQUENCE:1");

    await deleteCaldavEvent(fetch, account, calendarUrl, event.uid);
    objects = await (await rawClient()).fetchCalendarObjects({ calendar: { url: calendarUrl } });
    expect(objects.some((o) => String(o.data).includes("booking-42"))).toBe(false);
    expect((await readCaldavBusy(fetch, account, calendarUrl, window)).map((b) => b.externalId)).not.toContain("booking-42@switchboard");
    // Cancelling again is harmless.
    await deleteCaldavEvent(fetch, account, calendarUrl, event.uid);
  });

  it("a wrong app password is refused with a message the rep can act on", async () => {
    await expect(listCaldavCalendars(fetch, { ...account, password: "wrong" })).rejects.toThrow("The server refused the user name or app password");
  });

  it("attack: with the outbound guard on (production default), the loopback CalDAV server is refused before any request", async () => {
    const guarded = createOutboundFetch({ allowPrivate: false });
    const error = await listCaldavCalendars(guarded, account).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundError);
    expect((error as OutboundError).code).toBe("OUTBOUND_PRIVATE_ADDRESS");
  });
});
