// The form builder's side panel follows what the marketer clicks: with the Scoring or End screens
// tab open, clicking a question (even the one already selected) or a step on the canvas shows its
// settings again. And the End screens tab for a role that may see but not change forms (a
// manager): every end screen and each tier's choice is shown, nothing can be added, removed or
// edited, and the server refuses a write sent anyway.
import { expect, signInAs, test } from "./fixtures";
import { createBuilderForm, openBuilder, openNewFormInBuilder } from "./form-builder-fixture";
import { trpcCall } from "./trpc";

type TDraft = { definition: { outcomes: object[]; tierOutcomes: Record<string, string> } & Record<string, unknown>; scoring: unknown };

test("clicking a question or a step while Scoring or End screens is open shows its settings", async ({ page }) => {
  test.setTimeout(240_000);
  // A new Blank form (Work email, Full name, Company; one "Thank you!" message).
  await openNewFormInBuilder(page, { name: "Panel tabs" }, { viewport: { width: 1280, height: 900 }, timeout: 90_000 });

  const settings = page.getByRole("complementary", { name: "Settings" });
  const panel = settings.getByRole("tabpanel");
  const email = page.getByTestId("canvas-field-email").getByRole("button", { name: /^Work email/ });
  const company = page.getByTestId("canvas-field-company").getByRole("button", { name: /^Company/ });

  await email.click();
  await expect(settings.getByRole("tab", { name: "Question" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByLabel("Label", { exact: true })).toHaveValue("Work email");

  // Scoring, then the same question again: its settings come back.
  await settings.getByRole("tab", { name: "Scoring" }).click();
  await expect(settings.getByRole("tab", { name: "Scoring" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByLabel("Label", { exact: true })).toHaveCount(0);
  await email.click();
  await expect(settings.getByRole("tab", { name: "Question" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByLabel("Label", { exact: true })).toHaveValue("Work email");

  // End screens, then another question.
  await settings.getByRole("tab", { name: "End screens" }).click();
  await expect(page.getByTestId("end-screens-editor")).toBeVisible();
  await company.click();
  await expect(page.getByTestId("end-screens-editor")).toHaveCount(0);
  await expect(settings.getByRole("tab", { name: "Question" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByLabel("Label", { exact: true })).toHaveValue("Company");

  // Scoring, then the step: the step's settings.
  await settings.getByRole("tab", { name: "Scoring" }).click();
  await page.getByRole("region", { name: "About you" }).getByRole("button", { name: /^Step 1/ }).click();
  await expect(settings.getByRole("tab", { name: "Step" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByText("Select a question or a step")).toHaveCount(0);

  // Removing the selected question from the End screens tab leaves the tab where it is.
  await settings.getByRole("tab", { name: "End screens" }).click();
  await page.getByRole("button", { name: "Remove Company" }).click();
  await expect(page.getByTestId("canvas-field-company")).toHaveCount(0);
  await expect(settings.getByRole("tab", { name: "End screens" })).toHaveAttribute("aria-selected", "true");
});

test("a manager sees the End screens tab read-only, and the server refuses their write", async ({ page }) => {
  test.setTimeout(240_000);
  // The marketer makes a form with two end screens, the second for Sales-ready leads.
  await signInAs(page, "marketer");
  const form = await createBuilderForm(page, { name: "Read-only end screens" });
  const formId = form.id;
  const draft = await trpcCall<TDraft>(page, "forms.get", { formId }, "query");
  const booking = { id: "book", type: "booking", title: "Book your demo", body: "Pick a time." };
  const definition = { ...draft.definition, outcomes: [...draft.definition.outcomes, booking], tierOutcomes: { sales_ready: "book" } };
  await trpcCall(page, "forms.updateDraft", { formId, definition, scoring: draft.scoring }, "mutation");
  await page.context().clearCookies();

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "manager");
  await openBuilder(page, form, 90_000);
  await page.getByRole("tab", { name: "End screens" }).click();
  const editor = page.getByTestId("end-screens-editor");
  const cards = editor.getByRole("group", { name: /^End screen/ });
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAccessibleName("End screen 1: Thank you! (default)");
  await expect(cards.nth(1)).toHaveAccessibleName("End screen 2: Book your demo");
  await expect(editor.getByLabel("Sales-ready leads see")).toHaveValue("book");
  await expect(cards.nth(1)).toContainText("Shown to: Sales-ready leads.");

  // Nothing to add or remove, no hint on how to remove, and every input is disabled.
  await expect(editor.getByRole("button")).toHaveCount(0);
  await expect(editor).not.toContainText("To remove it");
  await expect(editor).not.toContainText("Removing it");
  const inputs = editor.locator("input, select, textarea");
  await expect(inputs).toHaveCount(10); // 2 × (kind, title, text), 3 tiers, the default
  for (const input of await inputs.all()) await expect(input).toBeDisabled();

  // A write sent anyway is refused, and the draft is unchanged.
  const changed = { ...definition, outcomes: [definition.outcomes[0]], tierOutcomes: {} };
  const refused = await page.request.post("/api/trpc/forms.updateDraft", { data: { json: { formId, definition: changed, scoring: draft.scoring } }, timeout: 60_000 });
  expect(refused.status(), await refused.text()).toBe(403);
  const after = await trpcCall<TDraft>(page, "forms.get", { formId }, "query");
  expect(after.definition.outcomes).toHaveLength(2);
  expect(after.definition.tierOutcomes).toEqual({ sales_ready: "book" });
});
