// The manager's "Test a lead" panel on /routing, filled with a demo-form lead and run against the
// published routing (a dry run at a chosen time in New York, so the result does not depend on when
// the suite runs). Returns the result region.
import type { Locator, Page } from "@playwright/test";

export interface TTestLeadSample {
  size: string;
  industry: string;
  region: string;
  email?: string;
  role?: string;
  /** With a budget, the timeline question ("This quarter") is answered too. */
  budget?: string;
  startWhen?: string;
  /** `YYYY-MM-DDTHH:mm`, New York time. */
  at: string;
}

/** A VP deciding at a 200–999 person North American bank with a $50k–$150k budget. */
export const BANK_LEAD: Omit<TTestLeadSample, "at"> = { size: "200–999", industry: "Financial services", region: "North America", budget: "$50k–$150k" };

export async function runTestLead(page: Page, sample: TTestLeadSample): Promise<Locator> {
  const panel = page.getByRole("form", { name: "Test a lead" });
  await panel.getByLabel("Form", { exact: true }).selectOption({ label: "Demo request" });
  await panel.getByLabel("Work email").fill(sample.email ?? "buyer@example-corp.com");
  await panel.getByLabel("Which best describes your role?").selectOption({ label: sample.role ?? "VP" });
  await panel.getByLabel("What is your part in choosing a solution?").selectOption({ label: "I make or approve the decision" });
  await panel.getByLabel("How many people work at your company?").selectOption({ label: sample.size });
  await panel.getByLabel("Industry").selectOption({ label: sample.industry });
  await panel.getByLabel("Where is your team based?").selectOption({ label: sample.region });
  if (sample.budget) await panel.getByLabel("What annual budget have you set aside?").selectOption({ label: sample.budget });
  if (sample.budget) await panel.getByLabel("When do you plan to decide?").selectOption({ label: "This quarter" });
  if (sample.startWhen) await panel.getByLabel("When would you like to get started?").selectOption({ label: sample.startWhen });
  await panel.getByLabel("Arrives at (optional; default now)").fill(sample.at);
  await panel.getByLabel("Lead's time zone").selectOption("America/New_York");
  await panel.getByRole("radio", { name: "Published" }).check();
  await panel.getByRole("button", { name: "Run test" }).click();
  return page.getByTestId("test-lead-result");
}
