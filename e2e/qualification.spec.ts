// The story's qualification flow on the hosted demo form: a VP at a 500-person bank is asked
// about budget and timeline and lands sales-ready; a 5-person startup founder with no urgency
// is not asked, ends early in nurture. The dashboard shows both tiers with their breakdowns.
import type { Page } from "@playwright/test";
import { installFormClock, passFillTime } from "./fill-time";
import { expect, signInAs, test } from "./fixtures";

async function next(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
}

/** People take more than MIN_FILL_TIME_MS (3 s) to fill a form; faster submissions are stored as spam (./fill-time.ts). */
async function submit(page: Page, label = "Send") {
  await passFillTime(page);
  await page.getByRole("button", { name: label }).click();
}

async function aboutYou(page: Page, who: { email: string; name: string; role: string; authority: string }, isLastStep = false) {
  await page.getByLabel("Work email").fill(who.email);
  await page.getByLabel("Full name").fill(who.name);
  await page.getByRole("radio", { name: who.role, exact: true }).check();
  await page.getByRole("radio", { name: who.authority }).check();
  if (isLastStep) await submit(page);
  else await next(page);
}

async function company(page: Page, c: { name: string; size: string; industry: string; region: string }) {
  await page.getByLabel("Company name").fill(c.name);
  await page.getByRole("radio", { name: c.size, exact: true }).check();
  await page.getByLabel("Industry").selectOption({ label: c.industry });
  await page.getByLabel("Where is your team based?").selectOption({ label: c.region });
  await next(page);
}

// Every test fills the form: its clock can jump past the fill time (./fill-time.ts).
test.beforeEach(({ page }) => installFormClock(page));

test("a VP at a 500-person bank gets budget and timeline questions and is sales-ready", async ({ page }) => {
  const stamp = Date.now();
  await page.goto("/f/demo?utm_source=e2e&utm_campaign=story");
  // "Step N of M": M counts the steps the answers so far lead to; it changes as an answer shows
  // or hides a step, never on Next (step-count.ts).
  const progress = page.getByTestId("step-progress");
  await expect(progress).toHaveText("Step 1 of 4");
  await aboutYou(page, { email: `vp.${stamp}@firstbank.com`, name: "Victoria Park", role: "VP", authority: "I make or approve the decision" });
  await expect(progress).toHaveText("Step 2 of 4");
  await company(page, { name: "First Bank", size: "200–999", industry: "Financial services", region: "North America" });

  await expect(page.getByText("What annual budget have you set aside?")).toBeVisible();
  await expect(progress).toHaveText("Step 3 of 5");
  await page.getByRole("radio", { name: "$50k–$150k" }).check();
  await expect(progress).toHaveText("Step 3 of 4");
  await page.getByRole("radio", { name: "This quarter" }).check();
  await next(page);
  await expect(progress).toHaveText("Step 4 of 4");

  await expect(page.getByText("When would you like to get started?")).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Lead routing" }).check();
  await page.getByRole("checkbox", { name: "I agree to be contacted about Switchboard." }).check();
  await submit(page);
  await expect(page.getByRole("heading", { name: "Let's talk" })).toBeVisible();

  await signInAs(page, "admin");
  await page.goto(`/leads?search=${encodeURIComponent(`vp.${stamp}@firstbank.com`)}`);
  await expect(page.getByRole("row").filter({ hasText: "Victoria Park" })).toContainText("Sales-ready");
  await page.getByRole("link", { name: /Victoria Park/ }).first().click();
  await expect(page.getByText("+30 value: What annual budget have you set aside? is $50k–$150k").or(page.getByText(/\+30 value/)).first()).toBeVisible();
  await expect(page.getByText(/\+10 value: budget ≥ \$50k/)).toBeVisible();
  await expect(page.getByText("e2e").first()).toBeVisible();
});

test("a 5-person startup founder with no urgency is not asked about budget and ends in nurture", async ({ page }) => {
  const stamp = Date.now();
  await page.goto("/f/demo");
  await aboutYou(page, { email: `founder.${stamp}@tinystartup.io`, name: "Sam Startup", role: "Founder / Owner", authority: "I make or approve the decision" });
  await company(page, { name: "Tiny Startup", size: "1–19", industry: "Software & technology", region: "Europe" });

  await expect(page.getByText("What annual budget have you set aside?")).toHaveCount(0);
  await page.getByRole("radio", { name: "No rush, just exploring" }).check();
  await submit(page);
  // The starter-guide box left unticked: the end screen promises no email (ticked: nurture.spec.ts).
  await expect(page.getByRole("heading", { name: "Thanks for your answers" })).toBeVisible();
  await expect(page.getByText("You didn't ask for our emails, so we won't send any.")).toBeVisible();

  await signInAs(page, "admin");
  await page.goto(`/leads?search=${encodeURIComponent(`founder.${stamp}@tinystartup.io`)}`);
  await expect(page.getByRole("row").filter({ hasText: "Sam Startup" })).toContainText("Nurture");
  await page.getByRole("link", { name: /Sam Startup/ }).first().click();
  await expect(page.getByText(/\+20 intent/).first()).toBeVisible();
  await expect(page.getByText(/budget/i)).toHaveCount(0);
});

test("a student is disqualified right after the first step", async ({ page }) => {
  await page.goto("/f/demo");
  const email = `student.${Date.now()}@university.edu`;
  await aboutYou(page, { email, name: "Stu Dent", role: "Student", authority: "I am researching for someone else" }, true);
  await expect(page.getByRole("heading", { name: "Thanks for your interest" })).toBeVisible();
  await expect(page.getByText(/free guides and templates at https:\/\/example\.com\/resources/)).toBeVisible();
  // The address in the end screen's text is a link that opens in a new tab.
  const resources = page.getByRole("link", { name: "https://example.com/resources" });
  await expect(resources).toHaveAttribute("href", "https://example.com/resources");
  await expect(resources).toHaveAttribute("target", "_blank");

  await signInAs(page, "admin");
  await page.goto(`/leads?search=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row").filter({ hasText: "Stu Dent" })).toContainText("Disqualified");
  await page.getByRole("link", { name: /Stu Dent/ }).first().click();
  await expect(page.getByText(/Knock-out: student/)).toBeVisible();
});
