// The rep's inbox: a bank lead submitted on a Tuesday morning in New York goes to Sarah; she signs
// in, lands on /inbox, marks it contacted (one click) and then won with an amount (the outcome
// dialog, by keyboard); the lead page's timeline shows both. Tom cannot open or change her lead.
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

test("a rep lands on the inbox, marks a lead contacted then won; another rep cannot change it", async ({ page, browser, request }) => {
  await setTestClock(request, testTuesdayAt(10)); // Tuesday 10:00 in New York: Sarah is at work
  const stamp = Date.now();
  const name = `Iris Inbox ${stamp}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: {
      answers: { ...BANK_VP, email: `iris.${stamp}@firstbank-inbox.com`, full_name: name, company: "First Bank Inbox" },
      context: { fillTimeMs: 20_000, source: "api" },
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  await signInAs(page, "sarah");
  await expect(page).toHaveURL(/\/inbox$/);
  const row = page.getByRole("listitem", { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Open");
  await expect(row).toContainText(/Routed to Sarah Chen/);

  await row.getByRole("button", { name: /^Contacted/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked contacted." })).toBeVisible();
  await expect(row).toContainText("Contacted");

  // Keyboard: the row is selected; "o" opens the outcome dialog.
  await row.focus();
  await page.keyboard.press("o");
  const dialog = page.getByRole("dialog", { name: /Log an outcome/ });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Outcome", { exact: true }).selectOption({ label: "Won" });
  await dialog.getByLabel(/Amount/).fill("25000");
  await dialog.getByRole("button", { name: "Save outcome" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Marked won." })).toBeVisible();
  await expect(row).toHaveCount(0); // won: no longer open work

  await page.goto(`/leads/${leadId}`);
  const history = page.getByRole("list", { name: "History", exact: true });
  await expect(history).toContainText("Marked contacted by Sarah Chen");
  await expect(history).toContainText("Marked won by Sarah Chen");
  await expect(history).toContainText("amount 25000.00");
  await expect(page.getByLabel("Lifecycle")).toContainText("Won");

  // Tom: the lead page is a 404, and the server refuses the change itself.
  const tomContext = await browser.newContext();
  const tom = await tomContext.newPage();
  await signInAs(tom, "tom");
  const leadPage = await tom.goto(`/leads/${leadId}`);
  expect(leadPage?.status()).toBe(404);
  const refused = await tom.request.post("/api/trpc/outcomes.record", { data: { json: { leadId, stage: "LOST", reason: "Not mine", source: "LEAD_PAGE" } } });
  expect(refused.status()).toBe(404);
  await tomContext.close();
  await page.reload();
  await expect(page.getByLabel("Lifecycle")).toContainText("Won");
});
