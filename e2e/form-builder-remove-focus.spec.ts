// A marketer removing questions with the keyboard: the focus stays on the canvas — on the next
// question's remove button (else the previous one's, else the step's own Delete step), as the
// options editor does for a removed option — instead of falling to the page's top (it went to
// <body>: the next Tab started again from "Skip to content").
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

const definition = {
  title: "Focus journey",
  steps: [
    {
      id: "about",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "role", type: "short_text", label: "Your role" },
        { key: "notes", type: "long_text", label: "Anything else?" },
      ],
    },
    { id: "needs", title: "Your needs", fields: [{ key: "seats", type: "number", label: "Seats" }] },
  ],
  logic: [],
  outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
  defaultOutcomeId: "thanks",
};

async function openNewForm(page: Page): Promise<void> {
  await openNewFormInBuilder(page, { name: "Focus journey", definition }, { viewport: { width: 1280, height: 900 } });
  await expect(page.getByRole("button", { name: "Drag Anything else?" })).toBeVisible();
}

test("removing a question by keyboard leaves the focus on the canvas, next to where it was", async ({ page }) => {
  await openNewForm(page);
  const announcer = page.getByTestId("builder-announcer");

  await page.getByRole("button", { name: "Remove Your role" }).focus();
  await page.keyboard.press("Enter");
  await expect(announcer).toHaveText("Removed question “Your role”. Undo available.");
  await expect(page.getByRole("button", { name: "Remove Anything else?" })).toBeFocused(); // the next one

  await page.keyboard.press("Enter");
  await expect(announcer).toHaveText("Removed question “Anything else?”. Undo available.");
  await expect(page.getByRole("button", { name: "Remove Work email" })).toBeFocused(); // the last: the previous one

  await page.getByRole("button", { name: "Remove Seats" }).focus();
  await page.keyboard.press("Enter");
  await expect(announcer).toHaveText("Removed question “Seats”. Undo available.");
  await expect(page.getByRole("button", { name: "Delete step Your needs" })).toBeFocused(); // the step's only one
  await page.screenshot({ path: test.info().outputPath("focus-after-last-question.png"), fullPage: true });
});
