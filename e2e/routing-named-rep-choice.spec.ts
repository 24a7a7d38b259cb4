// A path switched to "A named rep" names no rep until the manager chooses one: the Rep field reads
// "Choose a rep…" with the problem under it, the path's problems say so, and Publish, Save draft
// and Test a lead wait for the choice (it used to pick the first rep in the list silently, Kenji
// Sato, as "+ Add path" used to pick the first team). Nothing is saved or published.
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

test("a path switched to \"A named rep\" names no rep until the manager chooses one", async ({ page }) => {
  await openRouting(page);
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  const apac = page.getByRole("listitem", { name: /Path \d+: APAC/ });
  const n = Number((await apac.getAttribute("aria-label"))!.match(/Path (\d+)/)![1]);
  await apac.getByRole("button", { name: `Edit path ${n} (APAC)` }).click();
  await apac.getByLabel("Send leads to").selectOption({ label: "A named rep" });

  const rep = apac.getByLabel("Rep", { exact: true });
  await expect(rep).toHaveValue("");
  await expect(rep.locator("option:checked")).toHaveText("Choose a rep…");
  await expect(rep).toHaveAttribute("aria-invalid", "true");
  await expect(rep).toHaveAccessibleDescription("Choose the rep this path sends leads to.");
  await expect(apac.getByRole("list", { name: `Problems of path ${n}` })).toContainText(`Path ${n} (“APAC”) has no rep yet: choose the rep it sends leads to`);
  await expect(apac).toContainText("→ no rep chosen yet");
  await expect(publish).toBeDisabled();

  // Testing a lead against the draft (saved first), and saving, are refused with the reason.
  await page.getByRole("form", { name: "Test a lead" }).getByRole("button", { name: "Run test" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Choose a rep for every path first" });
  await expect(refused).toContainText(`Path ${n} (“APAC”) has no rep yet`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(refused).toBeVisible();
  await expect(page.getByTestId("routing-status")).toContainText("unsaved changes");

  await rep.selectOption({ label: "Tom Becker" });
  await expect(rep).toHaveValue(/.+/);
  await expect(rep).not.toHaveAttribute("aria-invalid", "true");
  await expect(apac).not.toContainText("has no rep yet");
  await expect(apac).toContainText("→ Assign to Tom Becker");
  await expect(publish).toBeEnabled();
});
