// The builder at the sizes a marketer's laptop has (1024×768, 1280×800): below 2xl the preview and
// the live score are a row under palette | canvas | settings. The palette stays in view only beside
// the canvas: it never floats over the preview (a choice in the preview under it could not be
// clicked), its items are reachable when it is taller than the window, and no type's name runs out
// of its button. And a question that another rule reads, removed: the builder says at once which
// rule still checks it, marks that rule's question, and Undo clears both. A rule card is named by
// its heading, not its id.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openNewFormInBuilder } from "./form-builder-fixture";

const definition = {
  title: "Layout journey",
  steps: [
    {
      id: "about",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "name", type: "short_text", label: "Full name" },
        { key: "company", type: "short_text", label: "Company" },
        { key: "role", type: "single_choice", label: "Your role", options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }] },
      ],
    },
    { id: "size", title: "Your team", fields: [{ key: "company_size", type: "company_size", label: "Company size" }] },
    { id: "needs", title: "Your needs", fields: [{ key: "seats", type: "number", label: "Seats" }, { key: "notes", type: "long_text", label: "Anything else?" }] },
  ],
  logic: [{ id: "show_seats", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "seats" } }],
  outcomes: [{ id: "thanks", type: "message", title: "Thank you!", body: "" }],
  defaultOutcomeId: "thanks",
};

async function openNewForm(page: Page): Promise<void> {
  await openNewFormInBuilder(page, { name: "Layout journey", definition });
  await expect(page.getByRole("button", { name: "Drag Anything else?" })).toBeVisible();
}

/** True when the element on top at the centre of `selector`'s first match is that element or inside it. */
function isOnTop(page: Page, testId: string, text: string): Promise<boolean> {
  return page.evaluate(([id, label]) => {
    const region = document.querySelector(`[data-testid="${id}"]`) ?? document.querySelector(`[aria-label="${id}"]`);
    const target = [...(region?.querySelectorAll("label, p, span, div") ?? [])].find((el) => el.textContent?.trim() === label);
    if (!target) return false;
    const box = target.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
    return top !== null && region!.contains(top);
  }, [testId, text] as const);
}

for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 800 }]) {
  test(`at ${size.width}×${size.height} the palette stays beside the canvas and fits its names`, async ({ page }) => {
    await page.setViewportSize(size);
    await openNewForm(page);
    const palette = page.getByRole("navigation", { name: "Questions" });

    // No question type's name runs out of its button.
    const overflowing = await palette.getByRole("button").evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
    expect.soft(overflowing).toEqual([]);

    // Every type can be reached: the last one (a hidden field, "UTM source") scrolls into view inside
    // the palette and adds a question.
    await palette.getByRole("button", { name: "Add Hidden field" }).click({ timeout: 5_000 }).catch((e: Error) => expect.soft(e.message, "Add Hidden field clicked").toBe(""));
    await expect(page.getByRole("button", { name: "Drag UTM source" })).toBeVisible();

    // The preview's choices and the live score are not covered by the palette, wherever they are.
    const preview = page.getByRole("region", { name: "Preview" });
    const vp = preview.getByRole("radio", { name: "VP" });
    await vp.scrollIntoViewIfNeeded();
    expect.soft(await isOnTop(page, "Preview", "VP")).toBe(true);
    await vp.check();
    await expect(vp).toBeChecked();
    await page.getByText("Live score", { exact: true }).scrollIntoViewIfNeeded();
    expect(await palette.boundingBox().then((b) => b!.y + b!.height)).toBeLessThanOrEqual((await page.getByText("Live score", { exact: true }).boundingBox())!.y);
  });
}

test("removing a question another rule reads says which rule, marks it, and Undo clears both", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openNewForm(page);
  const seats = page.getByTestId("canvas-field-seats");
  await expect(seats).toContainText("1 rule");
  await expect(page.getByTestId("canvas-field-missing-refs")).toHaveCount(0);
  // Its rule card is named by its heading, never by the rule's id.
  await seats.getByTestId("canvas-field-label").click();
  await expect.soft(page.getByRole("group", { name: "Show this question only if", exact: true })).toBeVisible();
  await expect.soft(page.getByRole("button", { name: "Remove the rule “Show this question only if”", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Remove Your role" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is removed" })).toHaveText(
    "“Your role” is removed, but the show-if rule of 'Seats' still checks it. Publishing is refused until you change that rule — or press Undo to bring the question back.",
  );
  await expect(seats.getByTestId("canvas-field-missing-refs")).toHaveText("Its rule checks 'role', no longer on the form");

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("button", { name: "Drag Your role" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "is removed" })).toHaveCount(0);
  await expect(page.getByTestId("canvas-field-missing-refs")).toHaveCount(0);
});
