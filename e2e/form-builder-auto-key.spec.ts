// An automatic question key follows its label: a marketer drops a "Single choice" question and
// labels it "Your role" — when the Label input loses focus its key (single_choice, which the
// builder made) becomes your_role, and the focus stays where the marketer moved it (the Key input).
// A key the marketer typed, and a key in a published version, never change by themselves.
// Works on its own new form (the default questions: email, name, company), published through
// tRPC first, so its questions' keys are published and the added one's is not.
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

test("a generated key follows the question's label on blur; a typed or published key does not", async ({ page }) => {
  test.setTimeout(120_000);
  await openNewFormInBuilder(page, { name: "Auto keys", publish: true }, { viewport: { width: 1700, height: 1100 } });
  await expect(page.getByTestId("publication-status")).toHaveText("Live: version 1");
  const label = page.getByLabel("Label", { exact: true });
  const key = page.getByLabel("Key", { exact: true });

  // A new question: the builder names its key after the type; typing a label changes nothing yet.
  await page.getByRole("button", { name: "Add Single choice" }).click();
  await expect(key).toHaveValue("single_choice");
  await label.fill("Your role");
  await expect(key).toHaveValue("single_choice");

  // Leaving the label (Tab to the Key input): the key follows, and the focus stays on the Key.
  await label.press("Tab");
  await expect(key).toHaveValue("your_role");
  await expect(key).toBeFocused();
  await expect(page.getByTestId("canvas-field-your_role")).toContainText("Single choice · your_role");
  await expect(page.getByTestId("canvas-field-single_choice")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 20_000 });

  // A key the marketer typed stays when the label changes again.
  await key.fill("persona");
  await key.press("Enter");
  await expect(key).toBeFocused();
  await expect(page.getByTestId("canvas-field-persona")).toBeVisible();
  await label.fill("Your job title");
  await label.press("Tab");
  await expect(key).toBeFocused();
  await expect(key).toHaveValue("persona");

  // A published question's key stays too.
  await page.getByTestId("canvas-field-company").locator("button[aria-pressed]").click();
  await label.fill("Your company");
  await label.press("Tab");
  await expect(key).toHaveValue("company");
  await expect(page.getByTestId("canvas-field-company")).toContainText("Your company");
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 20_000 });

  // Kept across a reload.
  await page.reload();
  await expect(page.getByTestId("canvas-field-persona")).toContainText("Your job title");
  await expect(page.getByTestId("canvas-field-your_role")).toHaveCount(0);
});
