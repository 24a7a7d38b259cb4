// Ticking "High-value review" chooses no reviewer: the Reviewer field reads "Choose a reviewer…"
// with the problem under it (said once: the Policies card does not list it again), and Publish, Save
// draft and Test a lead wait for the choice (it pre-selected the first manager in the list, a choice
// made for the manager), as for a path's team or rep not chosen yet (routing-named-rep-choice.spec.ts). Nothing is saved.
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { trpcCall } from "./trpc";

/** The routing editor with the draft reset to the published routing (another spec may have left a draft). */
async function openRouting(page: Page): Promise<void> {
  await signInAs(page, "manager");
  await trpcCall(page, "routing.discardDraft", undefined, "mutation");
  await page.goto("/routing");
  // The editor loads its data after the page: on a busy 2-core machine that has taken over 10 s.
  await expect(page.getByTestId("routing-status")).toBeVisible({ timeout: 30_000 });
}

test("ticking the high-value review chooses no reviewer until the manager chooses one", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openRouting(page);
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  const review = page.getByRole("checkbox", { name: /High-value review/ });
  // The demo routing has a review with its reviewer: switch it off and on again.
  await expect(review).toBeChecked();
  await review.uncheck();
  await review.check();

  const reviewer = page.getByLabel("Reviewer", { exact: true });
  await expect(reviewer).toHaveValue("");
  await expect(reviewer.locator("option:checked")).toHaveText("Choose a reviewer…");
  await expect(reviewer).toHaveAttribute("aria-invalid", "true");
  await expect(reviewer).toHaveAccessibleDescription("Choose the manager who reviews high-value leads.");
  const policies = page.locator("section").filter({ has: page.getByRole("heading", { name: "Policies" }) });
  // Said once, at the field: the card listed "High-value review has no reviewer yet…" under it too.
  await expect(policies.getByRole("alert")).toHaveText(["Choose the manager who reviews high-value leads."]);
  await expect(policies.getByText("High-value review has no reviewer yet")).toHaveCount(0);
  await expect(page.getByText("1 error(s) block publishing")).toBeVisible();
  await expect(publish).toBeDisabled();
  await reviewer.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/routing-review-choice.png" });

  // Testing a lead against the draft (saved first), and saving, are refused with the reason.
  const testForm = page.getByRole("form", { name: "Test a lead" });
  await testForm.getByRole("button", { name: "Run test" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Choose a reviewer for high-value review first" });
  // Said once in that box: its list named the reviewer again ("High-value review has no reviewer yet…").
  await expect(refused).toBeVisible();
  await expect(refused.getByRole("listitem")).toHaveCount(0);
  // Said next to the button too: the refusal is at the top of the editor, far off screen (nothing
  // seemed to happen).
  await expect(testForm.getByRole("alert")).toHaveText("Not run: the draft is saved first, and it cannot be saved yet. High-value review has no reviewer yet: choose the manager who approves or changes the provisional owner.");
  await page.getByRole("button", { name: "Replay with the draft" }).click();
  await expect(page.locator("section").filter({ has: page.getByRole("heading", { name: "Replay recent leads" }) }).getByRole("alert")).toContainText("Not run: the draft is saved first");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(refused).toBeVisible();
  await expect(page.getByTestId("routing-status")).toContainText("unsaved changes");

  await reviewer.selectOption({ label: "Morgan Manager" });
  await expect(reviewer).toHaveValue(/.+/);
  await expect(reviewer).not.toHaveAttribute("aria-invalid", "true");
  await expect(policies.getByText("High-value review has no reviewer yet")).toHaveCount(0);
  await expect(publish).toBeEnabled();
});
