// The leads page on a phone (390 px): the page itself never scrolls sideways (nothing inside the
// table, such as its sr-only headers, widens it), and below md each lead is a stacked row, so the
// table does not scroll inside its card either (e2e/phone-width.spec.ts checks the row's content).
// Each test submits a lead first, so the table is there when this spec runs alone.
import { submitSalesReadyLead } from "./demo-lead";
import { expect, signInAs, test } from "./fixtures";
import { resetTestClock } from "./test-clock";

test("the leads page does not scroll sideways at 390 px, nor the table in its card", async ({ page, request }) => {
  await submitSalesReadyLead(request, "narrow");
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

// Below sm the filter menus fold behind a "Filters" button that counts the filters set, so the
// first lead is on the first screen; from sm up the menus are laid out as before, with no button.
test("on a 390 px phone the first lead shows without scrolling; the folded filters count, open by keyboard and apply", async ({ page, request }) => {
  await resetTestClock(request);
  await submitSalesReadyLead(request, "narrow");
  const hydration: string[] = [];
  page.on("console", (m) => /hydrat/i.test(m.text()) && hydration.push(m.text().slice(0, 200)));
  await signInAs(page, "manager");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/leads");
  // The whole first lead, not only its top edge, is on the first screen.
  const rows = page.getByRole("table", { name: "Leads" }).locator("tbody tr");
  await expect(rows.first()).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeVisible();
  await expect(page.getByLabel("Tier")).toBeHidden();
  const toggle = page.getByRole("button", { name: "Filters", exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const controls = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
  await expect(controls).toBeHidden();

  // Keyboard: Tab from the search box to the button, Enter opens the menus.
  await search.focus();
  await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(controls).toBeVisible();
  await page.getByLabel("Tier").selectOption({ label: "Sales-ready" });
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page).toHaveURL(/[?&]tier=sales_ready(&|$)/);

  // Folded again on the filtered list, and the button says a filter is set.
  const counted = page.getByRole("button", { name: "Filters · 1 active", exact: true });
  await expect(counted).toHaveAttribute("aria-expanded", "false");
  await expect(rows.first()).toBeInViewport({ ratio: 1 });

  // The search box still submits with Enter while Apply is folded away, and keeps the tier.
  await search.fill("filters-bank");
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]search=filters-bank/);
  await expect(page).toHaveURL(/[?&]tier=sales_ready(&|$)/);
  await expect(counted).toBeVisible();

  // From sm up: every menu laid out, no button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByLabel("Tier")).toBeVisible();
  await expect(page.getByLabel("Tier")).toHaveValue("sales_ready");
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Filters/ })).toHaveCount(0);
  expect(hydration).toEqual([]);
});
