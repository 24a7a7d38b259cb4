// A high-value lead (over the workspace's review threshold) is assigned provisionally: a manager
// reviews it and may still give it to someone else until the review window ends. The owner's inbox
// row says so in the lead page's words — "Provisional — awaiting review until <time>", in the
// viewer's zone — and keeps Accept (the owner may accept a provisional lead:
// ownership-permissions.ts). The row reads its deadline as its SLA line reads times: a clock time
// today ("until 21:00", beside "Accept by 20:45"), not the lead page's full date. The app's clock is
// the suite's Tuesday, 10:00 in New York (20:30 in Kolkata), so the 30-minute window ends the same
// day there. On a phone (390 px) the words wrap inside the row: nothing sticks out.
// In the full suite other specs' bank leads on that Tuesday have filled Sarah's seeded limits
// (rep-capacity.ts) — the only Enterprise rep at work then — and the lead went to whoever had room
// or to the backup queue, unowned and never provisional: Sarah gets room first, her limits go back after.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { DEMO_USERS, expect, signInAs, test, type DemoUser } from "./fixtures";
import { pageWidth } from "./page-width";
import { ROOM, SARAH, SARAHS_SEEDED_CAPACITY, setCapacity } from "./rep-capacity";
import { resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

const VIEWER_ZONE = "Asia/Kolkata";
test.use({ timezoneId: VIEWER_ZONE, locale: "en-GB" });

/** "Dec 7, 2026, 21:00": the dashboard's format (components/leads/format.ts) in a zone. */
function pageTime(iso: string, zone: string): string {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric", year: "numeric" }).format(at);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day}, ${clock}`;
}

/** "21:00": the clock time alone, as the inbox row says a time today. */
function clockTime(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
}

/** The demo user a rep's name belongs to ("Sarah Chen" → sarah). */
function demoUserNamed(name: string): DemoUser {
  const user = name.trim().split(/\s+/)[0]!.toLowerCase();
  expect(Object.keys(DEMO_USERS), `the owner "${name}" is a demo rep`).toContain(user);
  return user as DemoUser;
}

async function openInboxRow(page: Page, name: string) {
  await page.goto("/inbox");
  const row = page.getByRole("list", { name: "My open leads" }).getByRole("listitem", { name: new RegExp(name) });
  await expect(row).toBeVisible();
  return row;
}

test.afterEach(({ request }) => resetTestClock(request));

test("the owner's inbox row of a provisional lead says it awaits review, until when (a clock time today, in their zone); Accept stays", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  await setTestClock(request, testTuesdayAt(10));
  await signInAs(page, "manager");
  await setCapacity(page, SARAH, ROOM);
  try {
    await provisionalRowJourney(page, browser, request);
  } finally {
    await setCapacity(page, SARAH, SARAHS_SEEDED_CAPACITY);
  }
});

async function provisionalRowJourney(page: Page, browser: Browser, request: APIRequestContext) {
  const stamp = Date.now();
  const name = `Vera Review ${stamp}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, budget: "150k_plus", email: `vera.${stamp}@provisional-bank.com`, full_name: name, company: "Provisional Bank" }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  // The manager's lead page: who holds it provisionally, and until when the review runs.
  await page.goto(`/leads/${leadId}`);
  const reviewUntil = page.getByTestId("lead-review-until").locator("time");
  const iso = (await reviewUntil.getAttribute("datetime"))!;
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT/);
  await expect(page.getByTestId("lead-status-badge")).toHaveText(`Provisional — awaiting review until ${pageTime(iso, VIEWER_ZONE)}`);
  const expected = `Provisional — awaiting review until ${clockTime(iso, VIEWER_ZONE)}`;
  const owner = demoUserNamed((await page.getByTestId("lead-owner").textContent())!);

  // The owner's inbox row: the same words, the time as its SLA line says one (a clock time today,
  // no date), in the viewer's zone; Accept is still theirs to press.
  const repContext = await browser.newContext({ timezoneId: VIEWER_ZONE, locale: "en-GB" });
  try {
    const rep = await repContext.newPage();
    await signInAs(rep, owner);
    const row = await openInboxRow(rep, name);
    await expect(row.getByTestId("inbox-row-review")).toHaveText(expected);
    await expect(row.getByTestId("inbox-row-sla")).toHaveText(/^(Accept by|SLA starts) (\d\d:\d\d|tomorrow|[A-Z][a-z]{2} \d)/);
    await expect(row.getByRole("button", { name: /^Accept/ })).toBeVisible();
    await rep.screenshot({ path: "test-results/inbox-provisional-desktop.png", fullPage: true });

    // On a phone: the words wrap inside the row, the page never scrolls sideways.
    await rep.setViewportSize({ width: 390, height: 844 });
    const phoneRow = await openInboxRow(rep, name);
    await expect(phoneRow.getByTestId("inbox-row-review")).toHaveText(expected);
    const width = await pageWidth(rep);
    expect(width.scroll, width.culprits.join("\n")).toBeLessThanOrEqual(width.viewport);
    await phoneRow.scrollIntoViewIfNeeded();
    await rep.screenshot({ path: "test-results/inbox-provisional-phone.png" });
  } finally {
    await repContext.close();
  }
}
