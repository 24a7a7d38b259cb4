// The form builder on a phone (390×844) and a small tablet (768 px wide), as a marketer. The
// question types are a strip that stays at the top while the form scrolls (no scrolling past the
// whole form to add a question); tapping a question opens its settings in a sheet over the lower
// part of the screen, with the tapped question kept in view above it; "Hide settings" folds the
// sheet to a bar. A tap on a question's card at the moment its Label input loses focus (which
// renames an automatic key) is not lost: the cards are keyed by a stable id, not by that key.
// Works on its own new form (the default questions: email, name, company).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

async function openNewForm(page: Page, name: string) {
  await openNewFormInBuilder(page, { name });
  await expect(page.getByTestId("canvas-field-email")).toBeVisible();
}

/** Whether the element is inside the window (not scrolled off, not under the bottom edge). */
const inView = (page: Page, testIdOrLabel: ReturnType<Page["getByTestId"]>) =>
  testIdOrLabel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

for (const size of [PHONE, TABLET]) {
  test(`a question is added and edited without scrolling the page (${size.width} px)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await openNewForm(page, "Phone builder");
    const label = page.getByLabel("Label", { exact: true });
    const settings = page.getByRole("complementary", { name: "Settings" });

    // Scrolled to the end of the page (past the form and its preview), the question types are
    // still at hand.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const add = page.getByRole("button", { name: "Add Short text" });
    await expect.poll(() => inView(page, add)).toBe(true);

    // Tapping a question on the canvas shows its settings in the window, next to it.
    await page.getByTestId("canvas-field-name").locator("button[aria-pressed]").click();
    await expect(label).toHaveValue("Full name");
    await expect.poll(() => inView(page, label)).toBe(true);
    await expect.poll(() => inView(page, page.getByTestId("canvas-field-name"))).toBe(true);
    // "Hide settings" folds the sheet to its bar.
    await settings.getByRole("button", { name: "Hide settings" }).click();
    await expect(label).toBeHidden();

    // Adding one opens its settings, the new question in view above them.
    await add.click();
    await expect(label).toHaveValue("Short text");
    await expect.poll(() => inView(page, label)).toBe(true);
    await expect.poll(() => inView(page, page.getByTestId("canvas-field-short_text"))).toBe(true);

    // Scoring and end screens are reachable from the same sheet.
    await settings.getByRole("tab", { name: "Scoring" }).click();
    await expect(settings.getByRole("tab", { name: "Scoring" })).toHaveAttribute("aria-selected", "true");
  });
}

test("a tap on the card while its label loses focus (renaming the key) is not lost", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await openNewForm(page, "Phone tap");
  const label = page.getByLabel("Label", { exact: true });
  await page.getByRole("button", { name: "Add Short text" }).click();
  await expect(label).toHaveValue("Short text");
  await label.fill("Budget owner");
  await expect(label).toBeFocused();
  await expect(page.getByTestId("canvas-field-short_text")).toContainText("Budget owner");

  // The tap on ✕ blurs the label: the automatic key becomes budget_owner under the finger, and
  // the question is still removed.
  await page.getByRole("button", { name: "Remove Budget owner" }).click();
  await expect(page.getByTestId("canvas-field-short_text")).toHaveCount(0);
  await expect(page.getByTestId("canvas-field-budget_owner")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove Budget owner" })).toHaveCount(0);
});

test("the settings sheet by keyboard: it takes the focus, has a name, and Escape folds it back to the question", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await openNewForm(page, "Phone sheet keys");
  const label = page.getByLabel("Label", { exact: true });
  const settings = page.getByRole("complementary", { name: "Settings" });
  const sheet = settings.getByRole("group", { name: "Question: Full name" });
  const card = page.getByTestId("canvas-field-name").locator("button[aria-pressed]");
  const isFocusInSheet = () => sheet.evaluate((el) => el.contains(document.activeElement));

  // Selected with Enter: the sheet opens, named for the question, with the focus in it.
  await card.focus();
  await page.keyboard.press("Enter");
  await expect(label).toHaveValue("Full name");
  await expect(sheet).toBeVisible();
  await expect.poll(isFocusInSheet).toBe(true);
  // Escape folds it and gives the focus back to the question's card.
  await page.keyboard.press("Escape");
  await expect(label).toBeHidden();
  await expect(settings.getByRole("button", { name: "Show settings" })).toHaveAttribute("aria-expanded", "false");
  await expect(card).toBeFocused();

  // "Show settings" by keyboard opens it with the focus in it; Escape from an input folds it too.
  await settings.getByRole("button", { name: "Show settings" }).focus();
  await page.keyboard.press("Enter");
  await expect(label).toBeVisible();
  await expect.poll(isFocusInSheet).toBe(true);
  await label.focus();
  await page.keyboard.press("Escape");
  await expect(label).toBeHidden();
  await expect(card).toBeFocused();

  // In the Key input, Escape first reverts the key being typed (the sheet stays), then folds it.
  await page.keyboard.press("Enter");
  const key = settings.getByLabel("Key", { exact: true });
  await key.fill("full_name_typo");
  await page.keyboard.press("Escape");
  await expect(key).toHaveValue("name");
  await expect(key).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(key).toBeHidden();
  await expect(card).toBeFocused();
  await expect(page.getByTestId("canvas-field-name")).toBeVisible(); // the typed key was not kept

  // The desktop column is no sheet: Escape leaves it open, and a card chosen with Enter keeps the focus.
  await page.setViewportSize({ width: 1280, height: 900 });
  await card.focus();
  await page.keyboard.press("Enter");
  await expect(label).toHaveValue("Full name");
  await expect(card).toBeFocused();
  await label.focus();
  await page.keyboard.press("Escape");
  await expect(label).toBeVisible();
  await expect(label).toBeFocused();
});
