// Settings → Currencies, end to end: an admin opens it from the Routing page, makes EUR the
// routing currency and sets 1 USD = 0.9 EUR; "Test a lead" with the demo form (scored in USD) then
// compares the bank VP's $100,000 as €90,000 and its headline says so. The spec puts USD back
// (which removes its rates) whatever happens, so the other journeys route in dollars. When a rate
// was set reads as every dashboard time, in the viewer's zone (here New York); it was "set 2026-12-07".
import { expectLocalTime } from "./dashboard-time";
import { expect, signInAs, test } from "./fixtures";
import { BANK_LEAD, runTestLead } from "./test-a-lead";
import { testTuesdayLocal } from "./test-clock";
import { trpcCall } from "./trpc";

const VIEWER_ZONE = "America/New_York";
test.use({ timezoneId: VIEWER_ZONE });

test("an admin sets the routing currency and a rate; Test a lead shows the value converted", async ({ page }) => {
  await signInAs(page, "admin");
  try {
    await page.goto("/routing");
    await page.getByRole("link", { name: "Currencies", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Currencies", exact: true })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Routing currency" })).toHaveValue("USD");

    // A routing currency with rates asks before removing them (none are expected; accepted if asked).
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("textbox", { name: "Routing currency" }).fill("eur");
    await page.getByRole("button", { name: "Save currency" }).click();
    await expect(page.getByRole("heading", { name: "Exchange rates into EUR" })).toBeVisible();

    // A rate the server refuses names its field; a valid one is listed.
    const addRate = page.getByRole("form", { name: "Add a rate" });
    await addRate.getByLabel("Currency", { exact: true }).fill("usd");
    await addRate.getByLabel("1 unit = ? EUR").fill("0");
    await addRate.getByRole("button", { name: "Add rate" }).click();
    await expect(addRate.getByRole("alert")).toHaveText("rate: Enter a rate greater than 0");
    await addRate.getByLabel("1 unit = ? EUR").fill("0.9");
    await addRate.getByRole("button", { name: "Add rate" }).click();
    await expect(addRate.getByRole("alert")).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Rate for USD" }).getByLabel("1 USD =")).toHaveValue("0.9");
    const rateSet = page.getByRole("form", { name: "Rate for USD" }).getByTestId("rate-set");
    await expect(rateSet).toHaveText(/^set [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} by .+$/);
    await expectLocalTime(rateSet.locator("time"), VIEWER_ZONE, "New York");
    await expect(page.getByRole("listitem").filter({ hasText: /^USD: / })).toContainText("converted with its rate");

    // The demo form's $50k–$150k budget is worth $100,000: routing compares €90,000 and says so.
    await page.goto("/routing");
    const result = await runTestLead(page, { ...BANK_LEAD, at: testTuesdayLocal(10, 0, 7) });
    await expect(result.getByTestId("test-lead-headline")).toContainText("value $100,000 ≈ €90,000 (converted to EUR, the routing currency)");
  } finally {
    await trpcCall(page, "currencies.setRoutingCurrency", { currency: "USD" }, "mutation");
  }
});
