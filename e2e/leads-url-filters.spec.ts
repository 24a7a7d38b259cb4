// The leads page's filters that only a link sets (a rep page's "See their leads", analytics'
// drill-downs): each shows as a chip with names, not ids, and removing it shows the whole list;
// a tier the menu does not offer is ignored, so the menu and the list agree.
import type { APIRequestContext, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { resetTestClock } from "./test-clock";

/** The number in the list's "Leads (N)" heading. */
async function listedCount(page: Page): Promise<number> {
  const heading = page.getByRole("heading", { name: /^Leads \([\d,]+\)$/ });
  await expect(heading).toBeVisible();
  return Number((await heading.textContent())!.match(/\(([\d,]+)\)/)![1]!.replaceAll(",", ""));
}

async function submitLead(request: APIRequestContext, label: string): Promise<string> {
  const stamp = `${Date.now()}-${label}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `url.${stamp}@filters-bank.com`, full_name: `Url Filters ${stamp}`, company: "Filters Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  return ((await submitted.json()) as { leadId: string }).leadId;
}

/** Gives the lead to the named rep (as the manager); answers the rep's id. */
async function handTo(manager: Page, leadId: string, name: string): Promise<string> {
  const view = await manager.request.get(`/api/trpc/assignments.view?input=${encodeURIComponent(JSON.stringify({ json: { leadId } }))}`);
  expect(view.status(), await view.text()).toBe(200);
  const { owner, activeReps } = ((await view.json()) as { result: { data: { json: { owner: { repId: string } | null; activeReps: { id: string; name: string }[] } } } }).result.data.json;
  const repId = activeReps.find((r) => r.name === name)!.id;
  if (owner?.repId === repId) return repId;
  const moved = await manager.request.post("/api/trpc/assignments.reassign", { data: { json: { leadId, toRepId: repId, reason: "URL filters" } } });
  expect(moved.status(), await moved.text()).toBe(200);
  return repId;
}

test.beforeEach(async ({ request }) => {
  await resetTestClock(request);
});

test("a rep's leads say whose they are; removing the filter shows every lead", async ({ page, request }) => {
  // One lead of Tom's and one of Sarah's, whatever the suite did before.
  const [tomsLead, sarahsLead] = [await submitLead(request, "tom"), await submitLead(request, "sarah")];
  await signInAs(page, "manager");
  const repId = await handTo(page, tomsLead, "Tom Becker");
  await handTo(page, sarahsLead, "Sarah Chen");
  await page.goto("/leads");
  const all = await listedCount(page);
  await expect(page.getByRole("group", { name: "Filtered by" })).toHaveCount(0);

  await page.goto(`/leads?repId=${repId}`);
  const chips = page.getByRole("group", { name: "Filtered by" });
  await expect(chips).toContainText("Owner: Tom Becker");
  await expect(chips).not.toContainText(repId);
  const toms = await listedCount(page);
  expect(toms).toBeGreaterThan(0);
  expect(toms).toBeLessThan(all);
  const rows = page.getByRole("table", { name: "Leads" }).locator("tbody tr");
  await expect(rows.first()).toContainText("Tom Becker");
  await expect(rows.filter({ hasNotText: "Tom Becker" })).toHaveCount(0);

  // Applying the menus keeps the link's filter (and its chip).
  await page.getByLabel("Sort").selectOption("score-desc");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]repId=${repId}(&|$)`));
  await expect(chips).toContainText("Owner: Tom Becker");
  expect(await listedCount(page)).toBe(toms);

  await page.getByRole("link", { name: "Remove filter Owner: Tom Becker" }).click();
  await expect(page).toHaveURL(/\/leads\?sort=score-desc$/);
  await expect(page.getByRole("group", { name: "Filtered by" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: `Leads (${all.toLocaleString("en-US")})` })).toBeVisible();
});

test("a rep id the workspace does not have reads Unknown rep and lists nothing", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/leads?repId=not-a-rep-of-this-workspace&from=2026-11-01&to=2026-11-30");
  const chips = page.getByRole("group", { name: "Filtered by" });
  await expect(chips).toContainText("Owner: Unknown rep");
  await expect(chips).toContainText("Submitted 1 Nov – 30 Nov 2026 (UTC)");
  await expect(page.getByText("No leads match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByRole("group", { name: "Filtered by" })).toHaveCount(0);
});

test("an unknown tier is ignored: the menu says All tiers and the list shows all", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/leads");
  const all = await listedCount(page);
  await page.goto("/leads?tier=bogus");
  await expect(page.getByLabel("Tier")).toHaveValue("");
  expect(await listedCount(page)).toBe(all);
});
