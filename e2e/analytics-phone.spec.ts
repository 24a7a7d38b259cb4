// Analytics on a phone (390 px): the filters (From … Score band) fold behind a "Filters" button
// that counts the filters set, so the first figure is on the first screen; the button opens by
// keyboard and Apply filters the view. From sm up the filters are laid out as before, no button.
import { submitSalesReadyLead } from "./demo-lead";
import { expect, signInAs, test } from "./fixtures";
import { resetTestClock } from "./test-clock";

test("on a 390 px phone the first figure shows without scrolling; the folded filters count, open by keyboard and apply", async ({ page, request }) => {
  await resetTestClock(request);
  await submitSalesReadyLead(request, "phone");
  const hydration: string[] = [];
  page.on("console", (m) => /hydrat/i.test(m.text()) && hydration.push(m.text().slice(0, 200)));
  await signInAs(page, "manager");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/analytics");
  // The view's first figure: its chart, or the line saying there is nothing to chart.
  const firstFigure = () => page.getByTestId("analytics-chart").or(page.getByText("Nothing to chart in this period.")).first();
  await expect(firstFigure()).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await expect(page.getByLabel("From")).toBeHidden();
  const toggle = page.getByRole("button", { name: "Filters", exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const controls = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
  await expect(controls).toBeHidden();

  // Keyboard: Tab from the last view tab to the button, Space opens the filters.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link").last().focus();
  await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(controls).toBeVisible();
  await expect(page.getByLabel("Score band")).toBeVisible();
  await page.getByLabel("Tier").selectOption({ label: "Sales-ready" });
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page).toHaveURL(/[?&]tier=sales_ready(&|$)/);

  // Folded again, the button says a filter is set, and the figure is still first.
  await expect(page.getByRole("button", { name: "Filters · 1 active", exact: true })).toHaveAttribute("aria-expanded", "false");
  await expect(firstFigure()).toBeInViewport();

  // From sm up: every filter laid out, no button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByLabel("From")).toBeVisible();
  await expect(page.getByLabel("Tier")).toHaveValue("sales_ready");
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Filters/ })).toHaveCount(0);
  expect(hydration).toEqual([]);
});
