// What the builder tells a marketer as it happens, not only when Publish is pressed, in the words
// publish uses: a step left without questions; a rule comparing an option that was removed (read
// "Your role is a removed option (vp)", marked on the rule's question, named by publish); a
// removed question announced in the builder's live region with the rules that still read it; and a
// Dropdown still offering its placeholder options "Option 1"/"Option 2", which publish refuses.
// Screenshots of each state go to the test's output folder.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder, seatsForVpDefinition } from "./form-builder-fixture";

const definition = seatsForVpDefinition("Unfinished journey");

async function openNewForm(page: Page): Promise<void> {
  await openNewFormInBuilder(page, { name: "Unfinished journey", definition }, { viewport: { width: 1280, height: 900 } });
  await expect(page.getByRole("button", { name: "Drag Anything else?" })).toBeVisible();
}

/** Presses Publish and returns the list of problems it shows. */
async function publishProblems(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const problems = page.getByRole("list", { name: "Problems to fix before publishing" });
  await expect(problems).toBeVisible({ timeout: 15_000 });
  return problems;
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

test("a step left without questions says at once that publish refuses it, in publish's words", async ({ page }) => {
  await openNewForm(page);
  const team = page.getByRole("region", { name: "Your team" });
  await expect(page.getByTestId("canvas-step-empty")).toHaveCount(0);

  await page.getByRole("button", { name: "Remove Company size" }).click();
  await expect(team.getByTestId("canvas-step-empty")).toHaveText("Cannot publish yet — Step 'Your team' has no questions");
  await shot(page, "empty-step.png");

  const problems = await publishProblems(page);
  await expect(problems.getByRole("listitem")).toHaveText(["Step 'Your team' has no questions"]);
  await page.getByRole("button", { name: "Close", exact: true }).click();

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("canvas-step-empty")).toHaveCount(0);
});

test("a rule comparing a removed option reads as a removed option, is marked, and publish names the rule and the option", async ({ page }) => {
  await openNewForm(page);
  await page.getByTestId("canvas-field-role").getByTestId("canvas-field-label").click();
  await page.getByRole("button", { name: "Remove option VP", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is removed" })).toHaveText(
    "The option “VP” of “Your role” is removed, but the show-if rule of 'Seats' still checks it. Publishing is refused until you change that rule — or press Undo to bring the option back.",
  );
  const seats = page.getByTestId("canvas-field-seats");
  await expect(seats.getByTestId("canvas-field-removed-options")).toHaveText("Its rule checks a removed option of 'Your role' (vp)");

  await seats.getByTestId("canvas-field-label").click();
  await expect(page.getByTestId("logic-show_seats-summary")).toHaveText("In words: Your role is a removed option (vp)");
  await shot(page, "removed-option.png");

  const problems = await publishProblems(page);
  await expect(problems.getByRole("listitem")).toHaveText(["The show-if rule of 'Seats' checks option 'vp' of 'Your role', which has no such option"]);
  await shot(page, "removed-option-publish.png");
  await page.getByRole("button", { name: "Close", exact: true }).click();

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("canvas-field-removed-options")).toHaveCount(0);
  await expect(page.getByTestId("logic-show_seats-summary")).toHaveText("In words: Your role is VP");
});

test("removing a question is announced in the builder's live region, with the rules that still read it", async ({ page }) => {
  await openNewForm(page);
  const announcer = page.getByTestId("builder-announcer");
  await page.getByRole("button", { name: "Remove Your role" }).click();
  await expect(announcer).toHaveText("Removed question “Your role”. 1 rule still refers to it. Undo available.");
  await expect(announcer).toHaveAttribute("aria-live", "assertive");
  await shot(page, "removed-question-announced.png");

  await page.getByRole("button", { name: "Remove Anything else?" }).click();
  await expect(announcer).toHaveText("Removed question “Anything else?”. Undo available.");
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(announcer).toHaveText(/^Undone: /);
});

test("a Dropdown still offering “Option 1”/“Option 2” is flagged in the editor and refused at publish until renamed", async ({ page }) => {
  await openNewForm(page);
  await page.getByRole("button", { name: "Add Dropdown" }).click();
  const card = page.getByTestId("canvas-field-dropdown");
  const words = "'Dropdown' still offers the placeholder options “Option 1” and “Option 2”; name its options as prospects should see them";
  await expect(card.getByTestId("canvas-field-placeholder-options")).toHaveText(`Cannot publish yet — ${words}`);
  await card.getByTestId("canvas-field-label").click();
  await expect(page.getByTestId("options-placeholder-warning")).toHaveText(`Cannot publish yet — ${words}.`);
  await shot(page, "placeholder-options.png");

  const problems = await publishProblems(page);
  await expect(problems.getByRole("listitem")).toHaveText([words]);
  await shot(page, "placeholder-options-publish.png");
  await page.getByRole("button", { name: "Close", exact: true }).click();

  await page.getByLabel("Option 1 label").fill("Small team");
  await expect(card.getByTestId("canvas-field-placeholder-options")).toHaveText(/the placeholder option “Option 2”;/);
  await page.getByLabel("Option 2 label").fill("Large team");
  await expect(card.getByTestId("canvas-field-placeholder-options")).toHaveCount(0);
  await expect(page.getByTestId("options-placeholder-warning")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1" })).toBeVisible({ timeout: 15_000 });
});
