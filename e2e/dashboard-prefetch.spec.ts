// The dashboard prefetches a page only when the user reaches for its link (hover, focus, touch),
// not every link that scrolls into view. Its pages are dynamic, so each viewport prefetch was a
// partial render on the server: one full page load asked for the 15 nav links and the visible
// rows of a list — most of one journey's requests (e2e nurture: ~300 of ~410), for pages never
// opened. The sign-in landing page (/dashboard) and every dashboard list and page use the same
// link. Prefetching happens in production builds only, which is what e2e runs.
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
  // The pointer rests where no link is (after sign-in it may sit on a link the next page draws
  // under it), so only what the test hovers is reached for.
  await page.mouse.move(1279, 799);
  const prefetched = recordPrefetches(page);

  await page.goto("/reps");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Reps", exact: true })).toHaveAttribute("aria-current", "page");
  // The reps list: a link per rep (the demo workspace has four), not "Add rep".
  const repLinks = page.getByRole("main").locator('a[href^="/reps/"]:not([href="/reps/new"])');
  await expect(repLinks.first()).toBeVisible();
  // Hydrated, and the network has gone quiet: any viewport prefetch would have been sent by now.
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);

  // Intent by pointer: hovering a nav link prefetches that page (and only it).
  const formsPrefetch = page.waitForRequest((request) => isPrefetch(request) && pathOf(request) === "/forms");
  await nav.getByRole("link", { name: "Forms", exact: true }).hover();
  await formsPrefetch;

  // Intent by keyboard: focusing a rep's link prefetches that rep's page.
  const firstRep = repLinks.first();
  const repPath = await firstRep.getAttribute("href");
  const repPrefetch = page.waitForRequest((request) => isPrefetch(request) && pathOf(request) === repPath);
  await firstRep.focus();
  await repPrefetch;
  expect(new Set(prefetched)).toEqual(new Set(["/forms", repPath]));

  // And the links still navigate.
  await nav.getByRole("link", { name: "Forms", exact: true }).click();
  await expect(page).toHaveURL(/\/forms$/);
  await expect(nav.getByRole("link", { name: "Forms", exact: true })).toHaveAttribute("aria-current", "page");
});
