// The dashboard's navigation says where you are and stays one row. The link of the current section
// carries aria-current="page" (and looks current), on its own page and the pages under it, in the
// top bar and in the phone's Menu; no other link does. From lg (1024 px) the admin's fifteen links
// sit in one row under the bar (tighter spacing below 1280 px): they used to wrap to two rows
// between 1024 and 1279 px. Sibling of phone-width.spec.ts (the Menu below lg).
import type { Locator, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** The names of the nav's links that carry aria-current="page". */
async function currentLinks(nav: Locator): Promise<string[]> {
  return nav.locator('a[aria-current="page"]').allInnerTexts();
}

/** The distinct tops of the nav's visible links: one value when they sit in one row. */
async function linkRows(nav: Locator): Promise<number[]> {
  const tops = await nav.getByRole("link").evaluateAll((links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => Math.round(a.getBoundingClientRect().top)));
  return [...new Set(tops)];
}

test("the current section's link carries aria-current, on its pages and those under it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "admin");
  const nav = mainNav(page);

  await page.goto("/leads");
  await expect(nav.getByRole("link", { name: "Leads", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Leads"]);

  // A page under a section (a form's page) is that section's.
  await nav.getByRole("link", { name: "Forms", exact: true }).click();
  await expect(page).toHaveURL(/\/forms$/);
  await expect(nav.getByRole("link", { name: "Forms", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("main").locator('a[href^="/forms/"]').first().click();
  await expect(page).toHaveURL(/\/forms\/[^/]+/);
  await expect(nav.getByRole("link", { name: "Forms", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Forms"]);

  // A settings link, reached by a client-side navigation: the mark moves with it.
  await nav.getByRole("link", { name: "Members", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(nav.getByRole("link", { name: "Members", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Members"]);
});

for (const width of [1024, 1100, 1280]) {
  test(`the admin's navigation is one row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signInAs(page, "admin");
    await page.goto("/dashboard");
    const nav = mainNav(page);
    await expect(nav.getByRole("link", { name: "Jobs", exact: true })).toBeVisible();
    await expect(nav.getByRole("link")).toHaveCount(15);
    expect(await linkRows(nav), "the tops of the nav's links").toHaveLength(1);
    const box = (await nav.boundingBox())!;
    const jobs = (await nav.getByRole("link", { name: "Jobs", exact: true }).boundingBox())!;
    expect(jobs.x + jobs.width, "the last link ends inside the nav").toBeLessThanOrEqual(box.x + box.width);
    expect(await currentLinks(nav)).toEqual(["Overview"]);
  });
}

test("on a phone, the Menu marks the current section", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "admin");
  await page.goto("/settings/webhooks");
  await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "Webhooks", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Webhooks"]);
});
