// The viewer's zone from the first paint: once a browser in Kolkata has opened the dashboard, the
// server knows its zone (a cookie the dashboard sets) and writes the lead page's and the leads
// table's times in Kolkata in its own HTML — seen here with JavaScript off, so nothing the browser
// runs can have changed them — and the next visit with JavaScript hydrates without a mismatch
// (the first paint is the final text: no "… UTC" flash).
import type { Browser, BrowserContext, ConsoleMessage, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

const VIEWER_ZONE = "Asia/Kolkata";
test.use({ timezoneId: VIEWER_ZONE, locale: "en-GB" });

const MISMATCH = /hydrat|didn't match|did not match|Minified React error #(418|423|425)/i;

/** "Dec 7, 2026, 21:00": the dashboard's format (components/leads/format.ts) in a zone. */
function pageTime(iso: string, zone: string): string {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric", year: "numeric" }).format(at);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day}, ${clock}`;
}

/** A context in the viewer's zone with JavaScript off, holding the cookies `from` has now. */
async function noScriptContext(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  const context = await browser.newContext({ timezoneId: VIEWER_ZONE, locale: "en-GB", javaScriptEnabled: false });
  await context.addCookies(await from.cookies());
  return context;
}

/** The lead page's first time: the header's "Submitted <time>". */
const submittedTime = (page: Page) => page.locator("main time").first();

test("a lead page and the leads table are in the viewer's zone in the server's HTML once the dashboard has been opened", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `zone.${stamp}@zonebank-first.com`, full_name: `Zara Zone ${stamp}`, company: `Zone Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
    timeout: 60_000,
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId } = (await submitted.json()) as { leadId: string };

  // First visit, JavaScript on: the browser's zone once hydrated (and the dashboard learns it).
  await signInAs(page, "manager");
  await page.goto(`/leads/${leadId}`);
  const iso = (await submittedTime(page).getAttribute("datetime"))!;
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT/);
  const local = pageTime(iso, VIEWER_ZONE);
  await expect(submittedTime(page)).toHaveText(local);

  // JavaScript off: only the server's HTML. Retried with the cookies the first context holds by
  // then (the dashboard writes its cookie after hydration).
  let noScript: BrowserContext | undefined;
  await expect(async () => {
    await noScript?.close();
    noScript = await noScriptContext(browser, page.context());
    const bare = await noScript.newPage();
    await bare.goto(`/leads/${leadId}`);
    await expect(submittedTime(bare)).toHaveText(local, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const bare = noScript!.pages()[0]!;
  // Named as the app names a zone (zoneName: "Kolkata (GMT+5:30)") in the title; no time says UTC.
  await expect(submittedTime(bare)).toHaveAttribute("title", new RegExp(`^${local} .*Kolkata`));
  const times = bare.locator("main time");
  expect(await times.count()).toBeGreaterThan(1);
  for (const text of await times.allTextContents()) expect(text).not.toContain("UTC");
  await expect(bare.getByText(/\d\d:\d\d UTC/)).toHaveCount(0);

  // The leads table, also from the server alone.
  // Searched for: in the full suite other specs' leads (some under a later test clock) can push it off the first page.
  await bare.goto(`/leads?search=${encodeURIComponent(`Zara Zone ${stamp}`)}`);
  const row = bare.locator("tr", { hasText: `Zara Zone ${stamp}` });
  await expect(row.locator("time")).toHaveText(local);
  await noScript!.close();

  // With JavaScript again: the server's text is the browser's, so hydration finds no mismatch.
  const seen: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if ((m.type() === "error" || m.type() === "warning") && MISMATCH.test(m.text())) seen.push(m.text().slice(0, 600));
  });
  page.on("pageerror", (e) => MISMATCH.test(e.message) && seen.push(e.message.slice(0, 600)));
  for (const path of [`/leads/${leadId}`, "/leads"]) {
    await page.goto(path);
    const first = page.locator("main time").first();
    await expect(first).not.toContainText("UTC");
    // Hydrated: React has attached its fiber to the time (a mismatch is reported by then).
    await expect.poll(() => first.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  }
  expect(seen, seen.join("\n")).toEqual([]);
});
