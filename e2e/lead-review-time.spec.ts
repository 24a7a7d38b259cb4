// A manager whose browser is in Kolkata opens a lead awaiting high-value review: the badge's "awaiting
// review until …" and the Owner card's "Review until" are in the viewer's zone, as the page's other
// times are (<LocalTime>, <ZonedText>), not "18:42 UTC" whatever the zone. The same manager (no rep
// profile) is told the published routing SLA on their inbox, not "No routing SLA is published".
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

const VIEWER_ZONE = "Asia/Kolkata";
test.use({ timezoneId: VIEWER_ZONE, locale: "en-GB" });

/** "Dec 7, 2026, 21:00": the lead page's format (components/leads/format.ts) in a zone. */
function pageTime(iso: string, zone: string): string {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric", year: "numeric" }).format(at);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day}, ${clock}`;
}

test("lead page: the high-value review deadline is in the viewer's zone; a manager's inbox states the published SLA", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, budget: "150k_plus", email: `vp.review.${stamp}@reviewbank.com`, full_name: "Rita Review", company: `Review Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  await signInAs(page, "manager");
  await page.goto(`/leads/${leadId}`);
  const reviewUntil = page.getByTestId("lead-review-until").locator("time");
  const iso = (await reviewUntil.getAttribute("datetime"))!;
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT/);
  const local = pageTime(iso, VIEWER_ZONE);
  await expect(reviewUntil).toHaveText(local);
  await expect(page.getByTestId("lead-status-badge")).toHaveText(`Provisional — awaiting review until ${local}`);
  await expect(page.getByTestId("lead-status-badge")).not.toContainText("UTC");

  await page.goto("/inbox");
  await expect(page.getByText("You have no rep profile")).toBeVisible();
  await expect(page.getByText(/Routing SLA: a rep must accept a lead within 15 minutes of their clock starting: a reminder at 5 minutes/)).toBeVisible();
  await expect(page.getByText("No routing SLA is published")).toHaveCount(0);
  await expect(page.getByText("Nothing past the SLA")).toHaveCount(0);
});
