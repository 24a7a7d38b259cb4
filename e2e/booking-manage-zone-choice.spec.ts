// The prospect's manage page (/b/<token>) after a change, for a prospect who booked in Kolkata and
// now reads the times in another zone ("Times in", ?tz=):
// - moving the meeting while the times are shown in Tokyo makes Tokyo the meeting's zone for the
//   prospect: the updated invite's email says the new time in Tokyo, and the link in it opens the
//   page in Tokyo (first in the menu, under "Booked in"), with no ?tz= needed — nor on the moved
//   page itself: its address drops ?tz=, and a reload shows the moved meeting in Tokyo;
// - a cancelled meeting's page has the same "Times in" menu: the cancelled time in the zone the
//   prospect was reading (kept through cancelling), any other zone on a pick, the booked zone from
//   the plain link;
// - "Book another time" there opens the booking panel in the zone the page shows (the one picked,
//   else the meeting's), not the browser's; the panel's menu still changes it;
// - without JavaScript (or before the page's script has arrived) moving and cancelling still post:
//   the page's referrer policy keeps the POSTs' Origin header, which Next.js checks on a server action.
//
// Each test books its own meeting through the public API (as booking-manage-time-zone.spec does).
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, test } from "./fixtures";
import { clockIn, offsetAt } from "./zone-text";
import { linkIn, waitForMail } from "./mailbox";

const BOOKED_IN = "Asia/Kolkata";
const TOKYO = "Asia/Tokyo";
const NY = "America/New_York";
const PHONE = { width: 390, height: 844 };

test.use({ timezoneId: "Europe/Berlin", locale: "en-GB", viewport: PHONE });

/** ", 16:00–16:30, Tokyo (GMT+9)" as a pattern: the end of a meeting's text in a zone. */
function endsIn(start: string, end: string, timeZone: string, city: string): RegExp {
  return new RegExp(`, ${clockIn(start, timeZone)}–${clockIn(end, timeZone)}, ${city} \\(${offsetAt(timeZone, new Date(start)).replace("+", "\\+")}\\)$`);
}

/** A bank VP's lead booked with Sarah in Kolkata: its email, time and manage link. */
async function bookInKolkata(request: APIRequestContext, name: string) {
  const stamp = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
  const email = `vp.${name}.${stamp}@zonebank-manage.com`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email, full_name: "Kim Zone", company: `Zone Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { booking } = (await submitted.json()) as { booking?: { token: string } };
  expect(booking?.token, "the lead is offered booking").toBeTruthy();
  const slots = () => request.get(`/api/v1/bookings/slots?token=${encodeURIComponent(booking!.token)}&tz=${BOOKED_IN}`).then((r) => r.json() as Promise<{ status: string; days: { slots: { start: string }[] }[] }>);
  await expect.poll(async () => (await slots()).status).toBe("ready");
  const start = (await slots()).days[0]!.slots[0]!.start;
  const booked = await request.post("/api/v1/bookings", { data: { token: booking!.token, start, timeZone: BOOKED_IN } });
  expect(booked.status(), await booked.text()).toBe(201);
  const made = ((await booked.json()) as { booking: { start: string; end: string; manageUrl: string } }).booking;
  return { email, start: made.start, end: made.end, manageUrl: made.manageUrl };
}

/** Nothing wider than the phone: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("moved while the times are in Tokyo: the updated email and the page from its link are in Tokyo", async ({ page }) => {
  test.setTimeout(120_000);
  const booked = await bookInKolkata(page.request, "move");
  await page.goto(booked.manageUrl);
  const menu = page.getByRole("combobox", { name: /^Times in/ });
  await expect(menu).toHaveValue(BOOKED_IN);
  await menu.selectOption(TOKYO);
  await expect(page).toHaveURL(/[?&]tz=Asia%2FTokyo(&|$)/);

  const move = page.locator("section", { has: page.getByRole("heading", { name: /^Move to another time/ }) }).getByRole("link").first();
  const pick = new URL((await move.getAttribute("href"))!, page.url()).searchParams.get("pick")!;
  await move.click();
  await page.getByRole("button", { name: "Confirm the move" }).click();
  await expect(page.getByRole("status")).toHaveText("Moved. An updated invite is on its way.");
  const end = new Date(new Date(pick).getTime() + (new Date(booked.end).getTime() - new Date(booked.start).getTime())).toISOString();
  const when = page.locator("[data-booking-when]");
  await expect(when).toHaveText(endsIn(pick, end, TOKYO, "Tokyo"));
  // Tokyo is the meeting's zone now: the address says no more than the plain link (no ?tz=; the
  // notice's ?moved=1 leaves once shown), and a reload shows the moved meeting in Tokyo, Tokyo first
  // under "Booked in" — without the notice again.
  await expect(page).toHaveURL((url) => url.pathname === new URL(booked.manageUrl).pathname && url.search === "");
  await page.reload();
  await expect(page.getByText("Moved. An updated invite is on its way.")).toHaveCount(0);
  await expect(menu).toHaveValue(TOKYO);
  await expect(menu.locator("optgroup").first().locator("option")).toHaveText(`Tokyo (${offsetAt(TOKYO, new Date())})`);
  await expect(when).toHaveText(endsIn(pick, end, TOKYO, "Tokyo"));

  // The updated invite's email names the new time in Tokyo, as the prospect chose it.
  const updated = await waitForMail(booked.email, /^Updated: /);
  expect(updated.subject).toMatch(endsIn(pick, end, TOKYO, "Tokyo"));
  expect(updated.text).toContain(`${clockIn(pick, TOKYO)}–${clockIn(end, TOKYO)}, Tokyo (${offsetAt(TOKYO, new Date(pick))})`);
  expect(updated.text).not.toContain("Kolkata");

  // Its link opens the page in Tokyo: the meeting's zone now, first in the menu.
  await page.goto(linkIn(updated, "/b/"));
  await expect(menu).toHaveValue(TOKYO);
  await expect(menu.locator("optgroup").first()).toHaveAttribute("label", "Booked in");
  await expect(menu.locator("optgroup").first().locator("option")).toHaveText(`Tokyo (${offsetAt(TOKYO, new Date())})`);
  await expect(when).toHaveText(endsIn(pick, end, TOKYO, "Tokyo"));
  await expect(page.getByRole("heading", { name: /^Move to another time — times in Tokyo \(GMT\+9\)$/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("a cancelled meeting's page has 'Times in': the time in the zone the prospect read, another on a pick, the booked one from the plain link", async ({ page }) => {
  test.setTimeout(120_000);
  const booked = await bookInKolkata(page.request, "cancel");
  await page.goto(booked.manageUrl);
  const menu = page.getByRole("combobox", { name: /^Times in/ });
  await menu.selectOption(NY);
  await expect(page).toHaveURL(/[?&]tz=America%2FNew_York(&|$)/);
  await page.getByRole("link", { name: "Cancel the meeting" }).click();
  await page.getByRole("button", { name: "Yes, cancel the meeting" }).click();
  await expect(page.getByRole("heading", { name: "Meeting cancelled" })).toBeVisible();

  // Cancelled: still in New York, with the menu to read it in another zone.
  const when = page.locator("[data-booking-when]");
  await expect(menu).toHaveValue(NY);
  await expect(when).toHaveText(endsIn(booked.start, booked.end, NY, "New York"));
  await expectNoSidewaysScroll(page);
  await menu.selectOption("America/Halifax");
  await expect(page).toHaveURL(/[?&]tz=America%2FHalifax(&|$)/);
  await expect(page.getByRole("heading", { name: "Meeting cancelled" })).toBeVisible();
  await expect(when).toHaveText(endsIn(booked.start, booked.end, "America/Halifax", "Halifax"));

  // Cancelling does not change the meeting's zone: the plain link shows Kolkata, first under "Booked in".
  await page.goto(booked.manageUrl);
  await expect(page.getByRole("heading", { name: "Meeting cancelled" })).toBeVisible();
  await expect(menu).toHaveValue(BOOKED_IN);
  await expect(menu.locator("optgroup").first()).toHaveAttribute("label", "Booked in");
  await expect(when).toHaveText(endsIn(booked.start, booked.end, BOOKED_IN, "Kolkata"));
  await expectNoSidewaysScroll(page);
});

/** The booking panel's times are in `timeZone` (each a "HH:MM" of its instant there): waits until the panel shows them. */
async function expectPanelTimesIn(panel: Locator, timeZone: string) {
  const first = panel.getByRole("radio").first();
  await expect(async () => {
    const start = await first.getAttribute("data-slot-start");
    expect(start).toBeTruthy();
    expect(await first.textContent()).toBe(clockIn(start!, timeZone));
  }).toPass();
}

test("'Book another time' on a cancelled meeting's page opens the booking panel in the page's zone, changeable", async ({ page }) => {
  test.setTimeout(120_000);
  const booked = await bookInKolkata(page.request, "rebook");
  await page.goto(booked.manageUrl);
  await page.getByRole("link", { name: "Cancel the meeting" }).click();
  await page.getByRole("button", { name: "Yes, cancel the meeting" }).click();
  await expect(page.getByRole("heading", { name: "Meeting cancelled" })).toBeVisible();
  const panel = page.getByRole("region", { name: /^Book with / });
  const panelMenu = panel.getByRole("combobox", { name: "Times in" });

  // Nothing picked on the page: the panel starts in the meeting's zone (Kolkata), not the browser's (Berlin).
  await page.getByRole("link", { name: "Book another time" }).click();
  await expect(panelMenu).toHaveValue(BOOKED_IN);
  await expectPanelTimesIn(panel, BOOKED_IN);

  // Tokyo picked on the page: the panel starts in Tokyo, first in its menu, the browser's zone next.
  await page.goto(booked.manageUrl);
  const menu = page.getByRole("combobox", { name: /^Times in/ });
  await menu.selectOption(TOKYO);
  await expect(page).toHaveURL(/[?&]tz=Asia%2FTokyo(&|$)/);
  await expect(page.locator("[data-booking-when]")).toHaveText(endsIn(booked.start, booked.end, TOKYO, "Tokyo"));
  await page.getByRole("link", { name: "Book another time" }).click();
  await expect(panelMenu).toHaveValue(TOKYO);
  await expectPanelTimesIn(panel, TOKYO);
  const groups = panelMenu.locator("optgroup");
  await expect(groups.nth(0)).toHaveAttribute("label", "Chosen time zone");
  await expect(groups.nth(0).locator("option")).toHaveText(`Tokyo (${offsetAt(TOKYO, new Date())})`);
  await expect(groups.nth(1)).toHaveAttribute("label", "Your time zone");
  await expect(groups.nth(1).locator("option")).toHaveText(`Berlin (${offsetAt("Europe/Berlin", new Date())})`);
  await expectNoSidewaysScroll(page);

  // Still the prospect's to change; booking in Tokyo confirms the time in Tokyo.
  await panelMenu.selectOption(NY);
  await expectPanelTimesIn(panel, NY);
  await panelMenu.selectOption(TOKYO);
  await expectPanelTimesIn(panel, TOKYO);
  const time = panel.getByRole("radio").first();
  const start = (await time.getAttribute("data-slot-start"))!;
  await time.click();
  await expect(time).toHaveAttribute("aria-checked", "true");
  await panel.getByRole("button", { name: /^Book / }).click();
  await expect(page.getByRole("heading", { name: /^You're booked with / })).toBeVisible();
  await expect(page.locator("[data-booking-when]")).toHaveText(new RegExp(` at ${clockIn(start, TOKYO)}, Tokyo \\(${offsetAt(TOKYO, new Date(start)).replace("+", "\\+")}\\)$`));
});

test("without JavaScript: moving in Tokyo and cancelling post from the page (its POSTs keep their Origin)", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const booked = await bookInKolkata(request, "nojs");
  const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Europe/Berlin", locale: "en-GB", viewport: PHONE });
  const page = await context.newPage();
  const origins: (string | undefined)[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") origins.push(request.headers()["origin"]);
  });
  await page.goto(`${booked.manageUrl}?tz=${TOKYO}`);
  await page.locator("section", { has: page.getByRole("heading", { name: /^Move to another time/ }) }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Confirm the move" }).click();
  await expect(page.getByRole("status")).toHaveText("Moved. An updated invite is on its way.");
  await expect(page).toHaveURL((url) => url.search === "?moved=1");
  await expect(page.getByRole("combobox", { name: /^Times in/ })).toHaveValue(TOKYO);
  await page.getByRole("link", { name: "Cancel the meeting" }).click();
  await page.getByRole("button", { name: "Yes, cancel the meeting" }).click();
  await expect(page.getByRole("heading", { name: "Meeting cancelled" })).toBeVisible();
  await expect(page.locator("[data-booking-when]")).toHaveText(/, Tokyo \(GMT\+9\)$/);
  expect(origins).toEqual([new URL(booked.manageUrl).origin, new URL(booked.manageUrl).origin]);
  await context.close();
});
