// The marketer's builder on a long form (2 steps of 14 questions, far taller than the window).
// At 1280 and 1024 px, a question selected far down (the 12th of step 2) shows its settings in the
// window at once: the settings column follows the canvas under the sticky toolbar, like the
// palette, and a new selection's settings start at their top even when the column was scrolled
// down for the question before (a choice question's options and points). On a 390×844 phone the
// sticky toolbar and the question types' strip are one row each (~110 px, was ~170), every type is
// still reachable in the strip, and Tab goes through the toolbar in the order it is on screen, a
// long "Not saved — …" status's link included (it had a row of its own below Publish). Each test makes its own form; waits are for states.
import type { Locator, Page } from "@playwright/test";
import { longFormDefinition, openNewFormInBuilder } from "./form-builder-fixture";
import { expect, test } from "./fixtures";

const definition = longFormDefinition("Settings follow", 2, 14);

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** Whether the middle of `locator` is the topmost thing there (nothing sticky covers it). */
const isOnTop = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(24, r.width / 2), r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`at ${viewport.width} px a question selected far down shows its settings in the window`, async ({ page }) => {
    await openNewFormInBuilder(page, { name: "Settings follow", definition }, { viewport });
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
    const settings = page.getByRole("complementary", { name: "Settings" });
    const label = settings.getByLabel("Label", { exact: true });

    // A choice question near the top first, its settings scrolled to their end when they are taller
    // than their column (options, points, rules).
    await page.getByTestId("canvas-field-role").getByTestId("canvas-field-label").click();
    await expect(label).toHaveValue("Your role");
    await settings.evaluate((el) => (el.scrollTop = el.scrollHeight));

    // The 12th question of step 2, far below the first screen, selected.
    const card = page.getByTestId("canvas-field-q2_12");
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => scrollY(page)).toBeGreaterThan(viewport.height);
    await card.getByTestId("canvas-field-label").click();
    await expect(label).toHaveValue("Question 2.12");

    // Its settings are in the window without scrolling back up: the Question tab and the Label,
    // not under the sticky toolbar, and the card stays where it was clicked.
    await expect(settings.getByRole("tab", { name: "Question", exact: true })).toBeInViewport({ ratio: 1 });
    await expect(label).toBeInViewport({ ratio: 1 });
    expect(await isOnTop(label)).toBe(true);
    await expect(card).toBeInViewport({ ratio: 1 });
    const toolbar = await boxOf(page.getByTestId("builder-toolbar"));
    const pane = await boxOf(settings);
    expect(pane.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
    // The whole column fits the window (it scrolls on its own when taller).
    expect(pane.y + pane.height).toBeLessThanOrEqual(viewport.height + 1);

    // Edited from there, and saved.
    await label.fill("Twelfth, renamed");
    await expect(card).toContainText("Twelfth, renamed");
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
  });
}

/** Whether `b` comes after `a` in reading order: a lower row, or the same row further right. */
function isAfter(a: { x: number; y: number; height: number }, b: { x: number; y: number; height: number }): boolean {
  const [ma, mb] = [a.y + a.height / 2, b.y + b.height / 2];
  const sameRow = Math.abs(ma - mb) < Math.min(a.height, b.height) / 2;
  return sameRow ? b.x > a.x : mb > ma;
}

test("on a 390×844 phone the toolbar and the question types keep to two rows, in the order Tab goes", async ({ page }) => {
  const viewport = { width: 390, height: 844 };
  await openNewFormInBuilder(page, { name: "Settings follow phone", definition }, { viewport });
  const status = page.getByTestId("save-status");
  await expect(status).toHaveText("Saved");
  const band = page.getByTestId("builder-toolbar");
  const strip = page.getByTestId("palette-column").locator("xpath=..");

  // Scrolled far down, both stick at the top of the window.
  await page.getByTestId("canvas-field-q2_12").scrollIntoViewIfNeeded();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(viewport.height);
  await expect.poll(async () => (await boxOf(band)).y).toBeCloseTo(0, 0);
  const top = await boxOf(band);
  const below = await boxOf(strip);
  // One toolbar row (~32 px buttons) and one row of question types (~38 px touch targets), each
  // with its padding: ≤ 60 px apiece, ≤ 120 px together — a seventh of the phone's height (before:
  // ~170 px, the save status and the strip's heading on rows of their own).
  const covered = below.y + below.height - top.y;
  test.info().annotations.push({ type: "toolbar+strip height", description: `${covered}px (toolbar ${top.height}px)` });
  expect(top.height).toBeLessThanOrEqual(60);
  expect(covered).toBeLessThanOrEqual(120);
  // Undo, Redo, the status and Publish on one row.
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
  expect(Math.abs(middle(await boxOf(publish)) - middle(await boxOf(undo)))).toBeLessThan(2);
  expect(Math.abs(middle(await boxOf(status)) - middle(await boxOf(undo)))).toBeLessThan(2);

  // Every question type is reachable in the strip: the last one scrolls into it and adds a question.
  const questions = page.getByRole("navigation", { name: "Questions" });
  await questions.getByRole("button", { name: "Add Hidden field" }).click();
  await expect(page.getByRole("button", { name: "Drag UTM source" })).toBeVisible();

  // A long status ("Not saved — Step 2, question 16 …", a link to the question): Tab goes Undo, the
  // status's link, Publish, then the strip — each after the one before on screen.
  await questions.getByRole("button", { name: "Add Short text" }).click();
  const label = page.getByLabel("Label", { exact: true });
  await expect(label).toHaveValue("Short text");
  await label.fill("");
  await expect(status).toContainText("Not saved — Step 2, question 16");
  await undo.focus();
  const stops: { name: string; x: number; y: number; height: number }[] = [];
  for (let i = 0; i < 4; i++) {
    stops.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(), x: r.x, y: r.y, height: r.height };
    }));
    await page.keyboard.press("Tab");
  }
  expect(stops.map((s) => s.name)).toEqual(["Undo", expect.stringContaining("Step 2, question 16"), "Publish", "Add Short text"]);
  for (let i = 1; i < stops.length; i++) expect(isAfter(stops[i - 1]!, stops[i]!), `${stops[i]!.name} after ${stops[i - 1]!.name}`).toBe(true);
});
