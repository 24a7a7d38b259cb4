// Issue 11's journey on the seeded demo: a VP at a bank submits the demo form embedded on a host
// page of another origin, sees Sarah's free times in the browser's own zone, books; the host page
// hears `booked`, both mailboxes get an .ics that parses (ical.js), and the next prospect no longer
// sees that time. Then Sarah's calendar (an ICS feed she connects) is full for the next two working
// days: the next prospect is offered the next best rep, Priya, and booking with her moves the lead
// (BOOKING_FALLBACK on the lead page). That prospect then moves the meeting and cancels it from
// the link in their confirmation email (/b/<token>), each change confirmed first.
//
// Routing and slots depend on the clock: the test clock puts the app at 10:00 New York on a
// Wednesday a week or two ahead (Sarah works 08:30–17:30 there), and is reset afterwards.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TZDate } from "@date-fns/tz";
import type { Browser, BrowserContext, FrameLocator, Page, Response } from "@playwright/test";
import ICAL from "ical.js";
import { hostEvents, useAllowedDemoSite } from "./embed-host";
import { installFormClock, passFillTime } from "./fill-time";
import { DEMO_USERS, expect, signInAs, test } from "./fixtures";
import { clockIn } from "./zone-text";
import { checkViaKeyboard, viaKeyboard } from "./keyboard-actions";
import { linkIn, listMail, mailTo, type TCapturedMail } from "./mailbox";
import { resetTestClock, setTestClock } from "./test-clock";
import { openSettingsPage } from "./settings-nav";

const NY = "America/New_York";
/** The prospects' browsers are in Berlin: their times are shown there, not in Sarah's zone. */
const BROWSER_ZONE = "Europe/Berlin";
const INLINE_FRAME = "#inline-section [data-switchboard] iframe";
const FEED_PATH = "/calendar/ical/sarah/private-5b0c2e/basic.ics";

interface TSlotsBody {
  status: string;
  timeZone: string;
  rep: { id: string; name: string } | null;
  days: { date: string; slots: { start: string; label: string }[] }[];
  fallback: { rep: { id: string; name: string }; days: { date: string; slots: { start: string; label: string }[] }[]; message: string } | null;
}

/**
 * 10:00 in New York on a Wednesday 7–13 days from today (a working morning for Sarah and Priya),
 * `weeksLater` weeks on: a retry or repeat books another week, so the first run's leads, meetings
 * and daily counts stay out of its way.
 */
function wednesdayMorningInNewYork(weeksLater: number): Date {
  const today = new TZDate(Date.now(), NY);
  for (let offset = 7 + 7 * weeksLater; ; offset++) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, 10, 0, NY);
    if (day.getDay() === 3) return new Date(day.getTime());
  }
}

/** The instant of a wall-clock time in New York, `days` after the local day of `base`. */
function newYork(base: Date, days: number, hour: number, minute = 0): Date {
  const local = new TZDate(base.getTime(), NY);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, hour, minute, NY).getTime());
}

const icsStamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** Sarah's secret calendar feed: booked solid from 11:00 today to the end of tomorrow (New York). */
function sarahsFeed(t0: Date): string {
  const meetings = [
    { uid: "qbr", start: newYork(t0, 0, 11), end: newYork(t0, 0, 18), title: "Quarterly business reviews" },
    { uid: "offsite", start: newYork(t0, 1, 8), end: newYork(t0, 1, 18), title: "Leadership offsite" },
  ];
  const events = meetings.flatMap((m) => ["BEGIN:VEVENT", `UID:${m.uid}@e2e`, "DTSTAMP:20261101T000000Z", `DTSTART:${icsStamp(m.start)}`, `DTEND:${icsStamp(m.end)}`, `SUMMARY:${m.title}`, "END:VEVENT"]);
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//e2e//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
}

type TIcalTime = { toJSDate(): Date };

/** The first booking-invite .ics of a message, parsed with ical.js. */
function inviteOf(mail: TCapturedMail) {
  const file = mail.attachments.find((a) => a.filename.endsWith(".ics"));
  if (!file) throw new Error(`no .ics attached to "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(file.content));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error(`no VEVENT in the .ics of "${mail.subject}"`);
  return {
    filename: file.filename,
    method: String(calendar.getFirstPropertyValue("method")),
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence") ?? 0),
    start: (event.getFirstPropertyValue("dtstart") as TIcalTime).toJSDate().toISOString(),
    end: (event.getFirstPropertyValue("dtend") as TIcalTime).toJSDate().toISOString(),
    organizer: String(event.getFirstPropertyValue("organizer")).toLowerCase(),
    summary: String(event.getFirstPropertyValue("summary")),
  };
}

/** Waits for a message to `address` whose subject matches and which carries an .ics (state, not time). */
async function waitForInvite(address: string, subject: RegExp): Promise<TCapturedMail> {
  let found: TCapturedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await listMail()).find((m) => m.to.includes(address.toLowerCase()) && subject.test(m.subject) && m.attachments.some((a) => a.filename.endsWith(".ics")));
        return Boolean(found);
      },
      { message: `an invite to ${address} matching ${subject}`, timeout: 60_000 },
    )
    .toBe(true);
  return found!;
}

/** A new browser in Berlin (en-GB), as a prospect abroad would have; its forms' clock can jump past the fill time (./fill-time.ts). */
async function prospectContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ timezoneId: BROWSER_ZONE, locale: "en-GB" });
  await installFormClock(context);
  return context;
}

/**
 * A VP at a 200–999 person bank in North America fills the demo form (in `form`: the embed's
 * frame or the hosted page) and sends it. People take more than MIN_FILL_TIME_MS (3 s) to fill a
 * form; faster submissions are stored as spam, so the form's clock jumps past it before Send.
 */
async function submitAsBankVp(form: Page | FrameLocator, who: { email: string; name: string; company: string }) {
  await form.getByLabel("Work email").fill(who.email);
  await form.getByLabel("Full name").fill(who.name);
  await checkViaKeyboard(form.getByRole("radio", { name: "VP", exact: true }));
  await checkViaKeyboard(form.getByRole("radio", { name: "I make or approve the decision" }));
  await viaKeyboard(form.getByRole("button", { name: "Next" }), "Enter");
  await expect(form.getByLabel("Company name")).toBeVisible();
  await form.getByLabel("Company name").fill(who.company);
  await checkViaKeyboard(form.getByRole("radio", { name: "200–999", exact: true }));
  await form.getByLabel("Industry").selectOption({ label: "Financial services" });
  await form.getByLabel("Where is your team based?").selectOption({ label: "North America" });
  await viaKeyboard(form.getByRole("button", { name: "Next" }), "Enter");
  await checkViaKeyboard(form.getByRole("radio", { name: "$50k–$150k" }));
  await checkViaKeyboard(form.getByRole("radio", { name: "This quarter" }));
  await viaKeyboard(form.getByRole("button", { name: "Next" }), "Enter");
  await checkViaKeyboard(form.getByRole("checkbox", { name: "Lead routing" }));
  await checkViaKeyboard(form.getByRole("checkbox", { name: "I agree to be contacted about Switchboard." }));
  await passFillTime(form); // a human's fill time (faster is stored as spam, with no booking)
  await viaKeyboard(form.getByRole("button", { name: "Send" }), "Enter");
  await expect(form.getByRole("heading", { name: "Let's talk" })).toBeVisible();
}

// Asked for before the form is filled: the slots answer comes after Send, however slow the filling.
const isSlotsAnswer = (r: Response) => r.url().includes("/api/v1/bookings/slots") && r.request().method() === "GET" && r.status() === 200;

async function slotsOf(response: Promise<Response>): Promise<TSlotsBody> {
  return (await (await response).json()) as TSlotsBody;
}

// The embed demo site on another origin, the demo form's only allowed one while this spec runs.
const host = useAllowedDemoSite();
let feed: http.Server;
let feedUrl = "";
let t0: Date;

test.beforeAll(async ({ request }, testInfo) => {
  t0 = wednesdayMorningInNewYork(testInfo.retry + testInfo.repeatEachIndex);
  feed = http.createServer((req, res) => (req.url === FEED_PATH ? res.writeHead(200, { "content-type": "text/calendar" }).end(sarahsFeed(t0)) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => feed.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}${FEED_PATH}`;
  await setTestClock(request, t0);
});

test.afterAll(async ({ browser, request }) => {
  await resetTestClock(request);
  const sarah = await browser.newPage();
  await signInAs(sarah, "sarah");
  const disconnected = await sarah.request.post("/api/trpc/calendars.disconnect", { data: { json: { repId: null } } });
  expect(disconnected.status(), await disconnected.text()).toBe(200);
  await sarah.close();
  feed?.closeAllConnections();
  await new Promise((resolve) => feed?.close(resolve));
});

test("a VP at a bank books Sarah from the embedded form; when Sarah is booked solid the next prospect meets Priya and the lead moves (BOOKING_FALLBACK)", async ({ browser, page }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();

  // ── 1. The first prospect, on the host page (another origin), in Berlin ──────────────────
  const first = { email: `vp.book.${stamp}@firstbank-booking.com`, name: "Valerie Vance", company: `First Bank ${stamp}` };
  const prospectA = await prospectContext(browser);
  const hostPage = await prospectA.newPage();
  await hostPage.goto(`${host.origin}/`);
  const frame = hostPage.locator(INLINE_FRAME).contentFrame();
  const firstSlots = slotsOf(hostPage.waitForResponse(isSlotsAnswer, { timeout: 120_000 }));
  await submitAsBankVp(frame, first);
  const panel = frame.getByRole("region", { name: "Book with Sarah Chen" });
  await expect(panel).toBeVisible();

  // Sarah's times, in the browser's zone: the zone picker shows it, the API was asked for it,
  // each label is the slot's instant in Berlin, and the instants are Sarah's New York hours.
  await expect(panel.getByLabel("Times in")).toHaveValue(BROWSER_ZONE);
  const offered = await firstSlots;
  expect(offered).toMatchObject({ status: "ready", timeZone: BROWSER_ZONE, rep: { name: "Sarah Chen" }, fallback: null });
  const firstDay = offered.days[0]!;
  expect(firstDay.slots.length).toBeGreaterThan(0);
  for (const slot of offered.days.flatMap((d) => d.slots)) {
    expect(slot.label).toBe(clockIn(slot.start, BROWSER_ZONE));
    const nyClock = clockIn(slot.start, NY);
    expect(nyClock >= "08:30" && nyClock <= "17:00", `${slot.start} is ${nyClock} in New York`).toBe(true);
    expect(new Date(slot.start).getTime()).toBeGreaterThanOrEqual(t0.getTime() + 2 * 3_600_000); // 2 h notice
  }
  const times = panel.getByRole("radiogroup", { name: /^Times on / });
  await expect(times.getByRole("radio")).toHaveText(firstDay.slots.map((s) => s.label));
  const chosen = firstDay.slots[0]!;
  expect(clockIn(chosen.start, BROWSER_ZONE)).not.toBe(clockIn(chosen.start, NY)); // really shown in Berlin

  // Booked from the keyboard: Enter on the time, Enter on the Book button.
  await times.getByRole("radio", { name: chosen.label }).press("Enter");
  await expect(times.getByRole("radio", { name: chosen.label })).toHaveAttribute("aria-checked", "true");
  await panel.getByRole("button", { name: new RegExp(`^Book ${chosen.label}, `) }).press("Enter");
  await expect(frame.getByRole("heading", { name: "You're booked with Sarah Chen" })).toBeFocused();
  // The booking replaces the end screen's "pick a time" prompt.
  await expect(frame.getByRole("heading", { name: "Let's talk" })).toHaveCount(0);

  // The host page heard it: `submitted`, then `booked` for the same lead.
  await expect.poll(async () => (await hostEvents(hostPage)).map((e) => e.type)).toContain("booked");
  const events = await hostEvents(hostPage);
  const submitted = events.find((e) => e.type === "submitted")!;
  const booked = events.find((e) => e.type === "booked")!;
  expect(booked.detail).toMatchObject({ leadId: submitted.detail.leadId, outcome: "booking" });
  const firstLeadId = String(submitted.detail.leadId);

  // ── 2. Both mailboxes hold the invite, and it parses ─────────────────────────────────────
  const prospectInvite = inviteOf(await waitForInvite(first.email, /^Confirmed: Intro call with Sarah Chen/));
  const repInvite = inviteOf(await waitForInvite(DEMO_USERS.sarah, new RegExp(`^Confirmed: Valerie Vance \\(First Bank ${stamp}\\)`)));
  for (const invite of [prospectInvite, repInvite]) {
    expect(invite).toMatchObject({ filename: "invite.ics", method: "REQUEST", sequence: 0, start: chosen.start, summary: "Intro call with Sarah Chen" });
    expect(invite.organizer).toContain(DEMO_USERS.sarah);
    expect(new Date(invite.end).getTime() - new Date(invite.start).getTime()).toBe(30 * 60_000);
  }
  expect(repInvite.uid).toBe(prospectInvite.uid);
  await prospectA.close();

  // ── 3. The next prospect (hosted page) is routed to Sarah too, and that time is gone ──────
  const prospectB = await prospectContext(browser);
  const hosted = await prospectB.newPage();
  await hosted.goto("/f/demo");
  const secondSlots = slotsOf(hosted.waitForResponse(isSlotsAnswer, { timeout: 120_000 }));
  await submitAsBankVp(hosted, { email: `cfo.book.${stamp}@secondbank-booking.com`, name: "Carl Second", company: `Second Bank ${stamp}` });
  const secondPanel = hosted.getByRole("region", { name: "Book with Sarah Chen" });
  await expect(secondPanel).toBeVisible();
  const second = await secondSlots;
  const secondStarts = second.days.flatMap((d) => d.slots.map((s) => s.start));
  expect(second.rep?.name).toBe("Sarah Chen");
  expect(secondStarts).not.toContain(chosen.start);
  expect(second.days[0]!.date).toBe(firstDay.date); // the same day still has other times
  await expect(secondPanel.getByRole("radiogroup", { name: /^Times on / }).getByRole("radio")).toHaveText(second.days[0]!.slots.map((s) => s.label));
  await expect(secondPanel.locator(`[data-slot-start="${chosen.start}"]`)).toHaveCount(0);
  await prospectB.close();

  // ── 4. Sarah's calendar fills up: she connects her feed, busy from 11:00 today to tomorrow night ──
  await signInAs(page, "sarah");
  await openSettingsPage(page, "My calendar");
  await page.getByRole("button", { name: "Connect an ICS feed" }).click();
  await page.getByLabel("Secret iCal address").fill(feedUrl);
  await page.getByRole("button", { name: "Connect feed" }).click();
  await expect(page.getByRole("status")).toHaveText("Calendar connected.");
  await expect(page.getByTestId("calendar-upcoming").getByRole("listitem")).toHaveCount(2);

  // ── 5. The next prospect is offered the next best rep, and booking with her moves the lead ──
  const third = { email: `ciso.book.${stamp}@thirdbank-booking.com`, name: "Tara Third", company: `Third Bank ${stamp}` };
  const prospectC = await prospectContext(browser);
  const hostPage3 = await prospectC.newPage();
  await hostPage3.goto(`${host.origin}/`);
  const frame3 = hostPage3.locator(INLINE_FRAME).contentFrame();
  const thirdSlots = slotsOf(hostPage3.waitForResponse(isSlotsAnswer, { timeout: 120_000 }));
  await submitAsBankVp(frame3, third);
  const fallbackPanel = frame3.getByRole("region", { name: "Book with Priya Patel" });
  await expect(fallbackPanel).toBeVisible();
  const offer = await thirdSlots;
  expect(offer.rep?.name).toBe("Sarah Chen"); // the lead's owner, routed at once …
  expect(offer.fallback?.rep.name).toBe("Priya Patel"); // … with no time in 2 working days
  await expect(fallbackPanel.locator("[data-booking-fallback]")).toHaveText("Sarah is fully booked for the next 2 working days — meet Priya, who also covers Enterprise.");
  const priyaTime = offer.fallback!.days[0]!.slots[0]!;
  // From the keyboard too (in the host page's frame, maybe below the fold: keyboard-actions.ts).
  const priyaOption = fallbackPanel.getByRole("radiogroup", { name: /^Times on / }).getByRole("radio", { name: priyaTime.label });
  await viaKeyboard(priyaOption, "Enter");
  await expect(priyaOption).toHaveAttribute("aria-checked", "true");
  await viaKeyboard(fallbackPanel.getByRole("button", { name: new RegExp(`^Book ${priyaTime.label}, `) }), "Enter");
  await expect(frame3.getByText("You're booked with Priya Patel")).toBeVisible();
  await expect.poll(async () => (await hostEvents(hostPage3)).map((e) => e.type)).toContain("booked");
  const thirdLeadId = String((await hostEvents(hostPage3)).find((e) => e.type === "submitted")!.detail.leadId);
  const priyaInvite = inviteOf(await waitForInvite(third.email, /^Confirmed: Intro call with Priya Patel/));
  expect(priyaInvite).toMatchObject({ method: "REQUEST", start: priyaTime.start });
  await prospectC.close();

  // ── 6. The lead page: Priya owns it now, the timeline says why, the meeting is listed ─────
  await page.context().clearCookies();
  await signInAs(page, "manager");
  await page.goto(`/leads/${thirdLeadId}`);
  await expect(page.getByRole("heading", { name: "Tara Third" })).toBeVisible();
  const card = (title: string) => page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });
  await expect(card("Owner")).toContainText("Priya Patel");
  await expect(card("Why this owner").getByTestId("decision-record")).toContainText("Moved to Priya Patel: booked with the next best rep");
  const history = page.getByRole("list", { name: "History", exact: true });
  await expect(history).toContainText("Moved to Priya Patel");
  await expect(history).toContainText("Booked with the next best rep (BOOKING_FALLBACK): Sarah Chen had no free time soon");
  await expect(page.getByRole("list", { name: "Meetings" })).toContainText("Priya Patel");

  // The first lead stays Sarah's, with its meeting; cancelling it from the lead page asks first,
  // then both sides get a CANCEL for the same invite.
  await page.goto(`/leads/${firstLeadId}`);
  await expect(card("Owner")).toContainText("Sarah Chen");
  const meetings = page.getByRole("list", { name: "Meetings" });
  await expect(meetings).toContainText("Sarah Chen");
  page.once("dialog", (dialog) => void dialog.dismiss());
  await meetings.getByRole("button", { name: "Cancel meeting" }).click();
  await expect(meetings.locator("[data-meeting-status]")).toHaveAttribute("data-meeting-status", "CONFIRMED");
  page.once("dialog", (dialog) => void dialog.accept());
  await meetings.getByRole("button", { name: "Cancel meeting" }).click();
  await expect(meetings.locator("[data-meeting-status]")).toHaveAttribute("data-meeting-status", "CANCELLED");
  const cancelled = inviteOf(await waitForInvite(first.email, /^Cancelled: Intro call with Sarah Chen/));
  expect(cancelled).toMatchObject({ filename: "cancel.ics", method: "CANCEL", uid: prospectInvite.uid, start: chosen.start });
  expect(cancelled.sequence).toBeGreaterThan(prospectInvite.sequence);

  // ── 7. The third prospect moves, then cancels, from the link in their confirmation email ──
  // Each change asks first (mail scanners open links; a click on a time only asks), and each sends
  // the same invite again: an update with a new time, then a CANCEL.
  const confirmation = await waitForInvite(third.email, /^Confirmed: Intro call with Priya Patel/);
  const manageLink = linkIn(confirmation, "/b/");
  const prospectD = await prospectContext(browser);
  const manage = await prospectD.newPage();
  await manage.goto(manageLink);
  await expect(manage.getByRole("heading", { name: "Intro call with Priya Patel" })).toBeVisible();
  const moveTimes = manage.locator("section", { has: manage.getByRole("heading", { name: /^Move to another time/ }) }).getByRole("link");
  await expect(moveTimes.first()).toBeVisible();
  const newStart = decodeURIComponent(new URL((await moveTimes.first().getAttribute("href"))!, manageLink).searchParams.get("pick")!);
  expect(newStart).not.toBe(priyaTime.start);
  await moveTimes.first().click();
  await expect(manage.getByRole("heading", { name: /^Move the meeting to .+\?$/ })).toBeVisible();
  expect((await mailTo(third.email)).filter((m) => m.subject.startsWith("Updated:"))).toHaveLength(0); // asking changed nothing
  await manage.getByRole("button", { name: "Confirm the move" }).click();
  await expect(manage.getByRole("status")).toHaveText("Moved. An updated invite is on its way.");
  const moved = inviteOf(await waitForInvite(third.email, /^Updated: Intro call with Priya Patel/));
  expect(moved).toMatchObject({ method: "REQUEST", uid: priyaInvite.uid, start: newStart });
  expect(moved.sequence).toBeGreaterThan(priyaInvite.sequence);

  await manage.getByRole("link", { name: "Cancel the meeting" }).click();
  await expect(manage.getByRole("heading", { name: "Cancel this meeting with Priya Patel?" })).toBeVisible();
  await manage.getByRole("link", { name: "Keep it" }).click();
  await expect(manage.getByRole("link", { name: "Cancel the meeting" })).toBeVisible();
  await manage.getByRole("link", { name: "Cancel the meeting" }).click();
  await manage.getByRole("button", { name: "Yes, cancel the meeting" }).click();
  await expect(manage.getByRole("heading", { name: "Meeting cancelled" })).toBeVisible();
  const cancelledByProspect = inviteOf(await waitForInvite(third.email, /^Cancelled: Intro call with Priya Patel/));
  expect(cancelledByProspect).toMatchObject({ method: "CANCEL", uid: priyaInvite.uid, start: newStart });
  await prospectD.close();
});
