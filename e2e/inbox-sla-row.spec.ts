// A rep's morning: a bank lead submitted at 05:00 New York on the suite's Tuesday reaches a rep
// who is off duty (every demo rep is), so their SLA clock starts at their next working time. The
// alert email says "Please accept by 08:15"; the inbox row says the same in plain words ("SLA
// starts 08:00 (your next working hours) · accept by 08:15", in the rep's zone), never a bare
// "SLA in 3 h 15 min" under "SLA: accept within 15 min". The shortcut hint sits right above the
// first lead. On a phone, the lead page puts what the rep does with the lead (Lifecycle: "Change
// stage…") on the first screen, not below the answers and the score; on a wide screen it stays in
// the right-hand column beside them.
import type { Browser, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInWithPassword, test } from "./fixtures";
import { listMail, type TCapturedMail } from "./mailbox";
import { resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

const REP_ZONES: Record<string, string> = {
  "sarah@demo.switchboard.dev": "America/New_York",
  "priya@demo.switchboard.dev": "America/New_York",
  "tom@demo.switchboard.dev": "America/Chicago",
  "kenji@demo.switchboard.dev": "Asia/Tokyo",
  "maya@demo.switchboard.dev": "America/Los_Angeles",
};

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

async function alertFor(name: string): Promise<TCapturedMail> {
  let found: TCapturedMail | undefined;
  await expect.poll(async () => Boolean((found = (await listMail()).find((m) => m.subject.includes(name)))), { message: `the alert for ${name}`, timeout: 30_000 }).toBe(true);
  return found!;
}

async function repPage(browser: Browser, rep: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: REP_ZONES[rep],
    ...(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } }),
  });
  const page = await context.newPage();
  await signInWithPassword(page, rep);
  return page;
}

// Soft checks: each part (row text, hint gap, wide and phone lead page) reports on its own.
test("an off-duty rep's inbox row says when the SLA starts and when the lead is due, as the alert does", async ({ browser, request }) => {
  test.setTimeout(180_000);
  await setTestClock(request, testTuesdayAt(5)); // 05:00 New York, 04:00 Chicago, 02:00 Los Angeles, 19:00 Tokyo: nobody at work
  const stamp = Date.now();
  const name = `Odette Offhours ${stamp}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `odette.${stamp}@offhours-bank.com`, full_name: name, company: "Offhours Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  const alert = await alertFor(name);
  const rep = alert.to.find((to) => to in REP_ZONES)!;
  expect(rep, `the alert went to a demo rep: ${alert.to.join(", ")}`).toBeTruthy();
  // The alert: "… your clock starts when you are next available, <day>, 08:00 Chicago (GMT−6). Please accept by 08:15 …"
  const text = alert.text.replace(/\s+/g, " ");
  const starts = /next available, [^.]*?(\d\d:\d\d)/.exec(text)?.[1];
  const due = /Please accept by (\d\d:\d\d)/.exec(text)?.[1];
  expect(starts && due, text).toBeTruthy();

  const page = await repPage(browser, rep, false);
  await page.goto("/inbox");
  const row = page.getByRole("listitem", { name: new RegExp(name) });
  await expect.soft(row.getByTestId("inbox-row-sla")).toHaveText(new RegExp(`^SLA starts (tomorrow )?${starts} \\(your next working hours\\) · accept by ${due}$`));
  await expect.soft(row).not.toContainText("SLA in");

  // The keyboard hint is right above the first lead: one gap, not a gap, an empty line and a gap.
  const hint = await page.locator("#inbox-shortcuts").boundingBox();
  const first = await page.getByRole("list", { name: "My open leads" }).getByRole("listitem").first().boundingBox();
  expect.soft(first!.y - (hint!.y + hint!.height), "px between the shortcut hint and the first lead").toBeLessThanOrEqual(24);

  // Wide: the lifecycle sits in the right-hand column, level with the routing decision.
  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/leads/${leadId}$`));
  const lifecycleWide = await page.getByRole("heading", { name: "Lifecycle" }).boundingBox();
  const whyWide = await page.getByRole("heading", { name: "Why this owner" }).boundingBox();
  const summaryWide = await page.getByRole("heading", { name: "Summary" }).boundingBox();
  expect.soft(lifecycleWide!.x).toBeGreaterThan(whyWide!.x + 400);
  expect.soft(Math.abs(lifecycleWide!.y - whyWide!.y)).toBeLessThanOrEqual(4);
  expect.soft(summaryWide!.x).toBe(lifecycleWide!.x);
  expect.soft(summaryWide!.y).toBeGreaterThan(lifecycleWide!.y);
  await page.context().close();

  // Phone (no shortcut hint): the first lead right below the SLA line, no empty status line between.
  const phone = await repPage(browser, rep, true);
  await phone.goto("/inbox");
  await expect(phone.getByRole("listitem", { name: new RegExp(name) })).toBeVisible();
  const slaLine = await phone.locator("details").first().boundingBox();
  const firstOnPhone = await phone.getByRole("list", { name: "My open leads" }).getByRole("listitem").first().boundingBox();
  expect.soft(firstOnPhone!.y - (slaLine!.y + slaLine!.height), "px between the SLA line and the first lead on a phone").toBeLessThanOrEqual(36);

  // Phone: "Change stage…" on the first screen, above the answers.
  await phone.goto(`/leads/${leadId}`);
  await expect.soft(phone.getByRole("button", { name: "Change stage…" })).toBeInViewport();
  const lifecycle = await phone.getByRole("heading", { name: "Lifecycle" }).boundingBox();
  const answers = await phone.getByRole("heading", { name: "Answers", exact: true }).boundingBox();
  expect.soft(lifecycle!.y).toBeLessThan(answers!.y);
  // A meeting set up elsewhere is logged as a stage: the Meetings card says what it does not list.
  await expect.soft(phone.getByText("No meeting booked through Switchboard.")).toBeVisible();
  await phone.context().close();
});
