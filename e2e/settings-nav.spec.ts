// The workspace settings' own navigation. The top bar has one "Settings" link (the settings pages
// were eight links of their own, and Currencies, a ninth, did not fit: it was reachable only from
// the Routing page). Every page under /settings lists the settings pages the role may open —
// beside the page from 1024 px, above it on a phone — with aria-current="page" on the current one.
// Each page still checks the role on the server. Sibling of dashboard-nav.spec.ts (the top bar).
import type { Locator, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { mainNav, openSettingsPage, settingsNav } from "./settings-nav";

const ADMIN_SETTINGS = ["Meeting types", "Members", "API keys", "Webhooks", "Nurture", "Currencies"];

async function box(target: Locator) {
  await expect(target).toBeVisible();
  return (await target.boundingBox())!;
}

async function currentSettings(page: Page): Promise<string[]> {
  return settingsNav(page).locator('a[aria-current="page"]').allInnerTexts();
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, viewport: window.innerWidth }));
  expect.soft(widths.scroll, `${new URL(page.url()).pathname} is ${widths.scroll}px wide in a ${widths.viewport}px viewport`).toBeLessThanOrEqual(widths.viewport);
}

/** From lg: the links one under the other, in one column left of the page's title. */
async function expectListBesideThePage(page: Page, width: number) {
  const links = settingsNav(page).getByRole("link");
  const first = await box(links.first());
  const last = await box(links.last());
  expect(last.x, `one column at ${width} px`).toBe(first.x);
  expect(last.y, `one under the other at ${width} px`).toBeGreaterThan(first.y + (ADMIN_SETTINGS.length - 2) * first.height);
  const nav = await box(settingsNav(page));
  const title = await box(page.getByRole("heading", { level: 1 }));
  expect(nav.x + nav.width, `the list is left of the page at ${width} px`).toBeLessThanOrEqual(title.x);
  await expectNoSidewaysScroll(page);
}

test("an admin finds every settings page, Currencies too, through Settings; the current one is marked", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "admin");
  await openSettingsPage(page, "API keys");
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await expect(settingsNav(page).getByRole("link")).toHaveText(ADMIN_SETTINGS);
  expect(await currentSettings(page)).toEqual(["API keys"]);
  await expectListBesideThePage(page, 1280);

  // The page Admins could not find: one click from any settings page, and the marks move with it.
  await settingsNav(page).getByRole("link", { name: "Currencies", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/currencies$/);
  await expect(page.getByRole("heading", { name: "Currencies", level: 1 })).toBeVisible();
  await expect(settingsNav(page).getByRole("link", { name: "Currencies", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentSettings(page)).toEqual(["Currencies"]);
  await expect(mainNav(page).locator('a[aria-current="page"]')).toHaveText(["Settings"]);

  await page.setViewportSize({ width: 1024, height: 768 });
  await expectListBesideThePage(page, 1024);
});

test("on a phone the settings are listed above the page, each on screen, without opening the Menu", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "admin");
  await page.goto("/settings/currencies");
  const title = await box(page.getByRole("heading", { name: "Currencies", level: 1 }));
  await expect(settingsNav(page).getByRole("link")).toHaveText(ADMIN_SETTINGS);
  for (const name of ADMIN_SETTINGS) {
    const link = await box(settingsNav(page).getByRole("link", { name, exact: true }));
    expect.soft(link.x + link.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
    expect.soft(link.y + link.height, `${name} is above the page's title`).toBeLessThanOrEqual(title.y);
  }
  // Compact: at most two rows of links, not one per line.
  const tops = await settingsNav(page).getByRole("link").evaluateAll((links) => [...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))]);
  expect(tops.length, "rows of settings links").toBeLessThanOrEqual(2);
  expect(await currentSettings(page)).toEqual(["Currencies"]);
  await expectNoSidewaysScroll(page);

  await settingsNav(page).getByRole("link", { name: "API keys", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  await expect(settingsNav(page).getByRole("link", { name: "API keys", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentSettings(page)).toEqual(["API keys"]);
  await expectNoSidewaysScroll(page);
});

test("a rep's Settings is My calendar alone; admin settings stay closed to them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "tom");
  await openSettingsPage(page, "My calendar");
  await expect(page).toHaveURL(/\/settings\/calendar$/);
  await expect(settingsNav(page).getByRole("link")).toHaveText(["My calendar"]);
  const response = await page.goto("/settings/api-keys");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});
