// A meeting booked outside Switchboard's calendar and logged as a stage ("Meeting booked" by a rep
// or manager, or by a CRM through the API) is told on the lead page's Meetings card — when and by
// whom — instead of a bare "No meeting booked" beside a Lifecycle that says "Meeting booked".
// A lead with no meeting at all keeps the plain wording.
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

test.use({ timezoneId: "America/New_York" });

test("lead page: a meeting recorded as a stage is told on the Meetings card, with when and by whom", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `recorded.${stamp}@meetbank.com`, full_name: "Rita Recorded", company: `Meet Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  await signInAs(page, "manager");
  await page.goto(`/leads/${leadId}`);
  await expect(page.getByText("No meeting booked through Switchboard.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("recorded-meeting")).toHaveCount(0);

  const lifecycle = page.getByRole("group", { name: "Lifecycle" });
  await lifecycle.getByRole("button", { name: "Change stage…" }).click();
  const form = lifecycle.getByRole("form", { name: "Log an outcome" });
  await form.getByLabel("Outcome").selectOption({ label: "Meeting booked" });
  await form.getByRole("button", { name: "Save outcome" }).click();
  await expect(lifecycle.getByRole("status")).toHaveText("Marked meeting booked.");

  const recorded = page.getByTestId("recorded-meeting");
  await expect(recorded).toHaveText(/^No meeting booked through Switchboard\. A meeting was recorded as booked on [A-Z][a-z]{2} \d{1,2}, \d{4}, \d\d:\d\d by Morgan Manager on the lead page\.$/);
  // The time is the viewer's, as everywhere on the page (<LocalTime>), with the exact instant kept.
  await expect(recorded.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
});
