// A rep's "Max open leads" set through the rep's page (as a manager). The suite runs on one
// database: by the time a late spec runs, the bank leads earlier specs sent have filled Sarah's
// seeded cap (12 open leads), and routing skips her as "at capacity" — so a spec whose story needs
// her room makes it, and puts the seeded cap back when done.
import { expect, type Page } from "@playwright/test";

export const SEEDED_MAX_OPEN_LEADS = { "Sarah Chen": 12 } as const;

/** `page` is signed in as a manager or admin. */
export async function setMaxOpenLeads(page: Page, repName: string, value: number): Promise<void> {
  await page.goto("/reps");
  await page.getByRole("link", { name: new RegExp(repName) }).first().click();
  await page.getByLabel("Max open leads").fill(String(value));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
}
