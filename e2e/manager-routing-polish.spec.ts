// A manager's lead page and routing page, from a walkthrough:
// - a lead awaiting high-value review: the review decision ("Approve <owner>") is the one primary
//   button; no "Accept lead" next to it for a manager who is not the owner (after approving, a
//   secondary "Accept for <owner>");
// - Publish is disabled while the draft equals the published version (the status says so) and
//   enabled as soon as it differs — and disabled again when the edit is undone;
// - "+ Add path" targets no team until one is chosen (the problem shown, saving and publishing
//   blocked until then); it used to pick the first team, APAC;
// - Test a lead asks one email (the form's "Work email"); at 390 px the publish bar is two short lines.
// Nothing is saved or published: the routing other specs expect stays as it is.
import type { Locator, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { trpcCall } from "./trpc";

const PRIMARY = /\bbg-brand-600\b/;

/** The routing editor with the draft reset to the published routing (another spec may have left a draft). */
async function openRouting(page: Page): Promise<void> {
  await signInAs(page, "manager");
  await trpcCall(page, "routing.discardDraft", undefined, "mutation");
  await page.goto("/routing");
  // The editor loads its data after the page: on a busy 2-core machine that has taken over 10 s.
  await expect(page.getByTestId("routing-status")).toBeVisible({ timeout: 30_000 });
}

const publishButton = (page: Page): Locator => page.getByRole("button", { name: "Publish", exact: true });

test("a lead awaiting review: the manager's one primary action is the review decision, no Accept beside it", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, budget: "150k_plus", email: `vp.polish.${stamp}@polishbank.com`, full_name: "Polly Polish", company: `Polish Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  await signInAs(page, "manager");
  await page.goto(`/leads/${leadId}`);
  await expect(page.getByTestId("lead-review-until")).toBeVisible();
  const owner = (await page.getByTestId("lead-owner").textContent())!.trim();
  const actions = page.locator('[aria-label="Ownership actions"]');
  const approve = actions.getByRole("button", { name: `Approve ${owner}` });
  await expect(approve).toBeVisible();
  await expect(approve).toHaveClass(PRIMARY);
  await expect(actions.getByRole("button", { name: /^Accept/ })).toHaveCount(0);
  await expect(actions.getByRole("button", { name: "Change owner…" })).not.toHaveClass(PRIMARY);
  await expect(actions.getByTestId("review-hint")).toHaveText(`Your review: approve ${owner} as the owner, or change the owner.`);
  await page.screenshot({ path: "test-results/manager-review-actions.png", fullPage: true });

  // Approved: the review is over; accepting for the owner is offered, and it is not the main action.
  await approve.click();
  await expect(actions.getByRole("status")).toHaveText("Approved.");
  const acceptFor = actions.getByRole("button", { name: `Accept for ${owner}` });
  // The page reloads its data after the approval: on a busy 2-core machine that has taken ~30 s.
  await expect(acceptFor).toBeVisible({ timeout: 60_000 });
  await expect(acceptFor).not.toHaveClass(PRIMARY);
  await expect(actions.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
});

test("Publish is disabled while the draft is the published version, enabled once it differs", async ({ page }) => {
  await openRouting(page);
  const status = page.getByTestId("routing-status");
  await expect(status).toHaveText(/^Published version (\d+) · no changes to publish$/);
  const version = (await status.textContent())!.match(/Published version (\d+)/)![1];
  await expect(publishButton(page)).toBeDisabled();
  await expect(publishButton(page)).toHaveAccessibleDescription(`Published version ${version} · no changes to publish`);

  const apac = page.getByRole("listitem", { name: /Path \d+: APAC/ });
  await apac.getByRole("button", { name: /Edit path \d+ \(APAC\)/ }).click();
  const name = apac.getByLabel(/Path \d+ name/);
  await name.fill("APAC (edited)");
  await expect(publishButton(page)).toBeEnabled();
  await expect(status).toHaveText(`Published version ${version} · unsaved changes`);

  // Edited back: the same config as published (compared as the server compares), nothing to publish.
  await page.getByRole("listitem", { name: /Path \d+: APAC \(edited\)/ }).getByLabel(/Path \d+ name/).fill("APAC");
  await expect(publishButton(page)).toBeDisabled();
  await expect(status).toHaveText(`Published version ${version} · no changes to publish`);
});

test("+ Add path targets no team until the manager chooses one", async ({ page }) => {
  await openRouting(page);
  const before = await page.getByRole("list", { name: "Routing paths" }).getByRole("listitem").count();
  await page.getByRole("button", { name: "+ Add path" }).click();
  const n = before + 1;
  const added = page.getByRole("listitem", { name: `Path ${n}: New path` });
  // Opened at its editor: the team is not chosen, and the problem says so.
  const team = added.getByLabel("Team", { exact: true });
  await expect(team).toHaveValue("");
  await expect(team).toHaveAttribute("aria-invalid", "true");
  await expect(team).toHaveAccessibleDescription("Choose the team this path sends leads to.");
  await expect(added.getByRole("list", { name: `Problems of path ${n}` })).toContainText(`Path ${n} (“New path”) has no team yet: choose the team it sends leads to`);
  await expect(added).toContainText("→ no team chosen yet");
  await expect(added).not.toContainText("APAC team");
  await expect(publishButton(page)).toBeDisabled();
  // Saving is refused in the browser with the reason (the draft's shape needs a team).
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose a team for every path first" })).toBeVisible();

  await team.selectOption((await team.locator("option", { hasText: /^Inside Sales/ }).getAttribute("value"))!);
  await expect(team).not.toHaveAttribute("aria-invalid", "true");
  // Still a warning (it comes after "Inbound", which matches every lead), no longer the error.
  await expect(added).not.toContainText("has no team yet");
  await expect(added).toContainText("→ Inside Sales team");
  await expect(publishButton(page)).toBeEnabled();
});

test("Test a lead asks one email; at 390 px the publish bar is two short lines", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openRouting(page);
  const panel = page.getByRole("form", { name: "Test a lead" });
  await panel.getByLabel("Form", { exact: true }).selectOption({ label: "Demo request" });
  await expect(panel.getByLabel("Work email")).toBeVisible();
  await expect(panel.locator('input[type="email"]')).toHaveCount(1);
  await expect(panel.getByLabel("Email (optional)")).toHaveCount(0);

  const bar = page.getByTestId("routing-status").locator("xpath=..");
  const box = (await bar.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(90);
  // Nothing lost: the same buttons, by the same names.
  for (const name of ["Save draft", "Discard draft", "Publish"]) await expect(bar.getByRole("button", { name, exact: true })).toBeVisible();
  const note = bar.getByLabel("Publish note");
  await expect(note).toBeVisible();
  // Its placeholder is read whole, not cut at the field's edge ("Note: what ch" before).
  const placeholder = await note.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return { text: context.measureText(el.placeholder).width, room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  expect(placeholder.text, `the placeholder needs ${Math.round(placeholder.text)}px, the field has ${Math.round(placeholder.room)}px`).toBeLessThanOrEqual(placeholder.room);
  await page.screenshot({ path: "test-results/routing-publish-bar-390.png" });
});
