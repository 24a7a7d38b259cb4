// The Jobs page says each job's tries in words an admin can act on, not pg-boss's "retry_count/
// retry_limit" ("0/5": 0 of 5 what? will it be tried again?). The wording itself is unit-tested
// (components/jobs/job-attempts-text.test.ts); here, a lead of this spec's own makes jobs (its rep
// alert, sent at once; its SLA timers, due later) and the admin reads them in words.
import { submitSalesReadyLead } from "./demo-lead";
import { expect, signInAs, test } from "./fixtures";

const IN_WORDS = /^(Not tried yet · (first try .+ · )?(up to \d+ tries|1 try only)|Running try \d+ of \d+|Tried \d+ of \d+ · next try .+|Done on try \d+|Done|Gave up (after \d+ tr(y|ies)|before any try)|Cancelled (after \d+ tr(y|ies)|before any try))$/;

test("jobs: each job's tries in words — done on which try, or not tried yet and when", async ({ page, request }) => {
  await submitSalesReadyLead(request, "jobs-tries");
  await signInAs(page, "admin");
  await page.goto("/jobs");
  const table = page.getByRole("table", { name: "Jobs" });
  await expect(table.getByRole("columnheader", { name: "Tries" })).toBeVisible();
  // The alert is sent after the submission's commit: reload until it shows as done.
  await expect(async () => {
    await page.reload();
    await expect(table.getByRole("cell", { name: /^Done on try \d+$/ }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  const tries = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll("td")[2]?.textContent ?? ""));
  expect(tries.length).toBeGreaterThan(0);
  for (const text of tries) expect(text, `"${text}" reads as words`).toMatch(IN_WORDS);
});
