// Question keys on a live form: a key in a published version is read-only (answers, CSV columns,
// routing rules and integrations may rely on it), while a question the marketer adds to the draft
// keeps an editable key — renamed from its generic default, shown in the question list, kept
// across a reload — until a version with it is published; then it locks too (at once, and after
// a reload). Works on its own new form (the default questions: email, name, company), published
// through tRPC before the editor opens.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

/** Selects the question with `key` on the canvas (its settings, with the Key, open beside it). */
async function selectQuestion(page: Page, key: string) {
  await page.getByTestId(`canvas-field-${key}`).locator("button[aria-pressed]").click();
}

test("on a published form, published keys are read-only and a new question's key can be renamed until it is published", async ({ page }) => {
  test.setTimeout(120_000);
  await openNewFormInBuilder(page, { name: "Live keys", publish: true }, { viewport: { width: 1700, height: 1100 } });
  await expect(page.getByTestId("publication-status")).toHaveText("Live: version 1");
  const key = page.getByLabel("Key", { exact: true });

  // A published question: read-only.
  await selectQuestion(page, "company");
  await expect(key).toHaveValue("company");
  await expect(key).not.toBeEditable();

  // A question added to the draft: its generic key can be renamed, and the list shows the new one.
  await page.getByRole("button", { name: "Add Short text" }).click();
  await expect(key).toBeEditable();
  const generic = await key.inputValue();
  expect(generic).not.toBe("budget_owner");
  await expect(key).toHaveAccessibleDescription(/not in a published version yet: its key can be changed until a version with it is published/);
  await key.fill("budget_owner");
  await key.press("Enter");
  await expect(page.getByTestId("canvas-field-budget_owner")).toContainText("Short text · budget_owner");
  await expect(page.getByTestId(`canvas-field-${generic}`)).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });

  // Still only in the draft after a reload: still editable; the published ones still are not.
  await page.reload();
  await selectQuestion(page, "budget_owner");
  await expect(key).toHaveValue("budget_owner");
  await expect(key).toBeEditable();
  await selectQuestion(page, "email");
  await expect(key).not.toBeEditable();
  await expect(key).toHaveAccessibleDescription(/It can't be changed: it is in a published version of this form/);

  // Published: its key locks at once, and stays locked after a reload.
  await selectQuestion(page, "budget_owner");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 2." })).toBeVisible({ timeout: 20_000 });
  await expect(key).not.toBeEditable();
  await expect(key).toHaveAccessibleDescription(/in a published version of this form/);
  await page.reload();
  await selectQuestion(page, "budget_owner");
  await expect(key).toHaveValue("budget_owner");
  await expect(key).not.toBeEditable();
});
