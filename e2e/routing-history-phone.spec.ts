// Routing → History on a manager's phone (390 px): each version is a card (its number, when, by
// whom and its note, wrapped inside the card: nothing scrolls sideways and no column runs into
// the next, "VersionPublished"); from `sm` up it is the table the other history specs read.
import type { Locator } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/** Right edge of `inner` minus right edge of `outer` (≤ 0: inside). */
async function overhang(inner: Locator, outer: Locator): Promise<number> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  return a!.x + a!.width - (b!.x + b!.width);
}

test("routing history: cards at 390 px, a table at 1280 px", async ({ page }) => {
  await signInAs(page, "manager");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/routing/history");
  const cards = page.getByRole("list", { name: "Routing versions" });
  await expect(cards).toBeVisible();
  await expect(page.getByRole("table", { name: "Routing versions" })).toHaveCount(0);
  const latest = cards.getByRole("listitem").first();
  await expect(latest).toContainText(/^Version \d+\s*live/);
  await expect(latest.locator("time")).toBeVisible();
  const card = page.locator("section", { has: cards });
  const items = await cards.getByRole("listitem").all();
  for (const item of items) {
    expect(await overhang(item, card)).toBeLessThanOrEqual(0);
    // Nothing inside a version scrolls sideways (a note is wrapped, not clipped).
    expect(await item.evaluate((el) => [...el.querySelectorAll("*")].every((e) => e.scrollWidth <= e.clientWidth || e.clientWidth === 0))).toBe(true);
  }
  const page390 = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(page390).toBeLessThanOrEqual(390);

  await page.setViewportSize({ width: 1280, height: 900 });
  const table = page.getByRole("table", { name: "Routing versions" });
  await expect(table).toBeVisible();
  await expect(cards).toHaveCount(0);
  await expect(table.getByRole("columnheader")).toHaveText(["Version", "Published", "By", "Note", "Actions"]);
  // Spaced columns: the "Version" header's text ends well before "Published" begins.
  const version = await table.getByRole("columnheader", { name: "Version" }).evaluate((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return range.getBoundingClientRect().right;
  });
  const published = await table.getByRole("columnheader", { name: "Published" }).evaluate((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return range.getBoundingClientRect().left;
  });
  expect(published - version).toBeGreaterThanOrEqual(12);
});
