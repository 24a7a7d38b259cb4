// The prospect's manage page (/b/<token>) on a phone, for a prospect who booked in Kolkata and has
// since travelled: a "Times in" menu like the booking panel's lists the booking's zone first and
// selected ("Kolkata (GMT+5:30)"), then the common zones and every zone by region. Picking another
// zone shows the current meeting and the times to move to in it, named the same way ("New York
// (GMT−5)"); the choice is in the address (?tz=), so it survives asking to move and coming back;
// confirming the move makes it the meeting's zone, so the moved page needs no ?tz=. Without
// JavaScript the menu is a GET form with a button; with it, a pick submits.
// A zone the menu does not offer (unknown, Etc/*, a legacy alias, junk) shows the booking's zone.
//
// The booking is made through the public API (as lead-meeting-times.spec does), in Kolkata.
import type { Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, test } from "./fixtures";
import { clockIn, offsetAt } from "./zone-text";

const BOOKED_IN = "Asia/Kolkata";
const NY = "America/New_York";
const PHONE = { width: 390, height: 844 };

test.use({ timezoneId: "Europe/Berlin", locale: "en-GB", viewport: PHONE });

let manageUrl = "";
let bookedStart = "";
let bookedEnd = "";

test.beforeAll(async ({ request }) => {
  const stamp = Date.now();
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `vp.travel.${stamp}@travelbank.com`, full_name: "Tara Travel", company: `Travel Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
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
  expect(made.manageUrl).toContain("/b/");
  manageUrl = made.manageUrl;
  bookedStart = made.start;
  bookedEnd = made.end;
});

/** The move choices: each a link to ?pick=<instant>; its text, instant and zone parameter. */
async function moveChoices(page: Page) {
  const links = page.locator("section", { has: page.getByRole("heading", { name: /^Move to another time/ }) }).getByRole("link");
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((el) => ({ href: (el as HTMLAnchorElement).href, text: el.textContent ?? "" })));
  return hrefs.map(({ href, text }) => {
    const url = new URL(href);
    return { text, pick: url.searchParams.get("pick")!, tz: url.searchParams.get("tz") };
  });
}

/** Nothing wider than the phone: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("a zone the menu does not offer shows the booking's own zone, never an error", async ({ page }) => {
  test.setTimeout(120_000);
  for (const tz of ["Mars/Olympus", "Etc/GMT-3", "US/Pacific", "+05:00", "<b>x</b>", "a".repeat(300)]) {
    const response = await page.goto(`${manageUrl}?tz=${encodeURIComponent(tz)}`);
    expect(response?.status(), tz).toBe(200);
    await expect(page.getByRole("combobox", { name: /^Times in/ }), tz).toHaveValue(BOOKED_IN);
    await expect(page.locator("[data-booking-when]"), tz).toHaveText(new RegExp(`, Kolkata \\(GMT\\+5:30\\)$`));
    for (const choice of await moveChoices(page)) expect(choice.tz, tz).toBeNull();
  }
});

test("without JavaScript: pick a zone, press the button, the meeting and the times are in it", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Europe/Berlin", locale: "en-GB", viewport: PHONE });
  const page = await context.newPage();
  await page.goto(manageUrl);
  const menu = page.getByRole("combobox", { name: /^Times in/ });
  await expect(menu).toHaveValue(BOOKED_IN);
  await expect(menu.locator("option:checked")).toHaveText(`Kolkata (${offsetAt(BOOKED_IN, new Date())})`);
  // The whole menu is in the page (no script labels it): the booking's zone, common zones, every region.
  const groups = await menu.locator("optgroup").evaluateAll((els) => els.map((el) => el.getAttribute("label")));
  expect(groups.slice(0, 3)).toEqual(["Booked in", "Common time zones", "Africa"]);
  expect(await menu.locator("option").count()).toBeGreaterThan(300);
  await expectNoSidewaysScroll(page);

  await menu.selectOption("America/Halifax");
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page).toHaveURL(/[?&]tz=America%2FHalifax(&|$)/);
  await expect(menu).toHaveValue("America/Halifax");
  const halifax = `Halifax (${offsetAt("America/Halifax", new Date(bookedStart))})`;
  await expect(page.locator("[data-booking-when]")).toHaveText(new RegExp(`, ${clockIn(bookedStart, "America/Halifax")}–${clockIn(bookedEnd, "America/Halifax")}, ${halifax.replace(/[()+]/g, "\\$&")}$`));
  const choices = await moveChoices(page);
  await expect(page.getByRole("heading", { name: /^Move to another time — times in Halifax \(GMT−[34]\)$/ })).toBeVisible();
  for (const choice of choices) {
    expect(choice.text).toBe(clockIn(choice.pick, "America/Halifax"));
    expect(choice.tz).toBe("America/Halifax");
  }
  await expectNoSidewaysScroll(page);
  await context.close();
});

test("with JavaScript: a pick shows the times in New York, and the zone stays through asking, confirming (then the meeting's) and the moved page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(manageUrl);
  const menu = page.getByRole("combobox", { name: /^Times in/ });
  await expect(menu).toHaveValue(BOOKED_IN);
  const kolkataChoices = await moveChoices(page);
  for (const choice of kolkataChoices) expect(choice.text).toBe(clockIn(choice.pick, BOOKED_IN));

  await menu.selectOption(NY); // no button press: the pick submits
  await expect(page).toHaveURL(/[?&]tz=America%2FNew_York(&|$)/);
  await expect(menu).toHaveValue(NY);
  await expect(menu.locator("option:checked").first()).toHaveText(`New York (${offsetAt(NY, new Date())})`);
  const when = page.locator("[data-booking-when]");
  await expect(when).toHaveText(new RegExp(`, ${clockIn(bookedStart, NY)}–${clockIn(bookedEnd, NY)}, New York \\(${offsetAt(NY, new Date(bookedStart))}\\)$`));
  const choices = await moveChoices(page);
  for (const choice of choices) {
    expect(choice.text).toBe(clockIn(choice.pick, NY));
    expect(choice.tz).toBe(NY);
  }
  expect(clockIn(choices[0]!.pick, NY)).not.toBe(clockIn(choices[0]!.pick, BOOKED_IN)); // really another zone
  await expectNoSidewaysScroll(page);

  // Asking to move: the question and the current time are in New York.
  const target = choices[0]!;
  await page.getByRole("link", { name: target.text, exact: true }).first().click();
  const question = page.getByRole("heading", { name: /^Move the meeting to .+\?$/ });
  await expect(question).toHaveText(new RegExp(`, ${clockIn(target.pick, NY)}–\\d\\d:\\d\\d, New York \\(GMT−[45]\\)\\?$`));
  await expect(when).toHaveText(/, New York \(GMT−[45]\)$/);
  await page.getByRole("link", { name: "Choose another time" }).click();
  await expect(page).toHaveURL(/[?&]tz=America%2FNew_York(&|$)/);
  await expect(menu).toHaveValue(NY);

  // Confirming: the move makes New York the meeting's zone, so the moved page is in it without ?tz=.
  await page.getByRole("link", { name: target.text, exact: true }).first().click();
  await page.getByRole("button", { name: "Confirm the move" }).click();
  await expect(page.getByRole("status")).toHaveText("Moved. An updated invite is on its way.");
  await expect(page).toHaveURL((url) => url.search === ""); // no ?tz=, and ?moved=1 leaves once the notice shows
  await expect(menu).toHaveValue(NY);
  await expect(when).toHaveText(new RegExp(`, ${clockIn(target.pick, NY)}–\\d\\d:\\d\\d, New York \\(${offsetAt(NY, new Date(target.pick))}\\)$`));

  // Cancelling asks in the zone too, and "Keep it" comes back to it.
  await page.getByRole("link", { name: "Cancel the meeting" }).click();
  await expect(when).toHaveText(/, New York \(GMT−[45]\)$/);
  await page.getByRole("link", { name: "Keep it" }).click();
  await expect(menu).toHaveValue(NY);
});
