// The lead a spec's form submission stored, read back by a manager. A submission faster than a
// human's fill time (MIN_FILL_TIME_MS: ./fill-time.ts) is stored as spam and answered like any
// other — the prospect sees the same end screen, the embed the same redirect — so a spec that
// submits as a human checks the stored lead too, or it would pass with the lead filed as spam.
import type { Browser, Page } from "@playwright/test";
import { readLead } from "./embed-host";
import { expect, signInAs } from "./fixtures";
import { trpcCall } from "./trpc";

async function asManager<T>(browser: Browser, read: (manager: Page) => Promise<T>): Promise<T> {
  const manager = await browser.newPage();
  try {
    await signInAs(manager, "manager");
    return await read(manager);
  } finally {
    await manager.close();
  }
}

/** The lead `leadId` (a submission's answer) was not stored as spam. */
export async function expectNotSpam(browser: Browser, leadId: string): Promise<void> {
  const lead = await asManager(browser, (manager) => readLead(manager.request, leadId));
  expect(lead.isSpam, `lead ${leadId} stored as spam`).toBe(false);
}

/** The one lead of form `formId` (made by this spec run) was stored, and not as spam. */
export async function expectFormLeadNotSpam(browser: Browser, formId: string): Promise<void> {
  const list = await asManager(browser, (manager) => trpcCall<{ items: { isSpam: boolean }[] }>(manager, "leads.list", { formId, includeSpam: true }, "query"));
  expect(list.items.map((lead) => ({ isSpam: lead.isSpam })), `the lead of form ${formId}, not spam`).toEqual([{ isSpam: false }]);
}
