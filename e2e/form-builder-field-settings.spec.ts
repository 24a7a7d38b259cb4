// A question's settings, as a marketer meets them in the builder at 1280 px:
// - a minimum above its maximum is shown at the Validation inputs, on the canvas and in the save
//   status, and not saved; the server refuses it too (the same rule: validation-bounds.ts);
// - a long label is cut on the canvas, its required "*" is not;
// - a label whose automatic key follows it is one undo step;
// - a Key that a removed, published question had is refused at the Key input.
// Works on its own new Blank form (Work email, Full name, Company).
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

/** The builder at 1280 px; its first load may be slow on a busy machine. */
const AT_1280 = { viewport: { width: 1280, height: 900 }, timeout: 90_000 };

test("a minimum above the maximum is shown at the field and not saved; a long required label keeps its *", async ({ page }) => {
  test.setTimeout(180_000);
  const { id: formId } = await openNewFormInBuilder(page, { name: "Bounds" }, AT_1280);
  const settings = page.getByTestId("field-settings");

  // A Number question with its bounds the wrong way round.
  // A typed key, so the key does not follow the long label below.
  await page.getByRole("button", { name: "Add Number" }).click();
  const key = settings.getByLabel("Key", { exact: true });
  await key.fill("seat_count");
  await key.press("Enter");
  const label = settings.getByLabel("Label", { exact: true });
  await label.fill("Seats");
  await label.press("Tab");
  await expect(page.getByTestId("canvas-field-seat_count")).toContainText("Seats");
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 20_000 });
  const minimum = settings.getByLabel("Minimum", { exact: true });
  const maximum = settings.getByLabel("Maximum", { exact: true });
  await minimum.fill("10");
  await maximum.fill("5");
  const message = "The minimum (10) is more than the maximum (5).";
  await expect(settings.getByText(message)).toBeVisible();
  await expect(maximum).toHaveAttribute("aria-invalid", "true");
  await expect(minimum).toHaveAttribute("aria-invalid", "true");
  await expect(maximum).toHaveAccessibleDescription(message);
  await expect(page.getByTestId("canvas-field-seat_count")).toContainText("Not saved: the minimum (10) is more than the maximum (5)");
  await expect(page.getByTestId("save-status")).toContainText(/Not saved — Step \d, question \d \(Seats\): the minimum \(10\) is more than the maximum \(5\)/);

  // A long label, required: cut with an ellipsis on the canvas, its "*" still in view.
  const long = "What is the approximate number of seats your whole organisation would need in the first year of the contract";
  await label.fill(long);
  await settings.getByRole("checkbox", { name: "Required" }).check();
  const item = page.getByTestId("canvas-field-seat_count");
  const marker = item.getByTestId("canvas-field-required");
  await expect(marker).toBeVisible();
  // The "*" is seen, not read out; "(required)" is read with the question's name.
  await expect(marker.locator('[aria-hidden="true"]')).toHaveText("*");
  await expect(item.locator("button[aria-pressed]")).toHaveAccessibleName(/\(required\)/);
  // Inside the question's button (which clips what overflows), not cut off past its right edge.
  const [box, markerBox] = [await item.locator("button[aria-pressed]").boundingBox(), await marker.boundingBox()];
  expect(markerBox && box && markerBox.x + markerBox.width <= box.x + box.width, `marker ${JSON.stringify(markerBox)} inside ${JSON.stringify(box)}`).toBe(true);
  const labelText = item.getByTestId("canvas-field-label").locator("span").first();
  expect(await labelText.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath("builder-bounds-and-long-label-1280.png") });
  await settings.getByText(message).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("builder-bounds-at-field-1280.png") });

  // The server refuses the same draft when it is sent anyway (what the builder did not save).
  const editor = await page.request.get(`/api/trpc/forms.get?input=${encodeURIComponent(JSON.stringify({ json: { formId } }))}`);
  const form = ((await editor.json()) as { result: { data: { json: { definition: { steps: { fields: Record<string, unknown>[] }[] }; scoring: unknown } } } }).result.data.json;
  expect(form.definition.steps[0]!.fields.find((f) => f.key === "seat_count")?.validation).toBeUndefined();
  const fields = form.definition.steps[0]!.fields.map((f) => (f.key === "seat_count" ? { ...f, validation: { min: 10, max: 5 } } : f));
  const refused = await page.request.post("/api/trpc/forms.updateDraft", {
    data: { json: { formId, definition: { ...form.definition, steps: [{ ...form.definition.steps[0], fields }, ...form.definition.steps.slice(1)] }, scoring: form.scoring } },
  });
  expect(refused.status()).not.toBe(200);
  expect(await refused.text()).toContain("'Seats': the minimum (10) is more than the maximum (5); no answer can meet both");

  // Fixed: saved.
  await maximum.fill("50");
  await expect(settings.getByText(message)).toHaveCount(0);
  await expect(maximum).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 20_000 });
});

test("a label and the automatic key that follows it are one undo step", async ({ page }) => {
  test.setTimeout(120_000);
  await openNewFormInBuilder(page, { name: "Undo relabel" }, AT_1280);
  const settings = page.getByTestId("field-settings");
  const label = settings.getByLabel("Label", { exact: true });
  const key = settings.getByLabel("Key", { exact: true });

  await page.getByRole("button", { name: "Add Single choice" }).click();
  await expect(key).toHaveValue("single_choice");
  await label.fill("Your role");
  await label.press("Tab");
  await expect(key).toHaveValue("your_role");

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("canvas-field-single_choice")).toContainText("Single choice");
  await expect(label).toHaveValue("Single choice");
  await expect(key).toHaveValue("single_choice");
  // The step before was adding the question: undo once more and it is gone.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByTestId("canvas-field-single_choice")).toHaveCount(0);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(page.getByTestId("canvas-field-your_role")).toContainText("Your role");
});

test("a Key that a removed, published question had is refused", async ({ page }) => {
  test.setTimeout(120_000);
  await openNewFormInBuilder(page, { name: "Reused key", publish: true }, AT_1280);
  await expect(page.getByTestId("publication-status")).toHaveText("Live: version 1");

  await page.getByRole("button", { name: "Remove Company", exact: true }).click();
  await expect(page.getByTestId("canvas-field-company")).toHaveCount(0);
  await page.getByRole("button", { name: "Add Short text" }).click();
  const key = page.getByTestId("field-settings").getByLabel("Key", { exact: true });
  await key.fill("company");
  await expect(page.getByText("The key 'company' belonged to a question that was published and has since been removed")).toBeVisible();
  await expect(key).toHaveAttribute("aria-invalid", "true");
  await key.press("Enter");
  await expect(page.getByTestId("canvas-field-company")).toHaveCount(0);
  // Another key is fine.
  await key.fill("company_name");
  await key.press("Enter");
  await expect(page.getByTestId("canvas-field-company_name")).toBeVisible();
});
