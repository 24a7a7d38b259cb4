// The routing editor on a phone (390 px) with names someone typed long: a select is as wide as its
// longest option, so a published form named like a campaign pushed the whole page sideways (the
// Test a lead panel's Form select: 424 px on a 390 px screen in a full e2e run). Selects now stay
// within their box; the page never scrolls sideways.
import { expect, signInAs, test } from "./fixtures";
import { pageWidth } from "./page-width";
import { trpcCall } from "./trpc";

test("a published form with a long name: the routing editor still fits a 390 px screen", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin");
  const name = `Enterprise demo request for North American banking and insurance accounts ${Date.now()}`;
  const { id } = await trpcCall<{ id: string }>(page, "forms.create", { name }, "mutation");
  await trpcCall(page, "forms.publish", { formId: id }, "mutation");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/routing");
  // The editor loads its data after the page: on a busy 2-core machine that has taken over 10 s.
  await expect(page.getByTestId("routing-status")).toBeVisible({ timeout: 30_000 });
  const select = page.getByRole("form", { name: "Test a lead" }).getByLabel("Form", { exact: true });
  await expect(select.locator("option", { hasText: name })).toHaveCount(1);
  await select.selectOption({ label: name });

  const width = await pageWidth(page);
  expect(width.scroll, `the page is ${width.scroll}px wide at 390 px; sticking out:\n${width.culprits.join("\n")}`).toBeLessThanOrEqual(390);
  const box = (await select.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});
