// Where the builder shows a rule left comparing a removed option, so that nothing the marketer is
// using moves or hides: at 1280 px the "removed option" alert does not push Publish to a second row
// (and the canvas does not move: form-builder-long-form.spec.ts);
// on a phone the question card marked "Its rule checks a removed option" is scrolled into view
// above the settings sheet (the sheet does not hide it); and clicking publish's problem about that
// rule selects the question whose rule it is (where it is fixed), not the question it checks.
// Every wait is for a state; screenshots go to the test's output folder.
import type { Locator, Page } from "@playwright/test";
import { openNewFormInBuilder, seatsForVpDefinition } from "./form-builder-fixture";
import { expect, test } from "./fixtures";

const definition = seatsForVpDefinition("Removed option journey");

async function openNewForm(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await openNewFormInBuilder(page, { name: "Removed option journey", definition }, { viewport });
}

/** Selects "Your role" and removes its option VP, which the show-if rule of Seats compares. */
async function removeOptionVp(page: Page): Promise<Locator> {
  await page.getByTestId("canvas-field-role").getByTestId("canvas-field-label").click();
  await page.getByRole("button", { name: "Remove option VP", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "is removed" });
  await expect(alert).toBeVisible();
  await expect(page.getByTestId("canvas-field-seats").getByTestId("canvas-field-removed-options")).toBeVisible();
  return alert;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) });

test("at 1280 px the removed-option alert leaves Publish on the row of Undo", async ({ page }) => {
  await openNewForm(page, { width: 1280, height: 900 });
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  const before = await boxOf(publish);
  const undoBefore = await boxOf(undo);

  await removeOptionVp(page);
  await shot(page, "alert-1280.png");
  // The page scrolls by the alert's height so that the canvas stays put (form-builder-long-form.spec.ts):
  // the toolbar moves up as one, Publish neither goes to a second row nor sideways, and Undo, which
  // the alert offers, stays in view.
  const [after, undoAfter] = [await boxOf(publish), await boxOf(undo)];
  expect(after.x).toBe(before.x);
  expect(after.y - undoAfter.y).toBeCloseTo(before.y - undoBefore.y, 0);
  await expect(undo).toBeInViewport({ ratio: 1 });
  await expect(publish).toBeInViewport({ ratio: 1 });
});

test("on a phone the card marked for the removed option is shown above the settings sheet", async ({ page }) => {
  await openNewForm(page, { width: 390, height: 844 });
  await removeOptionVp(page);
  const sheet = page.getByTestId("settings-panel");
  // The sheet stays open on Your role's options (the marketer may go on editing them).
  await expect(page.getByRole("button", { name: "Hide settings" })).toBeVisible();
  const marker = page.getByTestId("canvas-field-seats").getByTestId("canvas-field-removed-options");
  // Fully in the window and above the sheet's top edge (scrolling is a state: poll it).
  await expect
    .poll(async () => {
      const [m, s] = [await boxOf(marker), await boxOf(sheet)];
      return m.y >= 0 && m.y + m.height <= s.y;
    })
    .toBe(true);
  await expect(marker).toBeInViewport({ ratio: 1 });
  await shot(page, "marker-phone.png");
});

test("clicking publish's problem about the rule selects the question whose rule it is", async ({ page }) => {
  await openNewForm(page, { width: 1280, height: 900 });
  await removeOptionVp(page);
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const problems = page.getByRole("list", { name: "Problems to fix before publishing" });
  await expect(problems).toBeVisible({ timeout: 15_000 });
  await problems.getByRole("button", { name: "The show-if rule of 'Seats' checks option 'vp' of 'Your role', which has no such option" }).click();
  // Seats' settings, with the rule to change, not Your role's.
  await expect(page.getByTestId("logic-show_seats-summary")).toHaveText("In words: Your role is a removed option (vp)");
  await expect(page.locator('[data-settings-for="field:seats"]')).toHaveAttribute("aria-pressed", "true");
  await shot(page, "problem-selects-owner.png");
});
