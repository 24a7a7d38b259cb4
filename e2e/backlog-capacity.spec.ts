// Capacity from the live backlog in the routing editor: a bank lead arrives (Tuesday 10:00 in New
// York: it goes to an Enterprise rep, untouched); the manager opens the Enterprise pool, turns on
// the backlog limit, types a weight the server refuses (the error shows under that field), fixes
// it, sets the limit to 2 and publishes; Test a lead then shows the rep with the untouched lead
// skipped with the BACKLOG reason. The spec closes its lead and turns the limit off again (the
// other journeys expect the demo routing).
import type { APIRequestContext, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { BANK_LEAD, runTestLead } from "./test-a-lead";
import { resetTestClock, setTestClock, testTuesdayAt, testTuesdayLocal } from "./test-clock";
import { trpcCall } from "./trpc";

// The routing published before the spec and the lead it submits: if the journey stops half-way,
// the demo routing is published again and the lead closed, so a backlog limit left on cannot
// send the next journeys' bank leads away from Sarah.
let demoRouting: unknown = null;
let openLeadId: string | null = null;

test.afterEach(async ({ page, request }) => {
  await resetTestClock(request);
  if (demoRouting) await trpcCall(page, "routing.publish", { note: "e2e: back to the demo routing", config: demoRouting }, "mutation");
  if (openLeadId) await trpcCall(page, "outcomes.record", { leadId: openLeadId, stage: "LOST", reason: "Test lead", source: "LEAD_PAGE" }, "mutation");
  demoRouting = null;
  openLeadId = null;
});

async function submitBankLead(request: APIRequestContext, stamp: number): Promise<string> {
  const answers = { ...BANK_VP, email: `cfo.${stamp}@backlog-bank.com`, full_name: `Bea Backlog ${stamp}`, company: "Backlog Bank" };
  const response = await request.post("/api/v1/forms/demo/submissions", { data: { answers, context: { fillTimeMs: 20_000, source: "api" } } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { leadId: string }).leadId;
}

async function publish(page: Page) {
  const before = Number((await page.getByTestId("routing-status").textContent())?.match(/Published version (\d+)/)?.[1] ?? 0);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  // Publishing writes the version and reloads the editor (the message stays): on a busy 2-core
  // machine that has taken over 10 s.
  await expect(page.getByRole("status").filter({ hasText: `Published version ${before + 1}.` })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("routing-status")).toContainText(`Published version ${before + 1}`);
}

test("a manager sets a backlog limit on a pool, publishes, and Test a lead shows a rep skipped with BACKLOG", async ({ page, request }) => {
  await setTestClock(request, testTuesdayAt(10)); // Tuesday 10:00 in New York: the Enterprise reps are at work
  const leadId = await submitBankLead(request, Date.now());

  await signInAs(page, "manager");
  openLeadId = leadId;
  demoRouting = (await trpcCall<{ draft: unknown; hasUnpublishedChanges: boolean }>(page, "routing.get", undefined, "query")).draft;
  await page.goto("/routing");
  const enterprise = page.getByRole("listitem", { name: /Path \d+: Enterprise/ });
  await enterprise.getByRole("button", { name: /Edit path \d+ \(Enterprise\)/ }).click();
  const backlog = enterprise.getByRole("group", { name: /Path \d+ filter \d+: backlog/ });
  await backlog.getByRole("checkbox", { name: /Limit by backlog/ }).check();
  await expect(page.getByRole("button", { name: "Discard draft" })).toBeEnabled(); // an unsaved change
  const limit = backlog.getByLabel(/: backlog limit$/);
  const pastSla = backlog.getByLabel(/: lead past its SLA weighs$/);
  await expect(limit).toHaveValue("12");
  await expect(pastSla).toHaveValue("3");

  // A weight the server refuses: the error shows under the field, and nothing is published.
  await pastSla.fill("1000");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The routing config is not valid" })).toBeVisible();
  const fieldError = backlog.getByRole("alert");
  await expect(fieldError).toHaveText("At most 100");
  await expect(pastSla).toHaveAttribute("aria-invalid", "true");
  await expect(pastSla).toHaveAttribute("aria-describedby", (await fieldError.getAttribute("id"))!);
  await enterprise.screenshot({ path: "test-results/backlog-editor-error.png" });

  // Fixed, the error goes; the limit set to 2 (one untouched lead weighs 2) and published.
  await pastSla.fill("3");
  await expect(fieldError).toHaveCount(0);
  await limit.fill("2");
  await enterprise.screenshot({ path: "test-results/backlog-editor-panel.png" });
  await publish(page);

  await page.goto("/routing");
  await expect(page.getByText(/Published version \d+/).first()).toBeVisible();
  // Just published: the draft is the published routing, nothing to discard.
  await expect(page.getByRole("button", { name: "Discard draft" })).toBeDisabled();
  const result = await runTestLead(page, { ...BANK_LEAD, email: "cfo@other-backlog-bank.com", at: testTuesdayLocal(10) });
  await expect(result.getByTestId("test-lead-headline")).toBeVisible();
  await expect(result.getByTestId("test-lead-skipped")).toContainText(/backlog \d+(\.\d+)?\/2: [1-9]\d* untouched, \d+ past SLA, \d+ being worked/);

  // Back to the demo routing, and the lead closed (other journeys expect the reps' pipelines).
  const again = page.getByRole("listitem", { name: /Path \d+: Enterprise/ });
  await again.getByRole("button", { name: /Edit path \d+ \(Enterprise\)/ }).click();
  await again.getByRole("group", { name: /Path \d+ filter \d+: backlog/ }).getByRole("checkbox", { name: /Limit by backlog/ }).uncheck();
  await publish(page);
  demoRouting = null;
  const closed = await page.request.post("/api/trpc/outcomes.record", { data: { json: { leadId, stage: "LOST", reason: "Test lead", source: "LEAD_PAGE" } } });
  expect(closed.status(), await closed.text()).toBe(200);
  openLeadId = null;
});
