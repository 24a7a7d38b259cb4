// Dashboard lists on a phone (390 px): the page itself never scrolls sideways. Wide tables scroll
// inside their TableScroll (which is `relative`, so sr-only "Actions" headers cannot widen the
// page); the sequences' figures table has one; the forms search stays inside its card, and each
// form's links and controls are on screen (under its name), not cut off at the card's edge.
// Sibling of leads-narrow.spec.ts. A lead is submitted first so that /jobs has rows (its alert).
import type { Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

async function pageWidths(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
}

const PAGES: { path: string; ready: (page: Page) => ReturnType<Page["getByRole"]> }[] = [
  { path: "/reps", ready: (page) => page.getByRole("link", { name: /^(Edit|View) / }).first() },
  { path: "/jobs", ready: (page) => page.getByRole("table", { name: "Jobs" }) },
  { path: "/sequences", ready: (page) => page.getByRole("table", { name: "Sequences" }) },
  { path: "/forms", ready: (page) => page.getByRole("search").getByRole("button", { name: "Search" }) },
];

test("reps, jobs, sequences and forms do not scroll sideways at 390 px", async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `narrow.${stamp}@northbank-narrow.com`, full_name: `Nora Narrow ${stamp}`, company: `Narrow Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  await signInAs(page, "admin");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const { path, ready } of PAGES) {
    await page.goto(path);
    await expect(ready(page)).toBeVisible();
    const widths = await pageWidths(page);
    expect.soft(widths.scroll, `${path} is ${widths.scroll}px wide in a ${widths.client}px viewport`).toBeLessThanOrEqual(widths.client);
  }
  // The forms search field shrinks: its button ends inside the card.
  await page.goto("/forms");
  const search = page.getByRole("search");
  const button = await search.getByRole("button", { name: "Search" }).boundingBox();
  const card = await search.locator("xpath=ancestor::section[1]").boundingBox();
  expect.soft(button && card && button.x + button.width).toBeLessThanOrEqual(card!.x + card!.width);

  // Every link and control of a form is on screen without scrolling sideways.
  const row = page.getByTestId("form-row-demo");
  const targets = [
    ...["Edit", "Preview", "Share", "Versions", "Open hosted page"].map((name) => row.getByRole("navigation", { name: /^Links for / }).getByRole("link", { name, exact: name !== "Open hosted page" })),
    ...["Rename", "Duplicate", "Archive"].map((verb) => row.getByRole("button", { name: new RegExp(`^${verb} `) })),
  ];
  for (const target of targets) {
    await expect(target).toBeVisible();
    const box = (await target.boundingBox())!;
    expect.soft(box.x + box.width, `${await target.textContent()} ends at ${Math.round(box.x + box.width)}px`).toBeLessThanOrEqual(card!.x + card!.width);
  }
});
