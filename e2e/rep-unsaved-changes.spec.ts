// A manager edits a rep's Title, does not save, and deactivates then reactivates the rep: the
// status changes, but the edit never passes for saved — the form says "Unsaved changes" the whole
// time, both status actions say the edit is not saved by them before they run, and Discard
// changes brings back what is saved (which a reload confirms). The rep ends active, as seeded.
import type { Dialog } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

test("a status change keeps an unsaved edit marked unsaved, never as saved", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/reps");
  await page.getByRole("link", { name: /Maya Rodriguez/ }).first().click();
  await expect(page.getByRole("heading", { name: "Maya Rodriguez" })).toBeVisible();

  const title = page.getByLabel("Title", { exact: true });
  const unsaved = page.getByText("Unsaved changes", { exact: true });
  const saved = await title.inputValue();
  await expect(unsaved).toHaveCount(0);
  const edited = `Unsaved title ${Date.now()}`;
  await title.fill(edited);
  await expect(unsaved).toBeVisible();

  const dialogs: string[] = [];
  const accept = (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  };
  page.on("dialog", accept);
  try {
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toContain("Deactivate Maya Rodriguez?");
    expect(dialogs[0]).toContain("You have unsaved changes to this profile. Deactivating does not save them");
    // After the refresh: the edit is still in the field, still marked unsaved, nothing says saved.
    await expect(title).toHaveValue(edited);
    await expect(unsaved).toBeVisible();
    await expect(page.getByText("Saved.", { exact: true })).toHaveCount(0);

    await page.getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByRole("button", { name: "Deactivate" })).toBeVisible();
    expect(dialogs).toHaveLength(2);
    expect(dialogs[1]).toContain("Reactivating does not save them");
    await expect(title).toHaveValue(edited);
    await expect(unsaved).toBeVisible();
  } finally {
    // Maya stays active for the other journeys, whatever happened above.
    const reactivate = page.getByRole("button", { name: "Reactivate" });
    if (await reactivate.isVisible()) {
      await reactivate.click();
      await expect(page.getByRole("button", { name: "Deactivate" })).toBeVisible();
    }
    page.off("dialog", accept);
  }

  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(title).toHaveValue(saved);
  await expect(unsaved).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(saved);
  await expect(page.getByRole("button", { name: "Deactivate" })).toBeVisible();
});
