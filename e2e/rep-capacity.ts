// A rep's capacity ("Max open leads", "Max new leads per day") set through the rep's page, as a
// manager. The suite runs on one database and many specs send bank leads on the suite's Tuesday
// (test-clock.ts): by the time a late spec runs, they have filled Sarah's seeded limits (12 open, 4
// new a day) and routing rightly skips her ("daily limit reached 4/4"). A spec whose story needs her
// gives her room first and puts the seeded limits back when done.
import { expect, type Page } from "@playwright/test";

export interface TCapacity {
  maxOpenLeads?: number;
  maxNewLeadsPerDay?: number;
}

export const SARAH = "Sarah Chen";
export const SARAHS_SEEDED_CAPACITY = { maxOpenLeads: 12, maxNewLeadsPerDay: 4 } as const;
export const PRIYA = "Priya Patel";
export const PRIYAS_SEEDED_CAPACITY = { maxOpenLeads: 12, maxNewLeadsPerDay: 5 } as const;
export const ROOM = { maxOpenLeads: 1_000, maxNewLeadsPerDay: 1_000 } as const;

/** `page` is signed in as a manager or admin; limits not given stay as they are. */
export async function setCapacity(page: Page, repName: string, capacity: TCapacity): Promise<void> {
  await page.goto("/reps");
  await page.getByRole("link", { name: new RegExp(repName) }).first().click();
  if (capacity.maxOpenLeads !== undefined) await page.getByLabel("Max open leads").fill(String(capacity.maxOpenLeads));
  if (capacity.maxNewLeadsPerDay !== undefined) await page.getByLabel("Max new leads per day").fill(String(capacity.maxNewLeadsPerDay));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
}
