// Replay's "Share per destination" table on a phone (390 px) and a desktop (1280 px): its cells were
// unpadded, so headers ran together ("PublishedDraft") and so did cells ("Maya Rodriguez6 (12%)").
// Each column's text now ends well before the next one's begins, and the page never scrolls sideways.
import type { Locator } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { pageWidth } from "./page-width";
import { trpcCall } from "./trpc";

/** Horizontal gap between the text of two adjacent cells (their contents, not their boxes). */
async function textGap(left: Locator, right: Locator): Promise<number> {
  const edge = (el: Element, side: "left" | "right") => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect()[side];
  };
  return (await right.evaluate(edge, "left" as const)) - (await left.evaluate(edge, "right" as const));
}

async function expectSpaced(table: Locator) {
  const headers = await table.getByRole("columnheader").all();
  for (let i = 1; i < headers.length; i++) expect(await textGap(headers[i - 1]!, headers[i]!)).toBeGreaterThanOrEqual(12);
  // The body cells share the header cells' padding (the e2e workspace may have no replayed leads, so rows are not read here).
}

test("replay's share table: spaced columns at 390 px and 1280 px", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "manager");
  await trpcCall(page, "routing.discardDraft", undefined, "mutation");
  await page.goto("/routing");
  // The editor loads its data after the page: on a busy 2-core machine that has taken over 10 s.
  await expect(page.getByTestId("routing-status")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Replay with the draft" }).click();
  const table = page.getByRole("table", { name: "Share per destination" });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole("columnheader")).toHaveText(["Destination", "Published", "Draft", "Change"]);

  await expectSpaced(table);
  const width = await pageWidth(page);
  expect(width.scroll, `the page is ${width.scroll}px wide at 390 px; sticking out:\n${width.culprits.join("\n")}`).toBeLessThanOrEqual(390);
  await table.screenshot({ path: testInfo.outputPath("replay-table-390.png") });

  await page.setViewportSize({ width: 1280, height: 900 });
  await expectSpaced(table);
  await table.screenshot({ path: testInfo.outputPath("replay-table-1280.png") });
});
