// The marketer's builder on a long form (24 questions over 4 steps, taller than the window): the
// toolbar (Undo, Redo, the save status, Publish) stays at the top of the window while the form
// scrolls, so a question far down is edited and saved without scrolling back up — at 1280 and
// 1024 px and on a 390 px phone, where it takes only a strip and covers neither the card being
// edited nor the question types' strip. And the first question, dragged with the mouse to the
// window's bottom edge, scrolls the page and is dropped in the last place of the last step.
// Each test makes its own form; every wait is for a state (boxes, texts), never for time.
import type { Locator, Page } from "@playwright/test";
import { openNewFormInBuilder } from "./form-builder-fixture";
import { expect, test } from "./fixtures";

const STEPS = 4;
const PER_STEP = 6;

/** 4 steps of 6 short-text questions, "Question <step>.<n>" (keys q<step>_<n>); no rules. */
function definition(title: string) {
  return {
    title,
    steps: Array.from({ length: STEPS }, (_, s) => ({
      id: `step_${s + 1}`,
      title: `Step ${s + 1}`,
      fields: Array.from({ length: PER_STEP }, (_, n) => ({ key: `q${s + 1}_${n + 1}`, type: "short_text", label: `Question ${s + 1}.${n + 1}` })),
    })),
    logic: [],
    outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
    defaultOutcomeId: "thanks",
  };
}

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

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width} px the toolbar stays in reach while the last question is edited`, async ({ page }) => {
    await openNewFormInBuilder(page, { name: "Toolbar reach", definition: definition("Toolbar reach") }, { viewport });
    const status = page.getByTestId("save-status");
    await expect(status).toHaveText("Saved");
    // The toolbar: the row the save status is on.
    const toolbar = status.locator("xpath=..");

    // The last question, far below the first screen: selected and renamed.
    const last = page.getByTestId(`canvas-field-q${STEPS}_${PER_STEP}`);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await last.getByTestId("canvas-field-label").click();
    const label = page.getByLabel("Label", { exact: true });
    await expect(label).toHaveValue(`Question ${STEPS}.${PER_STEP}`);
    await label.fill("Last question, renamed");
    await expect(last).toContainText("Last question, renamed");

    // Saved, and the save status, Undo and Publish are in the window without scrolling back up.
    await expect(status).toHaveText("Saved");
    await expect(status).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeInViewport({ ratio: 1 });
    expect(await isOnTop(page.getByRole("button", { name: "Publish", exact: true }))).toBe(true);

    // It covers neither the card being edited nor (on the phone) the question types' strip.
    await last.scrollIntoViewIfNeeded();
    expect(await isOnTop(last.getByTestId("canvas-field-label"))).toBe(true);
    const bar = await boxOf(toolbar);
    expect(bar.y).toBeGreaterThanOrEqual(0);
    if (viewport.width < 1024) {
      // A strip: at most an eighth of the phone's height, and the question types just below it.
      expect(bar.height).toBeLessThanOrEqual(viewport.height / 8);
      const addShortText = page.getByRole("button", { name: "Add Short text" });
      await expect(addShortText).toBeInViewport({ ratio: 1 });
      expect(await isOnTop(addShortText)).toBe(true);
    } else {
      expect(bar.height).toBeLessThanOrEqual(80);
    }

    // Undo from there undoes the rename, and it is saved again.
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(last).toContainText(`Question ${STEPS}.${PER_STEP}`);
    await expect(status).toHaveText("Saved");
  });
}

/** The questions' labels of one step, in order. */
const labelsOf = (page: Page, step: number) => page.getByRole("region", { name: `Step ${step}` }).getByTestId("canvas-field-label").allTextContents();

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`at ${viewport.width} px the first question is dragged with the mouse to the last place of a form taller than the window`, async ({ page }) => {
    test.setTimeout(120_000);
    await openNewFormInBuilder(page, { name: "Drag to the end", definition: definition("Drag to the end") }, { viewport });
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(viewport.height * 2);

    const handle = page.getByRole("button", { name: "Drag Question 1.1", exact: true });
    const from = await boxOf(handle);
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, from.y + from.height / 2 + 10, { steps: 5 });
    await expect(page.getByTestId("builder-announcer")).toContainText(/Picked up|is at step/);

    // Down to the window's bottom edge and held there: the page scrolls until the last question is in the window.
    await page.mouse.move(x, viewport.height - 12, { steps: 25 });
    const lastHandle = page.getByRole("button", { name: `Drag Question ${STEPS}.${PER_STEP}`, exact: true });
    const middleOf = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box ? box.y + box.height / 2 : Infinity;
    };
    await expect.poll(() => middleOf(lastHandle), { timeout: 30_000, intervals: [50] }).toBeLessThan(viewport.height * 0.75);

    // Just below the last question, inside its step (the last place), then dropped.
    const to = await boxOf(page.getByTestId(`canvas-field-q${STEPS}_${PER_STEP}`));
    await page.mouse.move(x, to.y + to.height + 6, { steps: 10 });
    await expect(page.getByTestId("builder-announcer")).toContainText(`is at step 'Step ${STEPS}', position ${PER_STEP + 1} of ${PER_STEP + 1}`);
    await page.mouse.up();

    await expect.poll(() => labelsOf(page, STEPS)).toEqual([...Array.from({ length: PER_STEP }, (_, n) => `Question ${STEPS}.${n + 1}`), "Question 1.1"]);
    expect(await labelsOf(page, 1)).toEqual(Array.from({ length: PER_STEP - 1 }, (_, n) => `Question 1.${n + 2}`));
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
    await expect(page.getByTestId("save-status")).toBeInViewport();
  });
}
