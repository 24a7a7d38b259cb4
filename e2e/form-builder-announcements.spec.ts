// The builder's live region speaks every removal: deleting a step is announced like removing a
// question ("Removed step 2 “Company”. …"), and the same words twice in a row (two questions with
// the same label) are spoken twice — the region is emptied and the words put back as a new node, so
// a screen reader sees a change each time. A MutationObserver records what the region shows after
// each change; the test waits for that record, never for time. A yes/no question compared with
// true reads "is Yes", never as a removed option.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

const definition = {
  title: "Announcements",
  steps: [
    {
      id: "about",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "notes_a", type: "short_text", label: "Notes" },
        { key: "notes_b", type: "short_text", label: "Notes" },
        { key: "demo", type: "yes_no", label: "Want a demo?" },
      ],
    },
    { id: "company", title: "Company", fields: [{ key: "seats", type: "number", label: "Seats" }] },
    { id: "needs", title: "Your needs", fields: [{ key: "budget", type: "number", label: "Budget" }, { key: "anything", type: "long_text", label: "Anything else?" }] },
  ],
  logic: [
    { id: "show_budget", when: { kind: "rule", ref: "seats", operator: "gt", value: 10 }, action: { type: "show_field", fieldKey: "budget" } },
    { id: "show_anything", when: { kind: "rule", ref: "demo", operator: "equals", value: "true" }, action: { type: "show_field", fieldKey: "anything" } },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
  defaultOutcomeId: "thanks",
};

async function openNewForm(page: Page): Promise<void> {
  await openNewFormInBuilder(page, { name: "Announcements", definition }, { viewport: { width: 1280, height: 900 } });
  await expect(page.getByRole("button", { name: "Drag Anything else?" })).toBeVisible();
}

/** Records the live region's text after each change to it (what a screen reader is told about). */
async function recordAnnouncer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="builder-announcer"]');
    if (!region) throw new Error("no builder-announcer");
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    new MutationObserver(() => spoken.push(region.textContent ?? "")).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

/** How many times the region changed to show `text` (a change from something else, e.g. empty, to it). */
function timesSpoken(page: Page, text: string): Promise<number> {
  return page.evaluate((t) => {
    const spoken = (window as unknown as { __spoken: string[] }).__spoken;
    return spoken.filter((s, i) => s === t && spoken[i - 1] !== t).length;
  }, text);
}

test("deleting a step is announced in the builder's live region, with the rules that still read its questions", async ({ page }) => {
  await openNewForm(page);
  const announcer = page.getByTestId("builder-announcer");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete step Company" }).click();
  await expect(page.getByRole("region", { name: "Company" })).toHaveCount(0);
  await expect(announcer).toHaveText("Removed step 2 “Company”. 1 rule still refers to its questions. Undo available.");
  await expect(announcer).toHaveAttribute("aria-live", "assertive");

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("region", { name: "Company" })).toBeVisible();
  await expect(announcer).toHaveText(/^Undone: /);
});

test("the same announcement twice in a row is spoken twice", async ({ page }) => {
  await openNewForm(page);
  await recordAnnouncer(page);
  const words = "Removed question “Notes”. Undo available.";
  await page.getByRole("button", { name: "Remove Notes" }).first().click();
  await expect(page.getByRole("button", { name: "Remove Notes" })).toHaveCount(1);
  await expect.poll(() => timesSpoken(page, words)).toBe(1);

  await page.getByRole("button", { name: "Remove Notes" }).click();
  await expect(page.getByRole("button", { name: "Remove Notes" })).toHaveCount(0);
  await expect.poll(() => timesSpoken(page, words)).toBe(2);
  await expect(page.getByTestId("builder-announcer")).toHaveText(words);
});

test("a yes/no question compared with true reads 'is Yes', and is not marked as a removed option", async ({ page }) => {
  await openNewForm(page);
  const anything = page.getByTestId("canvas-field-anything");
  await anything.getByTestId("canvas-field-label").click();
  await expect(page.getByTestId("logic-show_anything-summary")).toHaveText("In words: Want a demo? is Yes");
  await expect(page.getByTestId("canvas-field-removed-options")).toHaveCount(0);
});
