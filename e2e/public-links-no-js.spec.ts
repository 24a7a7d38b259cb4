// The email links' pages whose button is a server action, posted without JavaScript (a phone that
// taps before the page's script has arrived does the same): the rep alert's "Accept lead"
// (/accept/<token>) and the nurture email's "Unsubscribe" (/n/u/<token>/confirm). Their referrer
// policy keeps the POST's Origin header (strict-origin: the token still never leaves in a
// Referer); under no-referrer the browser sent `Origin: null` and Next.js refused the action (500).
// The booking manage page's no-JS test is in booking-manage-zone-choice.spec.ts.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";
import { linkIn, listMail, waitForMail, type TCapturedMail } from "./mailbox";
import { advanceTestClock, resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

const PHONE = { width: 390, height: 844 };

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

/** A phone without JavaScript, and the Origin header of every POST it makes. */
async function phoneWithoutJavaScript(browser: Browser, storageState?: BrowserContextOptions["storageState"]): Promise<{ page: Page; origins: (string | undefined)[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, storageState });
  const page = await context.newPage();
  const origins: (string | undefined)[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") origins.push(request.headers()["origin"]);
  });
  return { page, origins };
}

test("without JavaScript: the rep alert's Accept lead accepts, and Sign out works for someone else signed in (their POSTs keep their Origin)", async ({ browser, request, baseURL }) => {
  await setTestClock(request, testTuesdayAt(10)); // Tuesday 10:00 in New York: the bank lead's reps are at work
  const stamp = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
  const name = `Nia NoScript ${stamp}`;
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `nia.${stamp}@nojs-bank.com`, full_name: name, company: `NoJS Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  // The alert to whichever rep routing chose.
  let alert: TCapturedMail | undefined;
  await expect
    .poll(async () => (alert = (await listMail()).find((m) => m.subject.includes(name) && m.text.includes("/accept/"))) !== undefined, { message: `the rep alert for ${name}`, timeout: 30_000 })
    .toBe(true);
  const acceptPath = new URL(linkIn(alert!, "/accept/")).pathname;

  // The rep's phone (not signed in): Accept lead accepts.
  const { page, origins } = await phoneWithoutJavaScript(browser);
  await page.goto(acceptPath);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("button", { name: "Accept lead" }).click();
  await expect(page.getByRole("status")).toContainText("Accepted — time to accept");
  await expect(page.getByRole("button", { name: "Accept lead" })).toHaveCount(0);
  expect(origins).toEqual([new URL(baseURL!).origin]);
  await page.context().close();

  // Someone else signed in (the marketer) is told the link is not theirs: Sign out posts too.
  const signedIn = await browser.newContext();
  await signInAs(await signedIn.newPage(), "marketer");
  const other = await phoneWithoutJavaScript(browser, await signedIn.storageState());
  await signedIn.close();
  await other.page.goto(acceptPath);
  await expect(other.page.getByRole("heading", { name: "This link is not for you" })).toBeVisible();
  await other.page.getByRole("button", { name: "Sign out" }).click();
  await expect(other.page).toHaveURL(/\/sign-in(\?|$)/);
  expect(other.origins).toEqual([new URL(baseURL!).origin]);
  await other.page.context().close();
});

test("without JavaScript: the nurture email's Unsubscribe posts and unsubscribes (its POST keeps its Origin)", async ({ browser, request, baseURL }) => {
  await setTestClock(request, testTuesdayAt(10)); // a Tuesday afternoon in Europe, outside quiet hours
  const stamp = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
  const email = `nora.${stamp}@nojs-smallco.io`;
  // The demo form's small-and-exploring path with the guide's consent: enrolled in the default sequence.
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: {
      answers: { email, full_name: "Nora NoScript", role: "founder", authority: "decision_maker", company: `NoJS Co ${stamp}`, company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring", guide_consent: true, consent: true },
      context: { fillTimeMs: 20_000, source: "api" },
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  await advanceTestClock(request, 60_000); // the sweep sends the sequence's first email
  const first = await waitForMail(email);

  const { page, origins } = await phoneWithoutJavaScript(browser);
  await page.goto(linkIn(first, "/n/u/"));
  await expect(page.getByRole("heading", { name: /^Stop .* to n\*\*\*@nojs-smallco\.io\?$/ })).toBeVisible();
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  expect(origins).toEqual([new URL(baseURL!).origin]);
  await page.context().close();
});
