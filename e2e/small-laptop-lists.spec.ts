// The leads and reps lists at a small laptop's width (1024 px) and on a phone (390 px), as a
// manager reads them, with names people typed long. At 1024 px the leads filters' menus show their
// choice in full (in seven columns each menu was ~125 px: "Newest firs"); a menu never grows past
// its column, a long form name in it is cut but reachable (chosen, it is the menu's title), as the
// open list may be wider than the menu. A tier pill is one line ("Sales-" over "ready" before), and
// the table fits its card: a campaign-long form name, an 80-letter company or a long name and email
// are broken or cut, not left to push the table ~700 px past its card. On a phone each rep is a
// stacked row: where they are now, their capacity and Edit are on screen, not past the card's edge.
// This spec makes its own long-named form and lead, and asserts only what must hold whatever
// other specs left in the database (the full suite shares one). Sibling of leads-narrow.spec.ts
// and narrow-pages.spec.ts (the page never scrolls sideways).
import type { Locator, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";
import { pageWidth } from "./page-width";
import { trpcCall } from "./trpc";

/** Real names are this long: a German company's, an old family's, a campaign's form. */
const COMPANY = "Donaudampfschifffahrtselektrizitaetenhauptbetriebswerkbauunterbeamtengesellschaft";
const SURNAME = "Wolfeschlegelsteinhausenbergerdorffvoralternwaren";

/** Each menu of the search form: its width, and the width its selected choice (or every choice) needs to show in full. */
async function menuWidths(form: Locator) {
  return form.locator("select").evaluateAll((elements) =>
    (elements as HTMLSelectElement[]).map((select) => {
      const needs = (keep: (o: HTMLOptionElement) => boolean) => {
        const probe = select.cloneNode(true) as HTMLSelectElement;
        for (const option of [...probe.options]) if (!keep(option)) option.remove();
        probe.style.cssText = "position:absolute;visibility:hidden;width:auto;max-width:none;left:0;top:0";
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return Math.round(width);
      };
      const cell = select.parentElement!.getBoundingClientRect();
      const box = select.getBoundingClientRect();
      return {
        name: select.id,
        width: Math.round(box.width),
        isInCell: box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5,
        selectedNeeds: needs((o) => o.value === select.value),
        everyNeeds: needs(() => true),
      };
    }),
  );
}

async function expectPageFits(page: Page) {
  const width = await pageWidth(page);
  expect(width.scroll, `${new URL(page.url()).pathname} is ${width.scroll}px wide in ${width.viewport}px; sticking out:\n${width.culprits.join("\n")}`).toBeLessThanOrEqual(width.viewport);
}

async function expectTableFitsCard(table: Locator, what: string) {
  const scroller = await table.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
  expect(scroller.scroll, `${what} scrolls sideways inside its card (${scroller.scroll}px in ${scroller.client}px)`).toBeLessThanOrEqual(scroller.client);
}

/** Every tier pill is as tall as a one-line pill (a status pill, which never wraps). */
async function expectOneLineTierPills(table: Locator) {
  const status = (await table.getByRole("row").nth(1).getByRole("cell").nth(4).locator("span").first().boundingBox())!;
  const tiers = table.getByRole("row").locator("td:nth-child(7) > span");
  for (const box of await tiers.evaluateAll((spans) => spans.map((s) => ({ text: s.textContent, height: s.getBoundingClientRect().height })))) {
    expect.soft(box.height, `the tier pill "${box.text}" is ${box.height}px tall (one line: ${status.height}px)`).toBeLessThanOrEqual(status.height + 1);
  }
}

test("leads at 1024 px with long names: nothing scrolls sideways, menus show their choice, a long form is reachable, tier pills are one line", async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 800 });
  await signInAs(page, "admin");
  const stamp = String(Date.now());
  const formName = `Q4_2026_enterprise_demo_request_north_america_banking_and_insurance_retargeting_${stamp}`;
  const form = await trpcCall<{ id: string; slug: string }>(page, "forms.create", { name: formName }, "mutation");
  await trpcCall(page, "forms.publish", { formId: form.id }, "mutation");
  const name = `Maximiliana ${SURNAME} ${stamp}`;
  const submitted = await request.post(`/api/v1/forms/${form.slug}/submissions`, {
    data: { answers: { email: `m.${SURNAME.toLowerCase().slice(0, 40)}.${stamp}@donaudampfschifffahrt-example.com`, name, company: COMPANY }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);

  // Its own lead: the long names are broken or cut inside their cells, the whole text in a title.
  await page.goto(`/leads?search=${stamp}`);
  const table = page.getByRole("table", { name: "Leads" });
  const row = table.getByRole("row").filter({ hasText: stamp });
  await expect(row.getByRole("link", { name })).toBeVisible();
  await expectPageFits(page);
  await expectTableFitsCard(table, "the leads table with a long-named lead");
  await expectOneLineTierPills(table);
  await expect(row.getByTitle(COMPANY, { exact: true })).toBeVisible();
  await expect(row.getByTitle(formName, { exact: true })).toBeVisible();

  // The list as the suite left it, whatever other specs submitted.
  await page.goto("/leads");
  await expect(table).toBeVisible();
  await expectPageFits(page);
  await expectTableFitsCard(table, "the leads table");
  await expectOneLineTierPills(table);

  // Each menu stays in its column and shows its choice in full; a menu of fixed words (status,
  // sort) would show any of its choices in full.
  const search = page.getByRole("search", { name: "Filter leads" });
  for (const menu of await menuWidths(search)) {
    expect.soft(menu.isInCell, `the ${menu.name} menu sticks out of its column`).toBe(true);
    expect.soft(menu.width, `the ${menu.name} menu is ${menu.width}px; its choice needs ${menu.selectedNeeds}px`).toBeGreaterThanOrEqual(menu.selectedNeeds);
    if (menu.name === "lead-status" || menu.name === "lead-sort") {
      expect.soft(menu.width, `the ${menu.name} menu is ${menu.width}px; its longest choice needs ${menu.everyNeeds}px`).toBeGreaterThanOrEqual(menu.everyNeeds);
    }
  }

  // The long-named form is a choice of the Form menu; chosen and applied, the menu names it in its
  // title (the closed menu cuts it) and the list is that form's lead; still nothing scrolls sideways.
  await search.getByLabel("Form", { exact: true }).selectOption({ label: formName });
  await search.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]formId=${form.id}(&|$)`));
  await expect(search.getByLabel("Form", { exact: true })).toHaveAttribute("title", formName);
  await expect(table.getByRole("link", { name })).toBeVisible();
  await expectPageFits(page);
  await expectTableFitsCard(table, "the leads table of the long-named form");
  await page.screenshot({ path: "test-results/small-laptop-leads-long-form.png", fullPage: true });
});

test("reps on a phone: each rep is a stacked row with where they are now, capacity and Edit on screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "manager");
  await page.goto("/reps");
  const table = page.getByRole("table");
  const tom = table.getByRole("row").filter({ hasText: "Tom Becker" });
  await expect(tom.getByRole("link", { name: "Edit Tom Becker" })).toBeVisible();
  await expectPageFits(page);
  await expectTableFitsCard(table, "the reps table");

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
