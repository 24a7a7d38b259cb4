// Issue 13's "Done when": a rep marks a lead contacted and won from the inbox; the manager's
// analytics show it in speed-to-lead and the funnel (figures read back from the REST API); the
// fairness view of the demo's round-robin pool matches the ROUTED assignments the API reports for
// every lead; the forms view counts the steps a real browser session walked on the demo form.
// The harness seeds no history (SEED_HISTORY=false), so these are the journey's own leads plus
// whatever earlier specs left — every comparison reads the same state both ways.
import type { APIRequestContext, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { formatDuration } from "../server/domain/analytics/percentiles";
import { expect, signInAs, test } from "./fixtures";
import { advanceTestClock, resetTestClock, setTestClock, testTuesdayAt, testTuesdayDate } from "./test-clock";

// A desktop Chrome: headless Chromium says "HeadlessChrome" and is counted out as a bot (isbot).
const DESKTOP_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
/** A range around the suite's Tuesday (the test clock) and today, whenever the suite runs. */
const RANGE = `from=${testTuesdayDate(-400)}&to=${testTuesdayDate(400)}`;

type TRow = Record<string, string>;

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

/** The view's table as header → cell text, one object per row. */
async function readTable(page: Page): Promise<TRow[]> {
  return page.getByTestId("analytics-table").evaluate((table) => {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "");
    return [...table.querySelectorAll("tbody tr")].map((tr) => Object.fromEntries([...tr.querySelectorAll("td")].map((td, i) => [headers[i] ?? String(i), td.textContent?.trim() ?? ""])));
  });
}

async function openView(page: Page, query: string): Promise<TRow[]> {
  await page.goto(`/analytics?${query}`);
  await expect(page.getByTestId("analytics-table")).toBeVisible();
  return readTable(page);
}

function answers(stamp: string, size: string, utmSource: string) {
  return { ...BANK_VP, email: `ana.${stamp}@northbank-analytics.com`, full_name: `Ana Lytics ${stamp}`, company: `North Bank ${stamp}`, company_size: size, utm_source: utmSource };
}

async function submit(request: APIRequestContext, data: Record<string, unknown>): Promise<string> {
  const response = await request.post("/api/v1/forms/demo/submissions", { data: { answers: data, context: { fillTimeMs: 20_000, source: "api" } } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { leadId: string }).leadId;
}

type TAssignment = { kind: string; rep: { id: string; name: string } | null; path: { id: string } | null; assignedAt: string; acceptedAt: string | null };
type TLead = { id: string; submittedAt: string; assignment: TAssignment | null; history: TAssignment[] };

async function apiLead(request: APIRequestContext, key: string, id: string): Promise<TLead> {
  const response = await request.get(`/api/v1/leads/${id}`, { headers: { authorization: `Bearer ${key}` } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { lead: TLead }).lead;
}

/** Every lead id of the workspace, through the cursor-paged list. */
async function allLeadIds(request: APIRequestContext, key: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await request.get(`/api/v1/leads?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status(), await response.text()).toBe(200);
    const page = (await response.json()) as { leads: { id: string }[]; nextCursor: string | null };
    ids.push(...page.leads.map((l) => l.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

test("outcomes from the inbox reach speed-to-lead and the funnel; fairness and form drop-off match what happened", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  await setTestClock(request, testTuesdayAt(10)); // Tuesday 10:00 in New York: the reps are at work
  const stamp = String(Date.now());
  const tag = `e2e-analytics-${stamp}`;

  // An API key to read the database's state the way an integration would.
  await signInAs(page, "admin");
  await page.goto("/settings/api-keys");
  const keyForm = page.getByRole("form", { name: "Create an API key" });
  await keyForm.getByLabel("Key name").fill(`Analytics check ${stamp}`);
  await keyForm.getByRole("checkbox", { name: /^leads:read / }).check(); // no scope is ticked by default
  await keyForm.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sb_live_/);

  // ── A bank lead goes to Sarah (enterprise); 2 minutes later she marks it contacted, then won.
  const leadId = await submit(request, answers(stamp, "200-999", tag));
  await advanceTestClock(request, 2 * 60_000);
  const rep = await browser.newContext();
  const sarah = await rep.newPage();
  await signInAs(sarah, "sarah");
  await expect(sarah).toHaveURL(/\/inbox$/);
  const row = sarah.getByRole("listitem", { name: new RegExp(`Ana Lytics ${stamp}`) });
  await row.getByRole("button", { name: /^Contacted/ }).click();
  await expect(sarah.getByRole("status").filter({ hasText: "Marked contacted." })).toBeVisible();
  await row.focus();
  await sarah.keyboard.press("o");
  const dialog = sarah.getByRole("dialog", { name: /Log an outcome/ });
  await dialog.getByLabel("Outcome", { exact: true }).selectOption({ label: "Won" });
  await dialog.getByLabel(/Amount/).fill("25000");
  await dialog.getByRole("button", { name: "Save outcome" }).click();
  await expect(sarah.getByRole("status").filter({ hasText: "Marked won." })).toBeVisible();
  await rep.close();

  const lead = await apiLead(request, key, leadId);
  expect(lead.assignment?.rep?.name).toBe("Sarah Chen");
  const acceptSeconds = (Date.parse(lead.assignment!.acceptedAt!) - Date.parse(lead.submittedAt)) / 1000;
  expect(acceptSeconds).toBeGreaterThanOrEqual(120);

  // ── The manager: speed-to-lead and the funnel of this lead's UTM source.
  await page.context().clearCookies(); // the admin signs out
  await signInAs(page, "manager");
  const speed = await openView(page, `view=speed&utmSource=${tag}`);
  const all = speed.find((r) => r.Group === "All")!;
  expect(all).toMatchObject({ Leads: "1", "Accept median": formatDuration(acceptSeconds), "First contact median": formatDuration(acceptSeconds), "Accepted before reminder": "100.0 %" });
  expect(speed.find((r) => r.Group === "Rep")).toMatchObject({ Name: "Sarah Chen", Leads: "1" });
  expect(speed.find((r) => r.Group === "Path")).toMatchObject({ Name: "Enterprise", Leads: "1" });

  const funnel = await openView(page, `view=funnel&utmSource=${tag}`);
  const total = funnel.find((r) => r["Routing path"] === "All leads")!;
  expect(total).toMatchObject({ Submitted: "1", Routed: "1", Contacted: "1", Won: "1", "Won value": "$25,000" });
  await page.getByTestId("analytics-table").getByRole("row").filter({ hasText: "All leads" }).getByRole("link").last().click();
  await expect(page).toHaveURL(/\/leads\?.*reached=won/);
  await expect(page.getByRole("link", { name: new RegExp(`Ana Lytics ${stamp}`) }).first()).toBeVisible();

  // ── Fairness of the demo's round-robin pool (Inbound → Inside Sales): three more leads, then
  // the view's counts against the ROUTED assignments of every lead the API lists.
  for (let i = 0; i < 3; i++) await submit(request, { ...answers(`${stamp}-${i}`, "20-199", tag), start_when: "asap" });
  const fairness = await openView(page, `view=fairness&pool=inbound&${RANGE}`);
  const fromApi = new Map<string, number>();
  for (const id of await allLeadIds(request, key)) {
    for (const a of (await apiLead(request, key, id)).history) {
      if (a.kind === "ROUTED" && a.path?.id === "inbound" && a.rep) fromApi.set(a.rep.name, (fromApi.get(a.rep.name) ?? 0) + 1);
    }
  }
  expect([...fromApi.values()].reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(3);
  expect(Object.fromEntries(fairness.map((r) => [r.Rep, Number(r.Leads)]).filter(([, n]) => n !== 0))).toEqual(Object.fromEntries(fromApi));
  await expect(page.getByTestId("analytics-notes")).toContainText(`${[...fromApi.values()].reduce((s, n) => s + n, 0).toLocaleString("en-US")} leads routed`);

  // ── Form drop-off: a visitor walks the demo form's first two steps and leaves on the third.
  const stepsSeen = async () => {
    const rows = await openView(page, "view=forms");
    const reached = (label: string) => Number((rows.find((r) => (r.Step ?? "").endsWith(label))?.["Visits reached"] ?? "0").replace(/,/g, ""));
    const views = Number(/(\d[\d,]*) views/.exec((await page.getByTestId("analytics-notes").textContent()) ?? "")?.[1]?.replace(/,/g, "") ?? 0);
    return { views, company: reached("Your company"), budget: reached("Budget and timeline") };
  };
  const before = await stepsSeen();
  const visitor = await browser.newContext({ userAgent: DESKTOP_CHROME });
  const form = await visitor.newPage();
  await form.goto("/f/demo");
  await form.getByLabel("Work email").fill(`walker.${stamp}@example-visitor.com`);
  await form.getByLabel("Full name").fill("Walker Visitor");
  await form.getByRole("radio", { name: "VP", exact: true }).check();
  await form.getByRole("radio", { name: "I make or approve the decision" }).check();
  // The beacon code is a lazy chunk: its view counts (sent 2 s after the last event) before moving on.
  await expect.poll(async () => (await stepsSeen()).views, { timeout: 30_000 }).toBe(before.views + 1);
  await form.getByRole("button", { name: "Next" }).click();
  await form.getByLabel("Company name").fill("Walker Co");
  await form.getByRole("radio", { name: "200–999", exact: true }).check();
  await form.getByLabel("Industry").selectOption({ label: "Financial services" });
  await form.getByLabel("Where is your team based?").selectOption({ label: "North America" });
  await form.getByRole("button", { name: "Next" }).click();
  await expect(form.getByRole("heading", { name: "Budget and timeline" })).toBeVisible();
  // The visitor stays on the third step: the form sends its queued events itself (every 2 s).
  // (Not by leaving: Chromium sends a pagehide beacon with its own "HeadlessChrome" agent.)
  await expect.poll(stepsSeen, { timeout: 30_000 }).toEqual({ views: before.views + 1, company: before.company + 1, budget: before.budget + 1 });
  await visitor.close();
});

test("a filter that cannot apply is named on the page, which shows the last 90 days; other URL parameters are ignored", async ({ page }) => {
  // Both were a server error page ("couldn't load").
  await signInAs(page, "manager");
  await page.goto("/analytics?from=2026-12-02&to=2026-11-01");
  const refused = page.getByRole("alert").filter({ hasText: "These filters were not applied" }); // not Next's route announcer
  await expect(refused).toContainText("These filters were not applied, so the last 90 days are shown: from: from must be on or before to");
  await expect(page.getByRole("heading", { name: "Analytics" })).toBeVisible();
  await page.goto("/analytics?utm_source=newsletter&view=funnel");
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Funnel" })).toHaveAttribute("aria-current", "page");
  await expect(refused).toHaveCount(0);
});
