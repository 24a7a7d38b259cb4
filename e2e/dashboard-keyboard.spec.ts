// The dashboard by keyboard: the skip link; the inbox's one-letter shortcuts act only with focus in
// the list (a stray letter elsewhere accepts nothing, WCAG 2.1.4) and say so when they can do
// nothing; Cancel on the lead page's inline forms gives focus back to its toggle; the lead page's
// title names the lead — for its rep, not for another rep (404).
import type { Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { resetTestClock } from "./test-clock";

async function handToSarah(manager: Page, leadId: string) {
  const view = await manager.request.get(`/api/trpc/assignments.view?input=${encodeURIComponent(JSON.stringify({ json: { leadId } }))}`);
  expect(view.status(), await view.text()).toBe(200);
  const { owner, activeReps } = ((await view.json()) as { result: { data: { json: { owner: { repId: string } | null; activeReps: { id: string; name: string }[] } } } }).result.data.json;
  const sarahId = activeReps.find((r) => r.name === "Sarah Chen")!.id;
  if (owner?.repId === sarahId) return;
  const moved = await manager.request.post("/api/trpc/assignments.reassign", { data: { json: { leadId, toRepId: sarahId, reason: "Keyboard pass" } } });
  expect(moved.status(), await moved.text()).toBe(200);
}

test("the skip link is the first stop and moves focus to the page", async ({ page }) => {
  await signInAs(page, "sarah");
  await expect(page).toHaveURL(/\/inbox$/);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
});

test("inbox letters act only in the list; Cancel returns focus to its toggle; the lead's name is in its title, for its rep only", async ({ browser, request }) => {
  test.setTimeout(240_000); // three sign-ins and two pages worked by keyboard, on a busy machine
  // On the wall clock: accepting reads it (as in inbox.spec.ts).
  await resetTestClock(request);
  const stamp = Date.now();
  const name = `Ada Keyboard ${stamp}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `ada.${stamp}@keyboard-bank.com`, full_name: name, company: "Keyboard Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [manager, rep, other] = await Promise.all(contexts.map((c) => c.newPage()));
  await signInAs(manager!, "manager");
  await handToSarah(manager!, leadId);

  await signInAs(rep!, "sarah");
  await rep!.goto("/inbox");
  const row = rep!.getByRole("listitem", { name: new RegExp(name) });
  await expect(row.getByText("Not accepted", { exact: true })).toBeVisible();
  // Letters typed with focus outside the list (here: on the page) are not shortcuts: nothing handles
  // them (a handler would take the key and, for "j", move focus into the list at once).
  await rep!.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenKeys: string[] }).seenKeys = seen;
    window.addEventListener("keydown", (event) => seen.push(`${event.key}:${event.defaultPrevented}`));
  });
  await rep!.getByRole("heading", { name: "Inbox" }).click();
  await rep!.keyboard.press("a");
  await rep!.keyboard.press("c");
  await rep!.keyboard.press("j");
  expect(await rep!.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual(["a:false", "c:false", "j:false"]);
  await expect(rep!.locator("main#content")).toBeFocused(); // a click on the page focuses <main>, not the list
  // In the list they are: "a" accepts; again, it says there is nothing to do.
  await row.focus();
  await rep!.keyboard.press("a");
  await expect(rep!.getByRole("status").filter({ hasText: "Accepted." })).toBeVisible();
  await expect(row.getByText("Not accepted", { exact: true })).toHaveCount(0);
  await row.focus();
  await rep!.keyboard.press("a");
  await expect(rep!.getByRole("status").filter({ hasText: `Nothing done: ${name} is already accepted.` })).toBeVisible();

  // The lead page: its title names the lead.
  await rep!.goto(`/leads/${leadId}`);
  await expect(rep!).toHaveTitle(`${name} · Lead · Switchboard`);
  // "Change stage…" → Cancel, and "Return lead" → Cancel: focus back on the toggle, collapsed.
  const change = rep!.getByRole("button", { name: "Change stage…" });
  await expect(change).toHaveAttribute("aria-expanded", "false");
  await change.focus();
  await rep!.keyboard.press("Enter");
  await expect(change).toHaveAttribute("aria-expanded", "true");
  const outcome = rep!.getByRole("form", { name: "Log an outcome" });
  await outcome.getByRole("button", { name: "Cancel" }).focus();
  await rep!.keyboard.press("Enter");
  await expect(outcome).toHaveCount(0);
  await expect(change).toBeFocused();
  await expect(change).toHaveAttribute("aria-expanded", "false");
  const giveBack = rep!.getByRole("button", { name: "Return lead" }).first(); // the toggle; its form's submit button has the same name
  await giveBack.focus();
  await rep!.keyboard.press("Enter");
  await expect(giveBack).toHaveAttribute("aria-expanded", "true");
  const returnForm = rep!.getByRole("form", { name: "Return this lead" });
  await returnForm.getByRole("button", { name: "Cancel" }).focus();
  await rep!.keyboard.press("Enter");
  await expect(returnForm).toHaveCount(0);
  await expect(giveBack).toBeFocused();
  // Saved: the message is said in the status region, and focus is back on the toggle.
  await change.focus();
  await rep!.keyboard.press("Enter");
  await outcome.getByLabel("Outcome", { exact: true }).selectOption({ label: "Contacted" });
  await outcome.getByRole("button", { name: "Save outcome" }).focus();
  await rep!.keyboard.press("Enter");
  await expect(rep!.getByRole("status").filter({ hasText: "Marked contacted." })).toBeVisible();
  await expect(change).toBeFocused();

  // Another rep: the 404 page, and the lead's name nowhere in the title.
  await signInAs(other!, "tom");
  const notHis = await other!.goto(`/leads/${leadId}`);
  expect(notHis?.status()).toBe(404);
  expect(await other!.title()).not.toContain("Ada Keyboard");
  await Promise.all(contexts.map((c) => c.close()));
});
