// The marketer's builder on a long form (3 steps of 8–9 questions, taller than the window): a
// question dragged with the pointer to the window's bottom edge scrolls the page, so it can be
// moved from the top of step 1 into step 3 in one drag (at 1280 px and on a 390 px phone); a
// question moved with the keyboard stays in view; the "removed option" alert does not move the card
// being worked on; and a long "Not saved — …" status leaves Publish on screen beside Undo.
// Every wait is for a state (scroll position, announcements, boxes), never for time.
import type { Locator, Page } from "@playwright/test";
import { longFormDefinition, openNewFormInBuilder } from "./form-builder-fixture";
import { expect, test } from "./fixtures";

const definition = longFormDefinition("Long form journey");

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

const announcer = (page: Page) => page.getByTestId("builder-announcer");

/**
 * Picks "Question 1.2" up by its handle and holds the pointer in the band at the window's bottom
 * edge where dnd-kit scrolls, until the page has brought step 3 ("Question 3.4", its middle) into
 * the window; then drops it on the card of step 3 nearest the window's middle (where the page has
 * got to between two looks does not matter).
 */
async function dragToStepThreeByAutoScroll(page: Page) {
  const viewport = page.viewportSize()!;
  const handle = page.getByRole("button", { name: "Drag Question 1.2", exact: true });
  const from = await boxOf(handle);
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, from.y + from.height / 2 + 10, { steps: 5 });
  await expect(announcer(page)).toContainText(/Picked up|is at step/);
  // dnd-kit scrolls while the pointer is in the bottom fifth of the window.
  await page.mouse.move(x, viewport.height * 0.9, { steps: 20 });
  const stepThree = page.getByRole("region", { name: "Step 3" });
  const centreOf = async (locator: Locator) => {
    const box = await locator.boundingBox();
    return box ? box.y + box.height / 2 : Infinity;
  };
  await expect.poll(() => centreOf(stepThree.getByRole("button", { name: "Drag Question 3.4", exact: true })), { timeout: 30_000, intervals: [50] }).toBeLessThan(viewport.height * 0.7);
  const handles = await stepThree.getByRole("button", { name: /^Drag Question 3\./ }).all();
  const distances = (await Promise.all(handles.map(centreOf))).map((c) => Math.abs(c - viewport.height / 2));
  const target = handles[distances.indexOf(Math.min(...distances))]!;
  // Onto that card (out of the band: the scrolling stops).
  const to = await boxOf(target);
  await page.mouse.move(x, to.y + to.height / 2, { steps: 10 });
  await expect(announcer(page)).toContainText("is at step 'Step 3'");
  const settled = await boxOf(target);
  await page.mouse.move(x, settled.y + settled.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
  await expect(stepThree.getByRole("button", { name: "Drag Question 1.2", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Step 1" }).getByRole("button", { name: "Drag Question 1.2", exact: true })).toHaveCount(0);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px a question dragged to the window's edge scrolls the page to another step`, async ({ page }) => {
    await openNewFormInBuilder(page, { name: "Long form drag", definition }, { viewport });
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
    await dragToStepThreeByAutoScroll(page);
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
  });
}

test("a question moved with the keyboard stays in view", async ({ page }) => {
  test.setTimeout(120_000);
  await openNewFormInBuilder(page, { name: "Long form keyboard", definition }, { viewport: { width: 1280, height: 800 } });
  const card = page.getByTestId("canvas-field-q1_2");
  await page.getByRole("button", { name: "Drag Question 1.2", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(announcer(page)).toContainText("Picked up question 'Question 1.2'");
  // Down, one place per press, until it is in step 3; after each press the card is on screen.
  for (let presses = 0; presses < 30 && !((await announcer(page).textContent()) ?? "").includes("is at step 'Step 3'"); presses++) {
    const before = (await announcer(page).textContent()) ?? "";
    await page.keyboard.press("ArrowDown");
    await expect(announcer(page)).not.toHaveText(before);
    await expect(card).toBeInViewport({ ratio: 1 });
  }
  await expect(announcer(page)).toContainText("is at step 'Step 3'");
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Step 3" }).getByTestId("canvas-field-q1_2")).toBeInViewport({ ratio: 1 });
});

test("the removed-option alert does not move the card or the settings being worked on", async ({ page }) => {
  await openNewFormInBuilder(page, { name: "Long form notice", definition }, { viewport: { width: 1280, height: 900 } });
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  const card = page.getByTestId("canvas-field-role");
  await card.getByTestId("canvas-field-label").click();
  // The settings being worked on: the question's Label, above its options.
  const label = page.getByLabel("Label", { exact: true });
  await expect(label).toHaveValue("Your role");
  const cardBefore = await boxOf(card);
  const labelBefore = await boxOf(label);

  await page.getByRole("button", { name: "Remove option VP", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "is removed" });
  await expect(alert).toBeVisible();
  await expect(alert).toBeInViewport();
  await expect(page.getByTestId("canvas-field-q1_1").getByTestId("canvas-field-removed-options")).toBeVisible();
  expect((await boxOf(card)).y).toBeCloseTo(cardBefore.y, 0);
  expect((await boxOf(label)).y).toBeCloseTo(labelBefore.y, 0);

  // The next edit clears the alert: nothing moves back either.
  await page.getByRole("button", { name: "Remove option Student", exact: true }).click();
  await expect(alert).toHaveCount(0);
  expect((await boxOf(card)).y).toBeCloseTo(cardBefore.y, 0);
  expect((await boxOf(label)).y).toBeCloseTo(labelBefore.y, 0);
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px a long "Not saved" status leaves Publish on screen`, async ({ page }) => {
    await openNewFormInBuilder(page, { name: "Long form status", definition }, { viewport });
    await page.getByTestId("canvas-field-q3_8").getByTestId("canvas-field-label").click();
    await page.getByLabel("Label", { exact: true }).fill("");
    const status = page.getByTestId("save-status");
    await expect(status).toContainText("Not saved — Step 3, question 8");
    const publish = page.getByRole("button", { name: "Publish", exact: true });
    await publish.scrollIntoViewIfNeeded();
    await expect(publish).toBeInViewport({ ratio: 1 });
    const [p, undo] = [await boxOf(publish), await boxOf(page.getByRole("button", { name: "Undo", exact: true }))];
    // On the row of Undo and Redo (centred on it), inside the window.
    expect(p.y + p.height / 2).toBeCloseTo(undo.y + undo.height / 2, 0);
    expect(p.x + p.width).toBeLessThanOrEqual(viewport.width);
  });
}
