// The prospect's journey on the hosted demo form with the keyboard only (keys, typed text, a
// select's option chosen — no clicks): Next on an empty step marks the fields without a burst of alerts
// and puts the focus on the first one; the answers of a VP at a bank are sent; the rep's times
// are one Tab stop (a radio group: arrows move and pick), the Book button is the next Tab; once
// booked the focus is on the confirmation's heading (not lost to the page's body). A time taken
// meanwhile (409): the focus moves to the notice that says so, read once (no alert beside it).
//
// Slots depend on the clock: the test clock puts the app at 10:00 New York on a Wednesday some
// weeks ahead (not booking.spec's weeks), and is reset afterwards.
import { TZDate } from "@date-fns/tz";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { installFormClock, passFillTime } from "./fill-time";
import { expect, test } from "./fixtures";
import { resetTestClock, setTestClock } from "./test-clock";

const NY = "America/New_York";

/** 10:00 in New York on a Wednesday 5–6 weeks (plus `weeksLater`) from today. */
function wednesdayMorningInNewYork(weeksLater: number): Date {
  const today = new TZDate(Date.now(), NY);
  for (let offset = 35 + 7 * weeksLater; ; offset++) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, 10, 0, NY);
    if (day.getDay() === 3) return new Date(day.getTime());
  }
}

/** The focused element's accessible role and name, as a short string for assertions. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "BODY";
    return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim()}`;
  });
}

test.beforeEach(async ({ page, request }, testInfo) => {
  await setTestClock(request, wednesdayMorningInNewYork(testInfo.retry + testInfo.repeatEachIndex));
  await installFormClock(page); // the form's clock can jump past the fill time (./fill-time.ts)
});

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

test("keyboard only: errors without an alert burst, times as one radio group, Book one Tab away, focus on the booked heading", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await page.goto("/f/demo");

  // Next on the empty first step: the messages are there, none is an alert (four at once would be
  // read together); the focus is on the first field, which names its message; so do the radios.
  await page.getByRole("button", { name: "Next" }).press("Enter");
  const email = page.getByLabel("Work email");
  await expect(email).toBeFocused();
  // Each message names its question, so a screen reader moving from error to error knows which.
  await expect(email).toHaveAccessibleDescription("“Work email” is required");
  await expect(page.getByText("“Full name” is required")).toBeVisible();
  await expect(page.locator('[role="alert"]', { hasText: "is required" })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "VP", exact: true })).toHaveAccessibleDescription("“Which best describes your role?” is required");

  // The whole form typed and chosen from the keyboard, from the focused first field.
  await fillAsBankVp(page, `vp.keys.${stamp}@keybank.com`, "Kay Board", `Key Bank ${stamp}`);

  // Tab from the end screen's heading into the times: one stop, the first time. The rep is whoever
  // routing chose (Sarah while she has room; the full suite's other bank leads can fill her
  // 12 open leads, and then it is Priya): this spec is about the keyboard, not about who.
  const panel = page.getByRole("region", { name: /^Book with / });
  const repName = await bookingRepName(panel);
  const times = panel.getByRole("radiogroup", { name: /^Times on / });
  const radios = times.getByRole("radio");
  await expect(radios.first()).toBeVisible();
  expect(await radios.count()).toBeGreaterThan(2);
  await expect(times.locator('[tabindex="0"]')).toHaveCount(1);
  for (let tabs = 0; tabs < 60 && !(await radios.first().evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(radios.first()).toBeFocused();

  // Arrows move and pick (Right, Right, Left: the second time), the focus follows.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  const chosen = radios.nth(1);
  await expect(chosen).toBeFocused();
  await expect(chosen).toHaveAttribute("aria-checked", "true");
  await expect(times.locator('[aria-checked="true"]')).toHaveCount(1);
  await expect(times.locator('[tabindex="0"]')).toHaveCount(1);
  const label = (await chosen.textContent())!.trim();

  // The Book button is at most 3 Tabs from the times (it is the next one).
  const book = panel.getByRole("button", { name: new RegExp(`^Book ${label}, `) });
  let tabs = 0;
  while (tabs < 3 && !(await book.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press("Tab");
    tabs++;
  }
  await expect(book, `focus after ${tabs} Tabs: ${await focused(page)}`).toBeFocused();

  // Booked: the focus is on the confirmation's heading, not on the page's body.
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { name: `You're booked with ${repName}` });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole("heading", { name: "Let's talk" })).toHaveCount(0);
  expect(await focused(page)).not.toBe("BODY");
});

/**
 * The demo form sent from the keyboard as a VP at a bank (the enterprise path: Sarah's times
 * while she has room),
 * starting with the focus on "Work email" of a hydrated form; ends on the focused end screen.
 */
async function fillAsBankVp(page: Page, email: string, name: string, company: string) {
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Full name")).toBeFocused();
  await page.keyboard.type(name);
  await page.getByRole("radio", { name: "VP", exact: true }).press("Space");
  await page.getByRole("radio", { name: "I make or approve the decision" }).press("Space");
  await page.getByRole("button", { name: "Next" }).press("Enter");
  await expect(page.getByLabel("Company name")).toBeVisible();
  await page.getByLabel("Company name").fill(company); // typed, as a keyboard does
  await page.getByRole("radio", { name: "200–999", exact: true }).press("Space");
  await page.getByLabel("Industry").selectOption({ label: "Financial services" });
  await page.getByLabel("Where is your team based?").selectOption({ label: "North America" });
  await page.getByRole("button", { name: "Next" }).press("Enter");
  await page.getByRole("radio", { name: "$50k–$150k" }).press("Space");
  await page.getByRole("radio", { name: "This quarter" }).press("Space");
  await page.getByRole("button", { name: "Next" }).press("Enter");
  await page.getByRole("checkbox", { name: "Lead routing" }).press("Space");
  await page.getByRole("checkbox", { name: "I agree to be contacted about Switchboard." }).press("Space");
  await passFillTime(page); // a human's fill time (faster is stored as spam)
  await page.getByRole("button", { name: "Send" }).press("Enter");
  await expect(page.getByRole("heading", { name: "Let's talk" })).toBeFocused();
}

/** The rep named by the booking panel's region ("Book with Sarah Chen" → "Sarah Chen"). */
async function bookingRepName(panel: Locator): Promise<string> {
  await expect(panel).toBeVisible();
  const name = (await panel.getAttribute("aria-label")) ?? (await panel.getByRole("heading").first().textContent()) ?? "";
  const rep = /^Book with (.+)$/.exec(name.trim())?.[1];
  expect(rep, `the booking panel names its rep: "${name}"`).toBeTruthy();
  return rep!;
}

/** Another prospect of the same bank books `start` with the same rep (the account's owner) through the public API first. */
async function bookThroughApi(request: APIRequestContext, email: string, company: string, start: string, repName: string) {
  const submitted = await request.post("/api/v1/forms/demo/submissions", { data: { answers: { ...BANK_VP, email, full_name: "First Come", company }, context: { fillTimeMs: 20_000, source: "api" } } });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const token = ((await submitted.json()) as { booking?: { token: string } }).booking?.token;
  expect(token, "the API lead is offered booking").toBeTruthy();
  // Its routing may finish after the answer: ask until its slots are ready (state, not time).
  const slots = () => request.get(`/api/v1/bookings/slots?token=${encodeURIComponent(token!)}&tz=UTC`).then((r) => r.json() as Promise<{ status: string; rep: { name: string } | null; days: { slots: { start: string }[] }[] }>);
  await expect.poll(async () => (await slots()).status).toBe("ready");
  const ready = await slots();
  expect(ready.rep?.name, "the account's owner: the same rep as the page's prospect").toBe(repName);
  expect(ready.days.flatMap((d) => d.slots.map((s) => s.start))).toContain(start);
  const booked = await request.post("/api/v1/bookings", { data: { token, start, timeZone: "UTC" } });
  expect(booked.status(), await booked.text()).toBe(201);
}

test("keyboard only: a time taken meanwhile (409) moves the focus to the notice, read once, and the fresh times follow", async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const company = `Taken Bank ${stamp}`;
  await page.goto("/f/demo");
  await page.getByLabel("Work email").focus();
  await fillAsBankVp(page, `vp.taken.${stamp}@takenbank.com`, "Kay Taken", company);

  // The first time is one Tab stop away; picked with Space.
  const panel = page.getByRole("region", { name: /^Book with / });
  const repName = await bookingRepName(panel);
  const times = panel.getByRole("radiogroup", { name: /^Times on / });
  const first = times.getByRole("radio").first();
  await expect(first).toBeVisible();
  for (let tabs = 0; tabs < 60 && !(await first.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Space");
  await expect(first).toHaveAttribute("aria-checked", "true");
  const start = (await first.getAttribute("data-slot-start"))!;

  // Meanwhile another prospect of the same bank books that very time through the API.
  await bookThroughApi(request, `cfo.taken.${stamp}@takenbank.com`, company, start, repName);

  // Book (the next Tab) → 409: the notice has the focus (the Book button it was on is disabled).
  const label = (await first.textContent())!.trim();
  const book = panel.getByRole("button", { name: new RegExp(`^Book ${label}, `) });
  for (let tabs = 0; tabs < 3 && !(await book.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(book).toBeFocused();
  await page.keyboard.press("Enter");
  const notice = panel.getByText("That time was just taken — please pick another.");
  await expect(notice).toBeFocused();
  expect(await focused(page)).toBe("p:That time was just taken — please pick another.");
  // Announced once: by the focus, not by a live region as well.
  await expect(page.locator('[role="alert"], [role="status"], [aria-live]').filter({ hasText: "just taken" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Pick a time" })).toBeDisabled();

  // The fresh times no longer offer it; Tab goes on from the notice into the calendar and times.
  await expect(panel.locator(`[data-slot-start="${start}"]`)).toHaveCount(0);
  await page.keyboard.press("Tab");
  expect(await focused(page)).not.toBe("BODY");
  await expect(panel.locator(":focus")).toHaveCount(1);
});
