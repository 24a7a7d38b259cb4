// The routing story through the manager's "Test a lead" panel (a dry run at a chosen time, so the
// result does not depend on when the suite runs), plus a real submission that is routed and
// explained on the lead page.
import { expect, signInAs, test } from "./fixtures";
import { BANK_LEAD, runTestLead } from "./test-a-lead";
import { testTuesdayLocal } from "./test-clock";

// A week after the suite's Tuesday: no spec moves the clock there, so no lead counts in that
// day's caps (on the Tuesday itself, SLA reassignments swept when other specs move the clock can
// fill Sarah's 4 a day when the suite runs in New York's working hours).
const STORY_DAY = 7;
const BANK = { ...BANK_LEAD, at: testTuesdayLocal(10, 0, STORY_DAY) };

test("the story: Sarah for the bank, the next best rep when Sarah is full, Kenji at 3 AM, nurture for the startup", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/routing");

  let result = await runTestLead(page, BANK);
  await expect(result.getByTestId("test-lead-headline")).toContainText("Routed to Sarah Chen");
  await expect(result.getByTestId("test-lead-headline")).toContainText(/Enterprise path.*financial services match.*available now.*lightest pipeline/);

  // Sarah at capacity: her max open leads set to 0 pauses new leads.
  await page.goto("/reps");
  await page.getByRole("link", { name: /Sarah Chen/ }).first().click();
  await page.getByLabel("Max open leads").fill("0");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.goto("/routing");
  result = await runTestLead(page, BANK);
  await expect(result.getByTestId("test-lead-headline")).toContainText("Routed to Priya Patel");
  // Her open leads so far (other journeys may have routed some to her) against the cap of 0.
  await expect(result.getByTestId("test-lead-skipped")).toContainText(/Sarah Chen.*at capacity \d+\/0/);
  await page.goto("/reps");
  await page.getByRole("link", { name: /Sarah Chen/ }).first().click();
  await page.getByLabel("Max open leads").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await page.goto("/routing");
  result = await runTestLead(page, { ...BANK, region: "Asia-Pacific", industry: "Manufacturing", at: testTuesdayLocal(3, 0, STORY_DAY) });
  await expect(result.getByTestId("test-lead-headline")).toContainText("Routed to Kenji Sato");
  await expect(result.getByTestId("test-lead-headline")).toContainText("APAC path");

  result = await runTestLead(page, { size: "1–19", industry: "Software & technology", region: "Europe", role: "Founder / Owner", startWhen: "No rush, just exploring", at: testTuesdayLocal(10, 0, STORY_DAY) });
  await expect(result.getByTestId("test-lead-headline")).toContainText("Nurture");
});

test("a real submission is routed at once and the lead page explains the decision", async ({ page }) => {
  const email = `routed.${Date.now()}@acme-insurance.com`;
  await page.goto("/f/demo");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Full name").fill("Rita Routed");
  await page.getByRole("radio", { name: "Director", exact: true }).check();
  await page.getByRole("radio", { name: "I recommend a solution" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Company name").fill("Acme Insurance");
  await page.getByRole("radio", { name: "20–199", exact: true }).check();
  await page.getByLabel("Industry").selectOption({ label: "Financial services" });
  await page.getByLabel("Where is your team based?").selectOption({ label: "North America" });
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "As soon as possible" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("checkbox", { name: "Lead qualification and scoring" }).check();
  await page.getByRole("checkbox", { name: "I agree to be contacted about Switchboard." }).check();
  await page.waitForTimeout(3_100);
  await page.getByRole("button", { name: "Send" }).click();
  // The end screen (a booking end screen has a second live region for its slots).
  await expect(page.getByRole("status").first()).toBeVisible();

  await signInAs(page, "manager");
  await page.goto(`/leads?search=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: /Rita Routed/ }).first().click();
  // Whoever is working right now gets it (Inbound: reps at work preferred), or the backup queue.
  await expect(page.getByText(/Routed to .+: Inbound path|Backup queue|backup queue/).first()).toBeVisible();
});
