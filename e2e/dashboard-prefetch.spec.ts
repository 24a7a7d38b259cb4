// The dashboard prefetches a page only when the user reaches for its link (hover, focus, touch),
// not every link that scrolls into view. Its pages are dynamic, so each viewport prefetch was a
// partial render on the server: one full page load of /leads asked for the 15 nav links and the
// visible lead rows — most of one journey's requests (e2e nurture: ~300 of ~410), for pages never
// opened. Prefetching happens in production builds only, which is what e2e runs.
import type { Page, Request } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;
const pathOf = (request: Request) => new URL(request.url()).pathname;

/** Every prefetch request the page makes from now on, by path. */
function recordPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) paths.push(pathOf(request));
  });
  return paths;
}

test("a dashboard page prefetches no link until one is hovered or focused; then that link's", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "admin");
  const prefetched = recordPrefetches(page);

  await page.goto("/leads");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Leads", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main").locator('a[href^="/leads/"]').first()).toBeVisible();
  // Hydrated, and the network has gone quiet: any viewport prefetch would have been sent by now.
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);

  // Intent by pointer: hovering a nav link prefetches that page (and only it).
  const formsPrefetch = page.waitForRequest((request) => isPrefetch(request) && pathOf(request) === "/forms");
  await nav.getByRole("link", { name: "Forms", exact: true }).hover();
  await formsPrefetch;

  // Intent by keyboard: focusing a lead's link prefetches that lead's page.
  const firstLead = page.getByRole("main").locator('a[href^="/leads/"]').first();
  const leadPath = await firstLead.getAttribute("href");
  const leadPrefetch = page.waitForRequest((request) => isPrefetch(request) && pathOf(request) === leadPath);
  await firstLead.focus();
  await leadPrefetch;
  expect(new Set(prefetched)).toEqual(new Set(["/forms", leadPath]));

  // And the links still navigate.
  await nav.getByRole("link", { name: "Forms", exact: true }).click();
  await expect(page).toHaveURL(/\/forms$/);
  await expect(nav.getByRole("link", { name: "Forms", exact: true })).toHaveAttribute("aria-current", "page");
});
