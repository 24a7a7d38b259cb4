// Keyboard drag and drop in the form builder moves a question exactly one place per arrow key and
// says so truthfully: pick-up names the current position, each arrow the new one, Space drops it
// there, Escape puts it back, and undo/redo say what they did — all in the builder's live region.
// A palette item and a step go by order too (not by what is nearest on screen), in a wide and a
// narrow window alike.
// Works on its own new form (the seeded demo form is left alone). Each key waits for the
// announcement of the state it leads to (state, never time); the app listens for the arrows from
// the moment it announces the pick-up (components/form-builder/keyboard-sensor.ts).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

const definition = {
  title: "Keyboard journey",
  steps: [
    {
      id: "about",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "name", type: "short_text", label: "Full name" },
        { key: "company", type: "short_text", label: "Company" },
        { key: "phone", type: "short_text", label: "Phone" },
      ],
    },
    { id: "needs", title: "Your needs", fields: [{ key: "notes", type: "long_text", label: "Anything else?" }] },
  ],
  logic: [],
  outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
  defaultOutcomeId: "thanks",
};

/** Signs in as the marketer, creates a form with `steps` and opens its editor. */
async function openNewForm(page: Page, steps: typeof definition.steps) {
  await openNewFormInBuilder(page, { name: "Keyboard journey", definition: { ...definition, steps } });
}

const stepOrder = (page: Page) =>
  page
    .getByTestId("canvas")
    .getByRole("button", { name: /^Drag step / })
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!.replace(/^Drag step /, "")));

const order = (page: Page, step: string) =>
  page
    .getByRole("list", { name: `Questions of ${step}` })
    .getByRole("button", { name: /^Drag / })
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!.replace(/^Drag /, "")));

test("a question moves one place per arrow key, announced, and undo says what it undid", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1700, height: 1100 });
  await openNewForm(page, definition.steps);

  const announcer = page.getByTestId("builder-announcer");
  const handle = page.getByRole("button", { name: "Drag Work email" });
  await expect(handle).toBeVisible();
  expect(await order(page, "About you")).toEqual(["Work email", "Full name", "Company", "Phone"]);

  // Space, ArrowDown, Space → 2nd of 4.
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(announcer).toHaveText("Picked up question 'Work email', at step 'About you', position 1 of 4.");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toHaveText("Question 'Work email' is at step 'About you', position 2 of 4.");
  await page.keyboard.press("Space");
  await expect(announcer).toHaveText("Question 'Work email' was dropped at step 'About you', position 2 of 4.");
  await expect.poll(() => order(page, "About you")).toEqual(["Full name", "Work email", "Company", "Phone"]);

  // Again: ArrowDown ×2, Space → 4th of 4 (positions 3 and 4, none skipped).
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(announcer).toHaveText("Picked up question 'Work email', at step 'About you', position 2 of 4.");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toHaveText("Question 'Work email' is at step 'About you', position 3 of 4.");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toHaveText("Question 'Work email' is at step 'About you', position 4 of 4.");
  await page.keyboard.press("Space");
  await expect(announcer).toHaveText("Question 'Work email' was dropped at step 'About you', position 4 of 4.");
  await expect.poll(() => order(page, "About you")).toEqual(["Full name", "Company", "Phone", "Work email"]);

  // One more ArrowDown goes to the top of the next step; Escape puts it back where it was.
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(announcer).toContainText("position 4 of 4");
  await page.keyboard.press("ArrowDown");
  await expect(announcer).toHaveText("Question 'Work email' is at step 'Your needs', position 1 of 2.");
  await expect.poll(() => order(page, "Your needs")).toEqual(["Work email", "Anything else?"]);
  await page.keyboard.press("Escape");
  await expect(announcer).toContainText("was cancelled; nothing changed (it is back at step 'About you', position 4 of 4)");
  await expect.poll(() => order(page, "About you")).toEqual(["Full name", "Company", "Phone", "Work email"]);
  expect(await order(page, "Your needs")).toEqual(["Anything else?"]);

  // Undo and redo say what they did.
  await page.keyboard.press("Control+z");
  await expect(announcer).toHaveText("Undone: moved “Work email”");
  await expect.poll(() => order(page, "About you")).toEqual(["Full name", "Work email", "Company", "Phone"]);
  await page.keyboard.press("Control+Shift+z");
  await expect(announcer).toHaveText("Redone: moved “Work email”");
  await expect.poll(() => order(page, "About you")).toEqual(["Full name", "Company", "Phone", "Work email"]);

  // A key right after the pick-up counts, however busy the page: Space and ArrowUp reach the
  // handle in one task, as keys queued on a busy page do (dnd-kit's own sensor only listened one
  // task after the pick-up, and lost the arrow). Escape then leaves everything as it was.
  await handle.focus();
  await handle.evaluate((el) => {
    for (const code of ["Space", "ArrowUp"]) el.dispatchEvent(new KeyboardEvent("keydown", { code, key: code === "Space" ? " " : code, bubbles: true, cancelable: true }));
  });
  await expect(announcer).toHaveText("Question 'Work email' is at step 'About you', position 3 of 4.");
  await page.keyboard.press("Escape");
  await expect(announcer).toContainText("was cancelled; nothing changed (it is back at step 'About you', position 4 of 4)");
  await expect.poll(() => order(page, "About you")).toEqual(["Full name", "Company", "Phone", "Work email"]);
});

/** Steps of different heights: the tall first step is where on-screen geometry skipped places. */
const threeSteps = [
  definition.steps[0]!,
  { id: "company", title: "Company", fields: [{ key: "company_size", type: "company_size", label: "Company size" }] },
  definition.steps[1]!,
];

const LAYOUTS = [
  { name: "wide", width: 1700, height: 1100 },
  { name: "narrow", width: 600, height: 800 },
] as const;

for (const layout of LAYOUTS) {
  test(`a palette question is placed by order with the keyboard (${layout.name} window)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: layout.width, height: layout.height });
    await openNewForm(page, threeSteps);
    const announcer = page.getByTestId("builder-announcer");
    const item = page.getByRole("button", { name: "Add Short text" });
    await expect(item).toBeVisible();

    // It starts where a click would add it (the end of the last step) and moves one slot per arrow.
    await item.focus();
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText("Picked up new Short text question, at step 'Your needs', position 2 of 2.");
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("New Short text question is at step 'Your needs', position 1 of 2.");
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("New Short text question is at step 'Company', position 2 of 2.");
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("New Short text question is at step 'Company', position 1 of 2.");
    // The line on the canvas shows the same place: first in 'Company'.
    const companyList = page.getByRole("list", { name: "Questions of Company" });
    await expect(companyList.locator(":scope > li").first()).toHaveAttribute("data-testid", "drop-indicator");
    await expect(page.getByTestId("drop-indicator")).toHaveCount(1);
    await page.keyboard.press("ArrowDown");
    await expect(announcer).toHaveText("New Short text question is at step 'Company', position 2 of 2.");
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText("New Short text question was dropped at step 'Company', position 2 of 2.");
    await expect.poll(() => order(page, "Company")).toEqual(["Company size", "Short text"]);
    expect(await order(page, "About you")).toEqual(["Work email", "Full name", "Company", "Phone"]);
    expect(await order(page, "Your needs")).toEqual(["Anything else?"]);

    // The added question is selected, so the next pick-up starts at the end of its step, as a
    // click would add. Escape adds nothing; undo takes the added question away again.
    await item.focus();
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText("Picked up new Short text question, at step 'Company', position 3 of 3.");
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("New Short text question is at step 'Company', position 2 of 3.");
    await page.keyboard.press("Escape");
    await expect(announcer).toHaveText("Dragging new Short text question was cancelled; nothing changed.");
    await expect(page.getByTestId("drop-indicator")).toHaveCount(0);
    expect(await order(page, "Company")).toEqual(["Company size", "Short text"]);
    await page.keyboard.press("Control+z");
    await expect(announcer).toHaveText("Undone: added “Short text”");
    await expect.poll(() => order(page, "Company")).toEqual(["Company size"]);
  });

  test(`a step moves one place per arrow key, past a tall step too (${layout.name} window)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: layout.width, height: layout.height });
    // A first step taller than the window: nearest-on-screen took 'Your needs' straight to the top.
    const extra = Array.from({ length: 12 }, (_, i) => ({ key: `extra_${i + 1}`, type: "short_text", label: `Extra ${i + 1}` }));
    await openNewForm(page, [{ ...threeSteps[0]!, fields: [...threeSteps[0]!.fields, ...extra] }, threeSteps[1]!, threeSteps[2]!]);
    const announcer = page.getByTestId("builder-announcer");
    const handle = page.getByRole("button", { name: "Drag step Your needs" });
    await expect(handle).toBeVisible();
    expect(await stepOrder(page)).toEqual(["About you", "Company", "Your needs"]);

    await handle.focus();
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText("Picked up step 'Your needs', at position 3 of 3.");
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("Step 'Your needs' is at position 2 of 3.");
    await expect.poll(() => stepOrder(page)).toEqual(["About you", "Your needs", "Company"]);
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("Step 'Your needs' is at position 1 of 3.");
    await page.keyboard.press("ArrowUp");
    await expect(announcer).toHaveText("Step 'Your needs' is already first, at position 1 of 3.");
    await page.keyboard.press("ArrowDown");
    await expect(announcer).toHaveText("Step 'Your needs' is at position 2 of 3.");
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText("Step 'Your needs' was dropped at position 2 of 3.");
    await expect.poll(() => stepOrder(page)).toEqual(["About you", "Your needs", "Company"]);

    // The tall step moves one place too; Escape puts it back; undo and redo say what they did.
    const tall = page.getByRole("button", { name: "Drag step About you" });
    await tall.focus();
    await page.keyboard.press("Space");
    await expect(announcer).toHaveText("Picked up step 'About you', at position 1 of 3.");
    await page.keyboard.press("ArrowDown");
    await expect(announcer).toHaveText("Step 'About you' is at position 2 of 3.");
    await expect.poll(() => stepOrder(page)).toEqual(["Your needs", "About you", "Company"]);
    await page.keyboard.press("Escape");
    await expect(announcer).toHaveText("Dragging step 'About you' was cancelled; nothing changed (it is back at position 1 of 3).");
    await expect.poll(() => stepOrder(page)).toEqual(["About you", "Your needs", "Company"]);
    await page.keyboard.press("Control+z");
    await expect(announcer).toHaveText("Undone: moved step “Your needs”");
    await expect.poll(() => stepOrder(page)).toEqual(["About you", "Company", "Your needs"]);
    await page.keyboard.press("Control+Shift+z");
    await expect(announcer).toHaveText("Redone: moved step “Your needs”");
    await expect.poll(() => stepOrder(page)).toEqual(["About you", "Your needs", "Company"]);
  });
}
