// The leads and reps lists at a small laptop's width (1024 px) and on a phone (390 px), as a
// manager reads them. At 1024 px the leads filters' menus show their choice in full (in seven
// columns each menu was ~125 px: "Newest firs"), a tier pill is one line ("Sales-" over "ready"
// before) and the table still fits its card (a long email under a name may break). On a phone
// each rep is a stacked row: where they are now, their capacity and Edit are on screen, not past
// the card's edge in a table only Rep, Tier and Segments of which showed. Sibling of
// leads-narrow.spec.ts and narrow-pages.spec.ts (the page never scrolls sideways).
import type { Locator, Page } from "@playwright/test";
import { submitSalesReadyLead } from "./demo-lead";
import { expect, signInAs, test } from "./fixtures";

/** For each of the search form's menus: its width and the width it takes when left to fit its longest choice. */
async function menuWidths(form: Locator) {
  return form.locator("select").evaluateAll((selects) =>
    selects.map((select) => {
      const probe = select.cloneNode(true) as HTMLSelectElement;
      probe.style.cssText = "position:absolute;visibility:hidden;width:auto;max-width:none;left:0;top:0";
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      return { name: select.id, width: Math.round(select.getBoundingClientRect().width), needed: Math.round(needed) };
    }),
  );
}

async function scrollerFits(table: Locator) {
  return table.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
}

async function pageFits(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${new URL(page.url()).pathname} is ${widths.scroll}px wide in ${widths.client}px`).toBeLessThanOrEqual(widths.client);
}

test("leads at 1024 px: every filter menu shows its choice in full, tier pills are one line, the table fits its card", async ({ page, request }) => {
  await submitSalesReadyLead(request, "laptop");
  await page.setViewportSize({ width: 1024, height: 800 });
  await signInAs(page, "manager");
  await page.goto("/leads");
  const table = page.getByRole("table", { name: "Leads" });
  await expect(table).toBeVisible();
  await pageFits(page);

  for (const menu of await menuWidths(page.getByRole("search", { name: "Filter leads" }))) {
    expect.soft(menu.width, `the ${menu.name} menu is ${menu.width}px; its longest choice needs ${menu.needed}px`).toBeGreaterThanOrEqual(menu.needed);
  }

  // A tier pill is as tall as a one-line pill (the Status column's, which never wraps).
  const status = (await table.getByRole("row").nth(1).getByRole("cell").nth(4).locator("span").first().boundingBox())!;
  const tiers = table.getByRole("row").locator("td:nth-child(7) > span");
  for (const box of await tiers.evaluateAll((spans) => spans.map((s) => ({ text: s.textContent, height: s.getBoundingClientRect().height })))) {
    expect.soft(box.height, `the tier pill "${box.text}" is ${box.height}px tall (one line: ${status.height}px)`).toBeLessThanOrEqual(status.height + 1);
  }

  const scroller = await scrollerFits(table);
  expect(scroller.scroll, "the leads table scrolls sideways inside its card at 1024 px").toBeLessThanOrEqual(scroller.client);
});

test("reps on a phone: each rep is a stacked row with where they are now, capacity and Edit on screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "manager");
  await page.goto("/reps");
  const table = page.getByRole("table");
  const tom = table.getByRole("row").filter({ hasText: "Tom Becker" });
  await expect(tom.getByRole("link", { name: "Edit Tom Becker" })).toBeVisible();
  await pageFits(page);
  const scroller = await scrollerFits(table);
  expect(scroller.scroll, "the reps table scrolls sideways inside its card").toBeLessThanOrEqual(scroller.client);

  const card = (await table.boundingBox())!;
  for (const [what, target] of [
    ["Edit", tom.getByRole("link", { name: "Edit Tom Becker" })],
    ["where he is now", tom.getByRole("cell").nth(4)],
    ["capacity", tom.getByRole("cell", { name: /open · \d+\/day/ })],
    ["teams", tom.getByRole("cell").nth(7)],
  ] as const) {
    const box = (await target.boundingBox())!;
    expect.soft(box.x + box.width, `${what} ends at ${Math.round(box.x + box.width)}px, the table at ${Math.round(card.x + card.width)}px`).toBeLessThanOrEqual(card.x + card.width + 0.5);
    expect.soft(box.x + box.width, `${what} is off the screen`).toBeLessThanOrEqual(390);
  }
  await expect(tom).toContainText("Capacity");
});
