// A rep on a phone (390 px) taps "Contacted": the inbox's status line ("Marked contacted.") must
// not push the list down (it did, by a line, ~20 px, after every mutation: rows jump under the
// thumb), and while it sticks to the window's top — the rep scrolled far below it — it keeps a
// little room from the window's edge instead of sitting flush against it.
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { ROOM, SARAH, SARAHS_SEEDED_CAPACITY, setCapacity } from "./rep-capacity";
import { resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

test("on a phone, the inbox's status message neither moves the list nor sits flush at the window's top", async ({ browser, request }, testInfo) => {
  test.setTimeout(180_000);
  await setTestClock(request, testTuesdayAt(10, 30)); // Tuesday 10:30 in New York: Sarah is at work
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signInAs(manager, "manager");
  await setCapacity(manager, SARAH, ROOM);
  try {
    const stamp = Date.now();
    const names = [1, 2, 3].map((n) => `Stella Still ${n} ${stamp}`);
    for (const [i, name] of names.entries()) {
      const submitted = await request.post("/api/v1/forms/demo/submissions", {
        data: { answers: { ...BANK_VP, email: `stella${i}.${stamp}@still-bank.com`, full_name: name, company: "Still Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
      });
      expect(submitted.status(), await submitted.text()).toBe(201);
    }
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInAs(page, "sarah");
    await page.goto("/inbox");
    const list = page.getByRole("list", { name: "My open leads" });
    const rows = list.getByRole("listitem");
    const stellas = rows.filter({ hasText: /Stella Still \d/ });
    await expect(stellas).toHaveCount(3);
    // The list's top in the page (not the window: scrolling is not a shift).
    const listTop = () => list.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await listTop();
    await page.screenshot({ path: testInfo.outputPath("inbox-390-before.png") });

    // 1. A message at the top of the page: the list stays where it was.
    // Rows by name: the list's order changes as leads are worked.
    const row = (name: string) => rows.filter({ hasText: name });
    const firstStella = row(names[0]!);
    await firstStella.getByRole("button", { name: "Contacted", exact: true }).tap();
    const status = page.getByRole("status").filter({ hasText: "Marked contacted." });
    await expect(status).toBeVisible();
    await expect(firstStella.getByRole("button", { name: "Contacted", exact: true })).toHaveCount(0); // the refreshed row: contacted
    await page.screenshot({ path: testInfo.outputPath("inbox-390-after-message.png") });
    // Soft checks: the shift and the sticky spacing each report on their own.
    expect.soft(await listTop(), "px the list moved when the status message appeared").toBe(before);

    // 2. Far down the list: the message sticks where the rep is, with room above it.
    const contactable = stellas.filter({ has: page.getByRole("button", { name: "Contacted", exact: true }) });
    await expect(contactable).toHaveCount(2);
    const lowest = row((await contactable.last().getAttribute("aria-label"))!.split(",")[0]!);
    // Scrolled so the row is at the window's top (the list's order put it anywhere): the page's head far above.
    await lowest.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expect(page.getByRole("heading", { name: "Inbox" })).not.toBeInViewport();
    const scrolledBefore = await listTop();
    await lowest.getByRole("button", { name: "Contacted", exact: true }).tap();
    await expect(lowest.getByRole("button", { name: "Contacted", exact: true })).toHaveCount(0);
    await expect(status).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath("inbox-390-sticky.png") });
    const box = (await status.boundingBox())!;
    expect.soft(box.y, "px between the window's top and the sticky status message").toBeGreaterThanOrEqual(6);
    expect.soft(await listTop(), "px the list moved when the sticky status message appeared").toBe(scrolledBefore);

    const leadHref = (await row(names[0]!).getByRole("link", { name: names[0]! }).getAttribute("href"))!;

    // Leave Sarah's open work as the suite found it (see inbox-phone-feedback.spec.ts).
    for (let left = names.length; left > 0; left--) {
      await stellas.first().getByRole("button", { name: "Log outcome", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: /Log an outcome/ });
      await dialog.getByLabel("Outcome", { exact: true }).selectOption({ label: "Won" });
      await dialog.getByLabel(/Amount/).fill("1000");
      await dialog.getByRole("button", { name: "Save outcome" }).click();
      await expect(dialog).toBeHidden();
      await expect(stellas).toHaveCount(left - 1);
    }
    // The won amount in the lead's History reads as the rest of the page writes money.
    await page.goto(leadHref);
    const history = page.getByRole("list", { name: "History", exact: true });
    await expect(history).toContainText("amount $1,000");
    await history.getByText("amount $1,000").scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("lead-history-amount.png") });
    await context.close();
  } finally {
    await setCapacity(manager, SARAH, SARAHS_SEEDED_CAPACITY);
    await managerContext.close();
  }
});
