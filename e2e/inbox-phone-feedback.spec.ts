// A rep on a phone works down their inbox: they scroll to the third of three new leads and tap
// "Contacted". The inbox's status line ("Marked contacted.") sits above the list, a screen and more
// above that row: it must show where the rep is (it sticks to the top of the window while it says
// something), not only in the live region far out of view.
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { ROOM, SARAH, SARAHS_SEEDED_CAPACITY, setCapacity } from "./rep-capacity";
import { resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

test("on a phone, tapping Contacted on a lead far down the inbox shows its confirmation on screen", async ({ browser, request }) => {
  test.setTimeout(180_000);
  await setTestClock(request, testTuesdayAt(10, 30)); // Tuesday 10:30 in New York: Sarah is at work
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signInAs(manager, "manager");
  await setCapacity(manager, SARAH, ROOM);
  try {
    const stamp = Date.now();
    const names = [1, 2, 3].map((n) => `Phoebe Phone ${n} ${stamp}`);
    for (const [i, name] of names.entries()) {
      const submitted = await request.post("/api/v1/forms/demo/submissions", {
        data: { answers: { ...BANK_VP, email: `phoebe${i}.${stamp}@phone-bank.com`, full_name: name, company: "Phone Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
      });
      expect(submitted.status(), await submitted.text()).toBe(201);
    }
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInAs(page, "sarah");
    await page.goto("/inbox");
    const rows = page.getByRole("list", { name: "My open leads" }).getByRole("listitem");
    const lowest = rows.filter({ hasText: /Phoebe Phone \d/ }).last();
    await lowest.scrollIntoViewIfNeeded();
    await expect(page.getByRole("heading", { name: "Inbox" })).not.toBeInViewport();
    await lowest.getByRole("button", { name: "Contacted", exact: true }).tap();
    const status = page.getByRole("status").filter({ hasText: "Marked contacted." });
    await expect(status).toBeAttached();
    await expect(status).toBeInViewport();
    // Leave Sarah's open work as the suite found it: her capacity goes back to the seeded one below,
    // and three more open leads would send later specs' bank leads to another rep.
    const phoebes = rows.filter({ hasText: /Phoebe Phone \d/ });
    for (let left = names.length; left > 0; left--) {
      await phoebes.first().getByRole("button", { name: "Log outcome", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: /Log an outcome/ });
      await dialog.getByLabel("Outcome", { exact: true }).selectOption({ label: "Won" });
      await dialog.getByLabel(/Amount/).fill("1000");
      await dialog.getByRole("button", { name: "Save outcome" }).click();
      await expect(dialog).toBeHidden();
      await expect(phoebes).toHaveCount(left - 1);
    }
    await context.close();
  } finally {
    await setCapacity(manager, SARAH, SARAHS_SEEDED_CAPACITY);
    await managerContext.close();
  }
});
