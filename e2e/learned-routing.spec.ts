// Learned routing in the dashboard: the manager makes the Enterprise pool choose by best expected
// outcome, publishes, tests a bank lead and reads the expected-value explanation and each rep's
// chance of being chosen; then switches back to least loaded (the other journeys expect it).
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { BANK_LEAD, runTestLead } from "./test-a-lead";
import { testTuesdayLocal } from "./test-clock";

const testBankLead = (page: Page) => runTestLead(page, { ...BANK_LEAD, email: "cfo@learned-bank.com", at: testTuesdayLocal(10) });

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Published version \d+\./)).toBeVisible();
}

test("the manager selects the learned chooser for a pool, tests a lead and sees the expected-value explanation", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/routing");
  const enterprise = page.getByRole("listitem", { name: /Path \d+: Enterprise/ });
  await enterprise.getByRole("button", { name: /Edit path \d+ \(Enterprise\)/ }).click();
  await enterprise.getByLabel("Then choose").selectOption({ label: "best expected win (learned, floor 50% of fair share)" });
  const settings = enterprise.getByRole("group", { name: "Learned chooser settings" });
  await expect(settings).toBeVisible();
  // No warm-up: the demo pool decides by its posteriors at once.
  await settings.getByLabel("Warm-up (outcomes)").fill("0");
  await publish(page);
  // A fresh page: the editor reloads its data after publishing.
  await page.goto("/routing");
  await expect(page.getByText(/Published version \d+/).first()).toBeVisible();

  const result = await testBankLead(page);
  await expect(result.getByTestId("test-lead-headline")).toContainText(/Routed to/);
  await expect(result.getByRole("list", { name: "Reasons" })).toContainText(/Chosen: \d+% expected win rate for financial services .*\(\d+ leads?\), team \d+%/);
  const odds = result.getByTestId("learned-odds");
  await expect(odds).toBeVisible();
  await expect(odds.getByRole("row")).not.toHaveCount(1);
  await expect(odds).toContainText(/\d+%/);
  await page.screenshot({ path: "test-results/learned-routing-test-lead.png", fullPage: true });

  // The same lead again: the same chances (its draws are seeded by its content). Publishing wrote a
  // rebuild job that recounts the pool from stored outcomes (other specs' won leads included), so
  // the counts may move once while it runs: two runs in a row agree once it has.
  const runTest = page.getByRole("form", { name: "Test a lead" }).getByRole("button", { name: "Run test" });
  await expect(async () => {
    const before = (await odds.textContent()) ?? "";
    await runTest.click();
    await expect(odds).toHaveText(before, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });

  // Switch back.
  await enterprise.getByRole("button", { name: /Edit path \d+ \(Enterprise\)/ }).click();
  await enterprise.getByLabel("Then choose").selectOption({ label: "least loaded" });
  await publish(page);
});
