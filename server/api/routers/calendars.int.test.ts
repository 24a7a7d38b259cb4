// Calendars end to end through the router, on the seeded demo workspace: an ICS feed served by a
// local HTTP server (recurring events, refreshed by the calendar.sync job, a slow feed cut off
// without losing the cache), CalDAV on a real Radicale (discover, connect, a booked event written
// and cancelled by the calendar.write-event job), who may manage whose calendar, secrets never
// shown, private addresses refused by the outbound guard.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAVClient } from "tsdav";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { deriveCalendarKey, encryptSecret } from "../../services/calendars/calendar-secret";
import { writeBookingEvent } from "../../services/calendars/write-booking-event";
import { bookSlot } from "../../services/bookings/book-slot";
import { listSlots } from "../../services/bookings/list-slots";
import { claimDueCalendarSyncs, type TCalendarDeps } from "../../services/calendars/sync-calendar";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { contextFor } from "../../testing/factories";
import { radicaleMissingReason, startRadicale, type TRadicale } from "../../testing/radicale";
import { sweepCalendars } from "../../workers/calendar-sweep";
import { createJobRegistry } from "../../workers/registry";
import { createCallerFactory, router } from "../trpc";
import { calendarsRouter } from "./calendars";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const createCaller = createCallerFactory(router({ calendars: calendarsRouter }));
const env = useRoutingKit();
const key = deriveCalendarKey("k".repeat(40));
const openDeps: TCalendarDeps = { fetch: createOutboundFetch({ allowPrivate: true, timeoutMs: 1_500 }), key };
const guardedDeps: TCalendarDeps = { fetch: createOutboundFetch({ allowPrivate: false, timeoutMs: 1_500 }), key };

const SECRET_PATH = "/calendar/ical/sarah%40demo/private-5f3a9c1e/basic.ics";
const day = (offsetDays: number, hhmm: string) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return `${d.toISOString().slice(0, 10).replace(/-/g, "")}T${hhmm.replace(":", "")}00Z`;
};
let feed = "";
let feedBase = "";
const feedServer = http.createServer((req, res) => {
  if (req.url === SECRET_PATH) return void res.writeHead(200, { "content-type": "text/calendar" }).end(feed);
  if (req.url === "/slow.ics") return void setTimeout(() => res.end(feed), 30_000).unref(); // far past the 1.5 s timeout
  if (req.url === "/login") return void res.writeHead(200, { "content-type": "text/html" }).end("<html>Sign in</html>");
  res.writeHead(404).end();
});
const calendarText = (...events: string[][]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", ...events.flatMap((e) => ["BEGIN:VEVENT", "DTSTAMP:20261101T000000Z", ...e, "END:VEVENT"]), "END:VCALENDAR", ""].join("\r\n");

beforeAll(async () => {
  await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  feedServer.closeAllConnections();
  await new Promise((resolve) => feedServer.close(resolve));
});

/** Runs a job of the app's registry (payload checked by its schema) with the test's calendar deps. */
async function runJob(name: "calendar.sync" | "calendar.write-event", payload: unknown) {
  const definition = createJobRegistry({ calendars: () => openDeps, followUps: async () => env.kit.deps })[name];
  const ctx = { db: env.testDb.db, handle: env.testDb, job: { id: "test", name, retryCount: 0, retryLimit: 0, isLastAttempt: true, startAfter: new Date() } };
  await (definition.handler as (data: unknown, ctx: unknown) => Promise<void>)(definition.schema.parse(payload), ctx);
}

async function callerFor(email: string, deps: TCalendarDeps = openDeps) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email } });
  return createCaller({ ...contextFor(env.testDb.db, user), calendarDeps: deps }).calendars;
}

describe("calendars router", () => {
  it("a rep connects their ICS feed: recurring busy time cached, the secret address never shown, refreshed by the job, a slow feed keeps the cache", async () => {
    feed = calendarText(
      ["UID:daily", `DTSTART:${day(1, "14:00")}`, `DTEND:${day(1, "15:00")}`, "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:Client call"],
      ["UID:free", `DTSTART:${day(1, "16:00")}`, `DTEND:${day(1, "17:00")}`, "TRANSP:TRANSPARENT"],
    );
    const sarah = await callerFor("sarah@demo.switchboard.dev");
    const status = await sarah.connectIcs({ feed: { url: `${feedBase}${SECRET_PATH}` } });
    expect(status.connection).toMatchObject({ source: "ics", server: feedBase.replace("http://", ""), lastError: null });
    expect(status.connection?.lastSyncedAt).toBeInstanceOf(Date);
    expect(status.upcomingCount).toBe(3);
    expect(JSON.stringify(status)).not.toContain("private-5f3a9c1e");
    expect(JSON.stringify(await sarah.status({}))).not.toContain("private-5f3a9c1e");
    const stored = await env.testDb.db.calendarConnection.findFirstOrThrow({ where: { repId: status.rep.id } });
    expect(stored.secret).not.toContain("private-5f3a9c1e");

    // The feed changes; the sweep claims the connection when it is due and the job refreshes it.
    feed = calendarText(["UID:one", `DTSTART:${day(2, "10:00")}`, `DTEND:${day(2, "11:00")}`]);
    const later = new Date(Date.now() + 11 * 60_000);
    const queued: string[] = [];
    expect(await sweepCalendars(env.testDb.db, { send: async (_name, data) => (queued.push(data.connectionId), "job") }, later)).toBe(1);
    expect(queued).toEqual([stored.id]);
    expect(await claimDueCalendarSyncs(env.testDb.db, later)).toEqual([]); // claimed once
    await runJob("calendar.sync", { connectionId: stored.id });
    expect((await sarah.status({})).upcomingCount).toBe(1);

    // A slow feed is cut off at the timeout; the rep sees why and the cache is kept.
    await env.testDb.db.calendarConnection.update({ where: { id: stored.id }, data: { secret: encryptSecret(key, `${feedBase}/slow.ics`, stored.id) } });
    const started = Date.now();
    await runJob("calendar.sync", { connectionId: stored.id });
    expect(Date.now() - started).toBeLessThan(12_000); // the 1.5 s timeout, not the feed's 30 s (margin for a busy machine)
    const afterSlow = await sarah.status({});
    expect(afterSlow.connection?.lastError).toBe("The server did not answer in time");
    expect(afterSlow.upcomingCount).toBe(1);

    expect(await sarah.disconnect({})).toEqual({ isDisconnected: true });
    expect(await sarah.status({})).toMatchObject({ connection: null, upcomingCount: 0 });
  });

  it("refuses what is not a calendar, and (guard on) a private address, at the field", async () => {
    const sarah = await callerFor("sarah@demo.switchboard.dev");
    await expect(sarah.connectIcs({ feed: { url: `${feedBase}/login` } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "This address does not serve a calendar (.ics) file" });
    const guarded = await callerFor("sarah@demo.switchboard.dev", guardedDeps);
    const refused = await guarded.connectIcs({ feed: { url: `${feedBase}${SECRET_PATH}` } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("private or local network") });
    expect((refused as { cause?: { details?: unknown } }).cause?.details).toEqual([{ path: "url", message: expect.stringContaining("private") }]);
    await expect(guarded.connectIcs({ feed: { url: "file:///etc/passwd" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await env.testDb.db.calendarConnection.count()).toBe(0);
  });

  it("who may: a rep only their own calendar, a manager any rep's, a marketer none", async () => {
    const sarahRep = await env.kit.repIdOf("Sarah");
    const tom = await callerFor("tom@demo.switchboard.dev");
    await expect(tom.status({ repId: sarahRep })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(tom.connectIcs({ repId: sarahRep, feed: { url: `${feedBase}${SECRET_PATH}` } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(tom.disconnect({ repId: sarahRep })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const manager = await callerFor("manager@demo.switchboard.dev");
    feed = calendarText(["UID:x", `DTSTART:${day(1, "10:00")}`, `DTEND:${day(1, "11:00")}`]);
    expect((await manager.connectIcs({ repId: sarahRep, feed: { url: `${feedBase}${SECRET_PATH}` } })).rep).toMatchObject({ id: sarahRep, name: "Sarah Chen", isSelf: false });
    const marketer = await callerFor("marketer@demo.switchboard.dev");
    await expect(marketer.status({ repId: sarahRep })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(marketer.status({})).rejects.toMatchObject({ code: "NOT_FOUND" }); // no rep profile of their own
    // Another workspace's rep id is simply not found.
    await expect(manager.status({ repId: "c_not_here" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

const missing = radicaleMissingReason();
if (missing) console.warn(`[skipped] ${missing}`);

describe.skipIf(missing !== null)("calendars router with CalDAV (Radicale)", () => {
  let radicale: TRadicale;
  let calendarUrl = "";
  const dav = async () => {
    const client = new DAVClient({ serverUrl: radicale.url, credentials: { username: "sarah", password: "app-pass-123" }, authMethod: "Basic", defaultAccountType: "caldav" });
    await client.login();
    return client;
  };
  beforeAll(async () => {
    radicale = await startRadicale({ sarah: "app-pass-123" });
    const client = await dav();
    calendarUrl = `${client.account!.homeUrl!}work/`;
    await client.makeCalendar({ url: calendarUrl, props: { displayname: "Work" } });
    await client.createCalendarObject({
      calendar: { url: calendarUrl },
      filename: "existing.ics",
      iCalString: calendarText(["UID:existing", `DTSTART:${day(1, "13:00")}`, `DTEND:${day(1, "14:30")}`, "SUMMARY:Board meeting"]),
    });
  }, 60_000);
  afterAll(async () => {
    await radicale?.stop();
  });

  it("connects CalDAV (discover, pick), caches busy time, writes a booked event and cancels it through the job", async () => {
    const sarah = await callerFor("sarah@demo.switchboard.dev");
    const account = { serverUrl: radicale.url, username: "sarah", password: "app-pass-123" };
    await expect(sarah.discoverCaldav({ account: { ...account, password: "wrong" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The server refused the user name or app password" });
    const calendars = await sarah.discoverCaldav({ account });
    expect(calendars).toEqual([{ url: calendarUrl, name: "Work" }]);
    await expect(sarah.connectCaldav({ account: { ...account, calendarUrl: "http://169.254.169.254/x/" } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Some fields are not valid" });
    const status = await sarah.connectCaldav({ account: { ...account, calendarUrl } });
    expect(status.connection).toMatchObject({ source: "caldav", server: radicale.url, username: "sarah", calendarName: "Work", lastError: null });
    expect(status.upcomingCount).toBe(1);
    expect(JSON.stringify(status)).not.toContain("app-pass-123");

    // A prospect books Sarah: the booking's transaction enqueues calendar.write-event, whose
    // handler writes the meeting to her CalDAV calendar with the invite's UID and SEQUENCE.
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "vp@calbank.com" }, NY_MORNING);
    const slots = await listSlots(env.testDb.db, { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NY_MORNING });
    const start = slots.days[0]!.slots[0]!.start;
    const booked = await bookSlot(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(start), timeZone: "UTC", bookedBy: "prospect", now: NY_MORNING });
    if (!booked.ok) throw new Error("not booked");
    const jobs = await env.testDb.db.$queryRawUnsafe<{ data: { bookingId: string; workspaceId: string } }[]>(`SELECT data FROM pgboss.job WHERE name = 'calendar.write-event'`);
    expect(jobs.map((j) => j.data)).toEqual([{ bookingId: booked.booking.id, workspaceId: env.kit.workspaceId }]);
    await runJob("calendar.write-event", jobs[0]!.data);
    const eventOf = async () => (await (await dav()).fetchCalendarObjects({ calendar: { url: calendarUrl } })).map((o) => String(o.data)).find((d) => d.includes(`UID:booking-${booked.booking.id}@localhost`));
    const written = await eventOf();
    expect(written).toContain(`DTSTART:${start.replace(/[-:]/g, "").replace(/\.000Z$/, "Z")}`);
    expect(written).toContain("SUMMARY:Intro call with Sarah Chen: Victoria Park (First Bank)");
    expect(written).toContain("SEQUENCE:0");

    // Cancelled (the booking's state when the job runs): the meeting leaves her calendar.
    await env.testDb.db.booking.update({ where: { id: booked.booking.id }, data: { status: "CANCELLED", sequence: 1, cancelledAt: NY_MORNING } });
    await runJob("calendar.write-event", jobs[0]!.data);
    expect(await eventOf()).toBeUndefined();

    // Tom has no CalDAV: nothing to write, and no calendar key or fetch is needed for that.
    const tomLead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cto@otherbank.com" }, NY_MORNING);
    const tomBooking = await env.testDb.db.booking.create({
      data: { workspaceId: env.kit.workspaceId, leadId: tomLead.id, repId: await env.kit.repIdOf("Tom"), startsAt: new Date("2026-12-02T16:00:00Z"), endsAt: new Date("2026-12-02T16:30:00Z"), timeZone: "UTC", title: "Intro call", bookedBy: "api" },
    });
    const noDeps = async () => {
      throw new Error("deps must not be needed");
    };
    expect(await writeBookingEvent(env.testDb.db, noDeps, { bookingId: tomBooking.id, workspaceId: env.kit.workspaceId }, new Date())).toBe("not-connected");
  });
});
