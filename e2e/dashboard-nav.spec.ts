// The dashboard's navigation says where you are and stays one row. The link of the current section
// carries aria-current="page" (and looks current), on its own page and the pages under it, in the
// top bar and in the phone's Menu; no other link does. The workspace settings are one link,
// "Settings", current on every page under /settings (their own navigation: settings-nav.spec.ts).
// From lg (1024 px) every role's links sit in one row under the bar: an admin's fifteen needed
// tighter spacing below 1280 px, and a sixteenth (Currencies) wrapped them to two rows.
// Sibling of phone-width.spec.ts (the Menu below lg).
import type { Locator } from "@playwright/test";
import { expect, signInAs, test, type DemoUser } from "./fixtures";
import { mainNav, settingsNav } from "./settings-nav";

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

  // Settings, reached by a client-side navigation: the mark moves with it, and stays on Settings
  // from one settings page to another (through the settings navigation).
  await nav.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/meeting-types$/);
  await expect(nav.getByRole("link", { name: "Settings", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Settings"]);
  await settingsNav(page).getByRole("link", { name: "Members", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(settingsNav(page).getByRole("link", { name: "Members", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Settings"]);
});

/** Each role's links in the top bar, in order: the workspace settings are one link, last. */
const LINKS: Record<Exclude<DemoUser, "sarah" | "kenji" | "maya">, string[]> = {
  owner: ["Overview", "Inbox", "Leads", "Forms", "Analytics", "Routing", "Sequences", "Reps", "Teams", "Jobs", "Settings"],
  admin: ["Overview", "Inbox", "Leads", "Forms", "Analytics", "Routing", "Sequences", "Reps", "Teams", "Jobs", "Settings"],
  manager: ["Overview", "Inbox", "Leads", "Forms", "Analytics", "Routing", "Sequences", "Reps", "Teams", "Settings"],
  marketer: ["Overview", "Leads", "Forms", "Analytics", "Sequences", "Reps", "Teams"],
  tom: ["Overview", "Inbox", "Leads", "Forms", "Sequences", "Reps", "Teams", "Settings"],
};

for (const [user, links] of Object.entries(LINKS) as [keyof typeof LINKS, string[]][]) {
  test(`${user}'s navigation is one row at 1024, 1100 and 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, user);
    await page.goto("/dashboard");
    const nav = mainNav(page);
    await expect(nav.getByRole("link")).toHaveText(links);
    for (const width of [1024, 1100, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const last = nav.getByRole("link", { name: links.at(-1)!, exact: true });
      await expect(last).toBeVisible();
      expect(await linkRows(nav), `the tops of the nav's links at ${width} px`).toHaveLength(1);
      const box = (await nav.boundingBox())!;
      const end = (await last.boundingBox())!;
      expect(end.x + end.width, `the last link ends inside the nav at ${width} px`).toBeLessThanOrEqual(box.x + box.width);
    }
    // A rep's overview is their inbox (/dashboard sends them there).
    expect(await currentLinks(nav)).toEqual([user === "tom" ? "Inbox" : "Overview"]);
  });
}

test("on a phone, the Menu marks the current section", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "admin");
  await page.goto("/settings/webhooks");
  await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "Settings", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await currentLinks(nav)).toEqual(["Settings"]);
});
