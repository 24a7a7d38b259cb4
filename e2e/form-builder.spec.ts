// The marketer's form builder (issue 5 acceptance): drag a question from the palette into step 2,
// move it to step 1 with the keyboard only, add a show-if rule and watch it act in the preview,
// give an option points and watch the live score and tier move, publish and see the new version
// on the hosted page, and undo/redo. Works on its own new form (the seeded demo form is left alone).
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

const definition = {
  title: "Builder journey",
  steps: [
    {
      id: "about",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "role", type: "single_choice", label: "Your role", options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }] },
      ],
    },
    { id: "needs", title: "Your needs", fields: [{ key: "notes", type: "long_text", label: "Anything else?" }] },
  ],
  logic: [],
  outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
  defaultOutcomeId: "thanks",
};

/**
 * @dnd-kit's pointer sensor needs real pointer movement: press, move in small steps, release. It
 * releases once the drag is over the step titled `step` (the builder announces "… is at step
 * '<step>', …": state, not time) and the pointer has moved there once more (a fresh collision check
 * after the canvas made room for the drop).
 */
async function dragTo(page: Page, source: Locator, target: Locator, step: string, offsetY = 0) {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + offsetY, { steps: 20 });
  await expect(page.getByTestId("builder-announcer")).toContainText(` is at step '${step}'`);
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + offsetY + 2, { steps: 2 });
  await page.mouse.up();
}

test("a marketer builds, previews, scores, publishes and undoes in the form builder", async ({ page }) => {
  test.setTimeout(120_000);
  const { slug } = await openNewFormInBuilder(page, { name: "Builder journey", definition }, { viewport: { width: 1700, height: 1100 } });
  const stepOne = page.getByRole("region", { name: "About you" });
  const stepTwo = page.getByRole("region", { name: "Your needs" });
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(stepTwo.getByRole("button", { name: "Drag Anything else?" })).toBeVisible();

  // 1. Drag a Dropdown from the palette into step 2, above "Anything else?".
  await dragTo(page, page.getByRole("button", { name: "Add Dropdown" }), stepTwo.getByRole("button", { name: "Drag Anything else?" }), "Your needs", -8);
  await expect(stepTwo.getByRole("button", { name: "Drag Dropdown" })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });

  // A cleared label is not saved: the status names the question, the input says why.
  const label = page.getByLabel("Label", { exact: true });
  await label.fill("");
  await expect(page.getByTestId("save-status")).toContainText(/Not saved — Step 2, question \d \(Dropdown, key \w+\): the label is empty/);
  await expect(label).toHaveAttribute("aria-invalid", "true");
  await expect(label).toHaveAccessibleDescription("The label is empty.");

  // Its settings: label and options (the stored values stay option_1 / option_2).
  await label.fill("Team size");
  await page.getByLabel("Option 1 label").fill("Small team");
  await page.getByLabel("Option 2 label").fill("Large team");
  await expect(page.getByLabel("Option 2 stored value")).toHaveValue("option_2");

  // 2. Move it to step 1 with the keyboard only.
  // Each key waits for the builder's screen-reader announcement of the state it leads to, so a busy
  // machine cannot press ahead of the drag (state, never time). Each arrow moves it one place.
  const handle = page.getByRole("button", { name: "Drag Team size" });
  const announced = page.getByTestId("builder-announcer");
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(announced).toContainText(/Picked up question 'Team size', at step 'Your needs'/);
  // Up, one place at a time, until it is in step 1 (it may start above or below "Anything else?",
  // depending on where the pointer drop above landed).
  for (let presses = 0; presses < 4 && !((await announced.textContent()) ?? "").includes("is at step 'About you'"); presses++) {
    const before = (await announced.textContent()) ?? "";
    await page.keyboard.press("ArrowUp");
    await expect(announced).not.toHaveText(before);
  }
  await expect(announced).toHaveText("Question 'Team size' is at step 'About you', position 3 of 3.");
  await page.keyboard.press("Space");
  await expect(stepOne.getByRole("button", { name: "Drag Team size" })).toBeVisible();
  // It lands at the end of step 1, after "Your role" (which its rule will read).
  const order = await stepOne.getByRole("button", { name: /^Drag / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(order).toEqual(["Drag step About you", "Drag Work email", "Drag Your role", "Drag Team size"]);
  await expect(stepTwo.getByRole("button", { name: "Drag Team size" })).toHaveCount(0);

  // 3. A show-if rule: Team size only for VPs — acts in the preview at once.
  await stepOne.getByRole("button", { name: /^Team size/ }).click();
  await page.getByRole("button", { name: "Add show-if rule" }).click();
  await page.getByRole("button", { name: "Add a rule to the condition" }).click();
  // Only questions answered before Team size are offered (publish refuses the others).
  await expect(page.getByLabel("Rule 1 subject").locator("option")).toHaveText(["Work email", "Your role"]);
  await page.getByLabel("Rule 1 subject").selectOption({ label: "Your role" });
  await page.getByLabel("Rule 1 value").selectOption({ label: "VP" });
  await expect(preview.getByLabel("Team size")).toHaveCount(0);
  await preview.getByRole("radio", { name: "VP" }).check();
  await expect(preview.getByLabel("Team size")).toBeVisible();

  // 4. Option points move the live score and the tier while answering the preview.
  await page.getByLabel("Large team points on Fit").fill("70");
  await expect(page.getByTestId("score-total")).toHaveText("0");
  await expect(page.getByTestId("score-tier")).toHaveText("Nurture"); // a new form keeps every lead (Nurture ≥ 0)
  await preview.getByLabel("Team size").selectOption({ label: "Large team" });
  await expect(page.getByTestId("score-total")).toHaveText("70");
  await expect(page.getByTestId("score-tier")).toHaveText("Sales-ready");
  await preview.getByLabel("Team size").selectOption({ label: "Small team" });
  await expect(page.getByTestId("score-total")).toHaveText("0");

  // 5. Publish once the last edit (the option points) is saved — the builder refuses to publish
  //    an unsaved draft; the hosted page shows the new version (Team size appears for VPs).
  //    The header beside the title follows the editor: what is live, and whether it differs.
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 10_000 });
  const live = page.getByTestId("publication-status");
  await expect(live).toHaveText("Not published yet");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1" })).toBeVisible({ timeout: 15_000 });
  await expect(live).toHaveText("Live: version 1");
  const hosted = await page.context().newPage();
  await hosted.goto(`/f/${slug}`);
  await expect(hosted.getByLabel("Team size")).toHaveCount(0);
  await hosted.getByRole("radio", { name: "VP" }).check();
  await expect(hosted.getByLabel("Team size")).toBeVisible();
  await hosted.close();

  // 6. Undo / redo restore the previous states (buttons and keyboard shortcuts).
  const points = page.getByLabel("Large team points on Fit");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(points).toHaveValue("");
  await expect(live).toHaveText("Live: version 1 · unpublished changes");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(points).toHaveValue("70");
  await expect(live).toHaveText("Live: version 1");
  await page.getByRole("button", { name: "Undo" }).focus();
  await page.keyboard.press("Control+z");
  await expect(points).toHaveValue("");
  await page.keyboard.press("Control+Shift+z");
  await expect(points).toHaveValue("70");
});
