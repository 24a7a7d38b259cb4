// The dashboard on a phone (390 px, iPhone width). The top bar is one row — brand, workspace and a
// "Menu" disclosure that lists the navigation and the account (Escape closes it and gives focus
// back; following a link closes it) — instead of wrapping to 3–4 rows. No page scrolls sideways:
// the leads list is one stacked row per lead (no sideways scroll inside its card either), the
// form builder stacks palette, canvas, settings and preview, and the overview's figures sit two to
// a row. Sibling of narrow-pages.spec.ts and leads-narrow.spec.ts; desktop widths are covered by
// the specs that click the nav (access, webhooks) and by the form-builder specs.
import type { Locator, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };
/** One row of the bar: brand, workspace and Menu (~49 px). Before, it wrapped to ~180–230 px. */
const MAX_BAR_HEIGHT = 64;

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, viewport: window.innerWidth }));
  expect.soft(widths.scroll, `${new URL(page.url()).pathname} is ${widths.scroll}px wide in a ${widths.viewport}px viewport`).toBeLessThanOrEqual(widths.viewport);
}

async function expectOneRowBar(page: Page) {
  const bar = (await page.getByRole("banner").boundingBox())!;
  expect.soft(bar.height, `the top bar of ${new URL(page.url()).pathname} is ${bar.height}px tall`).toBeLessThanOrEqual(MAX_BAR_HEIGHT);
}

async function expectOnScreen(target: Locator) {
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  expect.soft(box.x + box.width, `${await target.textContent()} ends at ${Math.round(box.x + box.width)}px`).toBeLessThanOrEqual(PHONE.width);
}

test.beforeEach(async ({ page }) => page.setViewportSize(PHONE));

test("the top bar is one row; Menu lists every link of the role, by keyboard; Escape and a link close it", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/dashboard");
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await expectOneRowBar(page);
  await expectNoSidewaysScroll(page);

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // A list: one link under the other, each on screen, the settings' links too.
  const overview = (await nav.getByRole("link", { name: "Overview" }).boundingBox())!;
  const inbox = (await nav.getByRole("link", { name: "Inbox" }).boundingBox())!;
  expect(inbox.y).toBeGreaterThanOrEqual(overview.y + overview.height);
  expect(inbox.x).toBe(overview.x);
  for (const name of ["Overview", "Leads", "Forms", "Routing", "Jobs", "Settings"]) await expectOnScreen(nav.getByRole("link", { name, exact: true }));
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The first Tab from Menu goes into the menu it opened.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("banner").locator(":focus")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Leads", exact: true }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
});

test("the overview's figures sit two to a row, so both sections' figures come before the reps' table", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/dashboard");
  const now = page.getByRole("region", { name: "Right now" });
  const waiting = (await now.getByText("Waiting for first contact").boundingBox())!;
  const pastSla = (await now.getByText("Past the SLA", { exact: true }).boundingBox())!;
  // Side by side: the same row, the second one to the right. Before, one card per row (8 rows).
  expect(Math.abs(pastSla.y - waiting.y)).toBeLessThan(waiting.height);
  expect(pastSla.x).toBeGreaterThan(waiting.x + waiting.width);
  const day = page.getByRole("region", { name: "Last 24 hours" });
  const submitted = (await day.getByText("Submitted", { exact: true }).boundingBox())!;
  const routed = (await day.getByText("Routed to a rep", { exact: true }).boundingBox())!;
  expect(Math.abs(routed.y - submitted.y)).toBeLessThan(submitted.height);
  await expectNoSidewaysScroll(page);
});

test("a rep's menu has a rep's links, Settings leading to My calendar; the inbox fits the screen", async ({ page }) => {
  await signInAs(page, "sarah");
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await expectOneRowBar(page);
  await expectNoSidewaysScroll(page);
  await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Jobs" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Routing" })).toHaveCount(0);
  const settings = nav.getByRole("link", { name: "Settings", exact: true });
  await expectOnScreen(settings);
  // The rep's one settings page, listed above it on a phone (no Menu to open for it).
  await settings.click();
  await expect(page).toHaveURL(/\/settings\/calendar$/);
  await expect(nav).toBeHidden();
  const mine = page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "My calendar", exact: true });
  await expect(mine).toHaveAttribute("aria-current", "page");
  await expectOnScreen(mine);
  await expectOneRowBar(page);
  await expectNoSidewaysScroll(page);
});

test("each lead is one stacked row: name, company, tier, owner and time on screen, nothing scrolls sideways", async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const name = `Phoebe Phone ${stamp}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `phoebe.${stamp}@phone-bank.com`, full_name: name, company: `Phone Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  await signInAs(page, "admin");
  // The list as the suite left it (whatever other specs submitted): nothing scrolls sideways.
  await page.goto("/leads");
  const table = page.getByRole("table", { name: "Leads" });
  await expect(table).toBeVisible();
  await expectOneRowBar(page);
  await expectNoSidewaysScroll(page);
  // No sideways scroll inside the card either (the ten-column table needed one).
  const scroller = await table.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
  expect(scroller.scroll, "the leads table scrolls sideways in its card").toBeLessThanOrEqual(scroller.client);
  // This spec's lead, found by search: newest first, the first page can be all leads other specs
  // submitted on the test clock's later day (test-clock.ts), with this one on page 2.
  await page.goto(`/leads?search=${stamp}`);
  await expectNoSidewaysScroll(page);
  const row = table.getByRole("row").filter({ hasText: name });
  await expectOnScreen(row.getByRole("link", { name }));
  await expectOnScreen(row.getByText(`Phone Bank ${stamp}`));
  await expectOnScreen(row.getByText("Sales-ready"));
  await expectOnScreen(row.locator("time"));
});

test("the form builder fits the screen with a question's settings open", async ({ page }) => {
  await signInAs(page, "marketer");
  await page.goto("/forms");
  await page.getByTestId("form-row-demo").getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByTestId("canvas")).toBeVisible();
  await expectNoSidewaysScroll(page);
  // A dropdown's settings: its options and the points grid, the panel's widest content.
  await page.getByTestId("canvas-field-industry").getByRole("button", { name: /^Industry/ }).click();
  await expect(page.getByRole("textbox", { name: "Label", exact: true })).toHaveValue("Industry");
  await expectNoSidewaysScroll(page);
  await expectOnScreen(page.getByRole("button", { name: "Add option" }));
});
