// The leads page on a phone (390 px): the page itself never scrolls sideways (nothing inside the
// table, such as its sr-only headers, widens it), and below md each lead is a stacked row, so the
// table does not scroll inside its card either (e2e/phone-width.spec.ts checks the row's content).
import { expect, signInAs, test } from "./fixtures";

test("the leads page does not scroll sideways at 390 px, nor the table in its card", async ({ page }) => {
  await signInAs(page, "admin");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/leads");
  const table = page.getByRole("table", { name: "Leads" });
  await expect(table).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  const scroller = await table.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
  expect(scroller.scroll).toBeLessThanOrEqual(scroller.client);
});
