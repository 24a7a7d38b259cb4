// A prospect who reloads the page after submitting — or whose phone browser reloads the tab it
// discarded while they checked their calendar — sees their end screen again: the booking calendar
// with the rep routing gave them (or the booking already made), not an empty form whose second
// submission would be a second lead. Opening the form anew (a new tab, a link) starts a fresh form.
import type { Page } from "@playwright/test";
import { installFormClock, passFillTime } from "./fill-time";
import { expect, test } from "./fixtures";
import { expectNotSpam } from "./stored-lead";

async function fillBankVp(page: Page, email: string): Promise<void> {
  await installFormClock(page);
  await page.goto("/f/demo");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Full name").fill("Reload Banks");
  await page.getByRole("radio", { name: "VP", exact: true }).check();
  await page.getByRole("radio", { name: "I make or approve the decision" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel("Company name").fill("Reload Bank");
  await page.getByRole("radio", { name: "200–999" }).check();
  await page.getByLabel("Industry").selectOption("financial_services");
  await page.getByLabel("Where is your team based?").selectOption("north_america");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("radio", { name: "More than $150k" }).check();
  await page.getByRole("radio", { name: "This month" }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("checkbox", { name: "Lead routing" }).check();
  await page.getByRole("checkbox", { name: "I agree to be contacted about Switchboard." }).check();
  await passFillTime(page); // a human's fill time (faster is stored as spam)
}

test("a reload after submitting shows the booking end screen again, never a second empty form", async ({ browser, page, context }) => {
  const email = `reload.${Date.now()}@bigbank.com`;
  let submissions = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/api/v1/forms/demo/submissions")) submissions += 1;
  });
  await fillBankVp(page, email);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/api/v1/forms/demo/submissions"));
  await page.getByRole("button", { name: "Send" }).click();
  const { leadId } = (await (await answered).json()) as { leadId: string };
  await expectNotSpam(browser, leadId); // a spam submission is answered with an end screen too
  const endScreen = page.locator('[data-outcome="booking"]');
  await expect(endScreen).toBeVisible();
  // The calendar, or (outside everyone's hours, a lead in the backup queue) the no-times line.
  const booking = endScreen.locator('[data-slot="booking"], [data-slot="booking-unavailable"]');
  await expect(booking).toBeVisible();
  const slot = await booking.first().getAttribute("data-slot");
  const repHeading = page.getByRole("heading", { name: /^Book with / });
  const rep = slot === "booking" ? await repHeading.textContent() : null;

  await page.reload();
  await expect(page.locator('[data-outcome="booking"]')).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveCount(0);
  await expect(page.locator(`[data-slot="${slot}"]`)).toBeVisible();
  if (rep) await expect(repHeading).toHaveText(rep);
  expect(submissions).toBe(1);

  // Another tab is another visit: a fresh form.
  const other = await context.newPage();
  await other.goto("/f/demo");
  await expect(other.getByLabel("Work email")).toBeVisible();
  await expect(other.getByLabel("Work email")).toHaveValue("");
  // So is opening the form anew in this tab (the next prospect at a shared screen), and a reload
  // then shows that fresh form, not the earlier end screen.
  await page.goto("/f/demo");
  await expect(page.getByLabel("Work email")).toHaveValue("");
  await page.reload();
  await expect(page.getByLabel("Work email")).toBeVisible();
  await expect(page.locator('[data-outcome="booking"]')).toHaveCount(0);
});

test("a reload after a message end screen shows the message again", async ({ page }) => {
  await installFormClock(page);
  await page.goto("/f/demo");
  await page.getByLabel("Work email").fill(`reload.${Date.now()}@university.edu`);
  await page.getByLabel("Full name").fill("Reload Student");
  await page.getByRole("radio", { name: "Student", exact: true }).check();
  await page.getByRole("radio", { name: "I am researching for someone else" }).check();
  await passFillTime(page);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Thanks for your interest" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Thanks for your interest" })).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveCount(0);
});
