// The booking panel's "Times in" menu on a phone-sized hosted form, for a prospect in Berlin: the
// detected zone first and selected under a readable label ("Berlin (GMT+1)"), a short list of
// common zones, then every zone by region — city names with their offset, never a raw IANA id
// ("America/Argentina/ComodRivadavia") or a legacy alias (Etc/*, US/Pacific). Picking another zone
// asks for the times in it.
//
// Slots depend on the clock: the test clock puts the app at 10:00 New York on a Wednesday some
// weeks ahead (not booking.spec's or prospect-keyboard.spec's weeks), and is reset afterwards.
import { TZDate } from "@date-fns/tz";
import type { Page } from "@playwright/test";
import { installFormClock, passFillTime } from "./fill-time";
import { expect, test } from "./fixtures";
import { resetTestClock, setTestClock } from "./test-clock";

const NY = "America/New_York";

/** 10:00 in New York on a Wednesday 9–10 weeks (plus `weeksLater`) from today. */
function wednesdayMorningInNewYork(weeksLater: number): Date {
  const today = new TZDate(Date.now(), NY);
  for (let offset = 63 + 7 * weeksLater; ; offset++) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, 10, 0, NY);
    if (day.getDay() === 3) return new Date(day.getTime());
  }
}

/** "GMT+1" / "GMT−4": a zone's offset in the menu's notation, now (the browser's clock, not the app's). */
function offsetNow(timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName")!.value;
  return text === "GMT" ? "GMT+0" : text.replace("-", "−");
}

async function submitAsBankVp(page: Page, email: string) {
  await installFormClock(page);
  await page.goto("/f/demo");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Full name").fill("Zoe Zone");
  await page.getByRole("radio", { name: "VP", exact: true }).check();
  await page.getByRole("radio", { name: "I make or approve the decision" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel("Company name").fill("Zone Bank");
  await page.getByRole("radio", { name: "200–999" }).check();
  await page.getByLabel("Industry").selectOption("financial_services");
  await page.getByLabel("Where is your team based?").selectOption("north_america");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("radio", { name: "$50k–$150k" }).check();
  await page.getByRole("radio", { name: "This quarter" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("checkbox", { name: "Lead routing" }).check();
  await page.getByRole("checkbox", { name: "I agree to be contacted about Switchboard." }).check();
  // A human's fill time (faster is stored as spam, with no booking): the form's clock jumps.
  await passFillTime(page);
  await page.getByRole("button", { name: "Send" }).click();
}

test.use({ timezoneId: "Europe/Berlin", locale: "en-GB", viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }, testInfo) => {
  await setTestClock(request, wednesdayMorningInNewYork(testInfo.retry + testInfo.repeatEachIndex));
});

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

test("the zone menu: Berlin detected and first, common zones, every zone by region under a readable label", async ({ page }) => {
  test.setTimeout(120_000);
  await submitAsBankVp(page, `zone.${Date.now()}@zonebank.com`);
  const panel = page.getByRole("region", { name: /^Book with / });
  await expect(panel).toBeVisible();
  const menu = panel.getByLabel("Times in");
  await expect(menu).toHaveValue("Europe/Berlin");

  // The full list arrives after the calendar (labelled in slices): wait for it.
  await expect.poll(() => menu.locator("option").count(), { timeout: 20_000 }).toBeGreaterThan(300);
  const berlin = `Berlin (${offsetNow("Europe/Berlin")})`;
  await expect(menu.locator("option:checked")).toHaveText(berlin);
  await expect(menu.locator("option").first()).toHaveText(berlin);
  const groups = await menu.locator("optgroup").evaluateAll((els) => els.map((el) => el.getAttribute("label")));
  expect(groups.slice(0, 3)).toEqual(["Your time zone", "Common time zones", "Africa"]);
  expect(groups).toEqual(expect.arrayContaining(["Americas", "Asia", "Europe", "Pacific"]));

  const common = await menu.locator('optgroup[label="Common time zones"] option').allTextContents();
  expect(common.length).toBeLessThanOrEqual(16);
  expect(common).toContain(`London (${offsetNow("Europe/London")})`);
  expect(common).not.toContain(berlin);

  // Every label readable; no legacy alias offered.
  const options = await menu.locator("option").evaluateAll((els) => els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent ?? "" })));
  for (const option of options) expect(option.text, option.value).toMatch(/^[^_/]+ \(GMT[+−]\d{1,2}(:\d\d)?\)$/);
  expect(options.filter((o) => /^(Etc|US|Canada)\//.test(o.value) || o.value === "Asia/Calcutta")).toEqual([]);
  expect(options.map((o) => o.value)).toContain("Asia/Kolkata");

  // Another zone: the times are asked for in it, the menu keeps it.
  const answer = page.waitForResponse((r) => r.url().includes("/api/v1/bookings/slots") && r.url().includes("tz=America%2FNew_York") && r.status() === 200);
  await menu.selectOption("America/New_York");
  await answer;
  await expect(menu).toHaveValue("America/New_York");
  await expect(menu.locator("option:checked").first()).toHaveText(`New York (${offsetNow(NY)})`);
});

test("a booking found again after a reload is confirmed as it was made: day, time and the zone with its offset", async ({ page }) => {
  test.setTimeout(120_000);
  await submitAsBankVp(page, `zone.reload.${Date.now()}@zonebank.com`);
  const panel = page.getByRole("region", { name: /^Book with / });
  await expect(panel).toBeVisible();
  await panel.getByRole("radio").first().click();
  await panel.getByRole("button", { name: /^Book / }).click();
  const when = page.locator("[data-booking-when]");
  await expect(when).toHaveText(/^\w+day \d{1,2} \w+ at \d\d:\d\d, Berlin \(GMT\+[12]\)$/);
  const confirmed = await when.textContent();

  // The tab keeps its end screen; the booking is read back from the slots answer ("booked").
  await page.reload();
  await expect(page.locator('[data-booking-state="booked"]')).toBeVisible();
  await expect(when).toHaveText(confirmed!);
});
