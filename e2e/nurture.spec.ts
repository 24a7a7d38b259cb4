// Nurture sequences end to end (issue 12): an admin sets the nurture settings (click points,
// postal address); a marketer builds a 3-step sequence in the editor (email → wait → email, the
// wait moved into place with the keyboard), sees field errors, publishes it and makes it the
// workspace default, previews it and sends a test to herself. Small-company leads submitted on
// the demo form are enrolled; with the test clock advanced (the sweep runs on every clock move:
// we wait for mail, never for time) the emails arrive with the postal address and a working
// unsubscribe (one lead's mail client POSTs the one-click link and she leaves the sequence; the
// other opens the link, which changes nothing, gets the second email, then presses the button). A second lead clicks a tracked link, graduates to sales, and a rep is
// alerted because it graduated from nurture (the alert email says so in words; the lead page shows the code).
import type { Browser, Page } from "@playwright/test";
import { installFormClock, passFillTime } from "./fill-time";
import { linkIn, listMail, mailTo, waitForMail, type TCapturedMail } from "./mailbox";
import { DAY_MS, advanceTestClock, resetTestClock, setTestClock, testTuesdayAt, testTuesdayDay } from "./test-clock";
import { DEMO_USERS, expect, signInAs, test, type DemoUser } from "./fixtures";

const SHOTS = process.env.E2E_SCREENSHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

async function signedIn(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

/** The small-company founder path of the demo form (ends in nurture, with consent to the emails). `page` has installFormClock (./fill-time.ts). */
async function submitFounder(page: Page, who: { email: string; name: string; company: string }) {
  await page.goto("/f/demo");
  await page.getByLabel("Work email").fill(who.email);
  await page.getByLabel("Full name").fill(who.name);
  await page.getByRole("radio", { name: "Founder / Owner", exact: true }).check();
  await page.getByRole("radio", { name: "I make or approve the decision" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Company name").fill(who.company);
  await page.getByRole("radio", { name: "1–19", exact: true }).check();
  await page.getByLabel("Industry").selectOption({ label: "Software & technology" });
  await page.getByLabel("Where is your team based?").selectOption({ label: "Europe" });
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "No rush, just exploring" }).check();
  // Nurture emails need marketing consent: the early end asks for it.
  await page.getByRole("checkbox", { name: /Email me the starter guide/ }).check();
  // People take more than MIN_FILL_TIME_MS (3 s) to fill a form; faster submissions are spam. The
  // page measures the fill time with its own clock (installed by the caller): move it on, no waiting.
  await passFillTime(page);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Thanks — we'll be in touch" })).toBeVisible();
  await expect(page.getByText("We'll email you our starter guide")).toBeVisible();
}

async function openLead(page: Page, email: string, name: string) {
  await page.goto(`/leads?search=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: new RegExp(name) }).first().click();
  return page.getByRole("list", { name: "History", exact: true });
}

async function saveSettings(page: Page, values: { clickPoints: string; postalAddress?: string; defaultSequence?: string }) {
  await page.goto("/settings/nurture");
  await page.getByLabel("Tracked click").fill(values.clickPoints);
  if (values.postalAddress !== undefined) await page.getByLabel(/Postal address/).fill(values.postalAddress);
  if (values.defaultSequence) await page.getByLabel("Default sequence").selectOption({ label: values.defaultSequence });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
}

test("a marketer's 3-step sequence nurtures a demo lead (emails, unsubscribe) and a click graduates another to sales", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const sequenceName = `E2E welcome ${stamp}`;
  const address = `1 Nurture Way ${stamp}, Springfield`;
  try {
    await setTestClock(request, testTuesdayAt(10)); // a Tuesday afternoon, outside quiet hours in Europe

    // Settings → Nurture (admin): a tracked click is worth enough intent to graduate a founder.
    const admin = await signedIn(browser, "admin");
    await saveSettings(admin, { clickPoints: "60", postalAddress: address });
    await shot(admin, "nurture-settings");

    // The marketer builds the sequence.
    const marketer = await signedIn(browser, "marketer");
    await marketer.goto("/sequences");
    await marketer.getByLabel("Name").fill(sequenceName);
    await marketer.getByRole("button", { name: "Create sequence" }).click();
    await expect(marketer.getByRole("heading", { name: sequenceName })).toBeVisible();
    const steps = marketer.getByRole("list", { name: "Steps" });

    await marketer.getByRole("button", { name: "Add email" }).click();
    const first = steps.getByRole("listitem").nth(0);
    const guide = new URL("/f/demo", marketer.url()).href;
    await first.getByLabel("Subject").fill("Welcome, {{first_name}}");
    await first.getByLabel("Body (Markdown)").fill(`Hi {{firstname}},\n\nHere is [our guide](${guide}) for {{company}}.`);
    await marketer.getByRole("button", { name: "Save draft" }).click();
    await expect(first.getByText("Unknown merge field {{firstname}}")).toBeVisible();
    await first.getByLabel("Body (Markdown)").fill(`Hi {{first_name}},\n\nHere is [our guide](${guide}) for {{company}}.\n\n<b>not bold</b>`);
    await marketer.getByRole("button", { name: "Add email" }).click();
    await marketer.getByRole("button", { name: "Add wait" }).click();
    await marketer.getByRole("button", { name: "Save draft" }).click();
    await expect(steps.getByRole("listitem").nth(1).getByText("Give the email a subject")).toBeVisible();
    const second = steps.getByRole("listitem").nth(1);
    await second.getByLabel("Subject").fill("Still exploring, {{first_name}}?");
    await second.getByLabel("Body (Markdown)").fill("{{rep.name}} is here when you are ready.");

    // The wait is third: move it between the emails with the keyboard (dnd-kit: Space, ↑, Space).
    const handle = marketer.getByRole("button", { name: /^Reorder step 3, wait/ });
    // Each key waits for dnd-kit's announcement of the state it leads to (state, never time).
    const announced = marketer.locator('[id^="DndLiveRegion"]');
    await handle.focus();
    await marketer.keyboard.press("Space");
    await expect(announced).toContainText(/Picked up step 3, wait|step 3, wait 2 days is over position 3 of 3/);
    await marketer.keyboard.press("ArrowUp");
    await expect(announced).toContainText("is over position 2 of 3");
    await marketer.keyboard.press("Space");
    await expect(announced).toContainText("was dropped at position 2 of 3");
    await expect(steps.getByRole("listitem").nth(1)).toHaveAccessibleName("Step 2: Wait");
    const wait = steps.getByRole("listitem").nth(1);
    await wait.getByLabel("Wait", { exact: true }).fill("2");
    await wait.getByLabel("Unit").selectOption("Hours");
    await expect(steps.getByRole("listitem")).toHaveCount(3);
    await expect(steps.getByRole("listitem").nth(2).getByLabel("Subject")).toHaveValue("Still exploring, {{first_name}}?");

    await marketer.getByRole("button", { name: "Save draft" }).click();
    await expect(marketer.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await marketer.getByRole("button", { name: "Publish" }).click();
    await expect(marketer.getByText(/Published version 1\./)).toBeVisible();
    await marketer.getByRole("button", { name: "Make workspace default" }).click();
    await expect(marketer.getByText("This is now the workspace's default sequence.")).toBeVisible();
    await expect(marketer.getByText("Workspace default")).toBeVisible();
    await expect(marketer.getByRole("list", { name: "Published versions" })).toContainText("Version 1 (current)");

    // A manager reads the same sequence; nothing is editable (the server refuses edits anyway).
    const manager = await signedIn(browser, "manager");
    await manager.goto(marketer.url());
    await expect(manager.getByText("Read only: owners, admins and marketers edit sequences.")).toBeVisible();
    await expect(manager.getByRole("button", { name: "Save draft" })).toHaveCount(0);
    await expect(manager.getByRole("list", { name: "Steps" }).getByLabel("Subject").first()).toBeDisabled();
    await shot(manager, "sequence-read-only");
    await manager.context().close();

    // Preview with the sample lead, and a test to the marketer's own address.
    await expect(marketer.frameLocator('iframe[title="Preview of step 1: Welcome, Ada"]').getByText("Analytical Engines", { exact: false })).toBeVisible();
    await expect(marketer.frameLocator('iframe[title="Preview of step 1: Welcome, Ada"]').getByText("<b>not bold</b>")).toBeVisible();
    await shot(marketer, "sequence-editor");
    if (SHOTS) await marketer.locator('iframe[title="Preview of step 1: Welcome, Ada"]').screenshot({ path: `${SHOTS}/preview-step-1.png` });
    // Click once the preview has settled (its refetch after the save re-renders the list); a click
    // lost to that re-render shows no "Sending…" and is made again.
    await expect(marketer.getByRole("button", { name: "Refresh preview" })).toBeEnabled();
    await expect(async () => {
      await marketer.getByRole("button", { name: "Send step 1 as a test to me" }).click();
      await expect(marketer.getByText(/Sending a test of step 1…|Test of step 1 sent/)).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await expect(marketer.getByText("Test of step 1 sent to your email address.")).toBeVisible({ timeout: 30_000 });
    await waitForMail(DEMO_USERS.marketer, /^\[Test\] Welcome, Ada/);

    // Two small-company founders on the demo form are enrolled in the marketer's sequence.
    const prospect = await (await browser.newContext()).newPage();
    await installFormClock(prospect); // the form's clock ticks on as usual; submitFounder moves it past the fill time
    const sam = { email: `sam.${stamp}@tinystartup.io`, name: "Sam Nurture", company: "Tiny & Co" };
    const kim = { email: `kim.${stamp}@tinystartup.io`, name: "Kim Leaves", company: "Kim Co" };
    await submitFounder(prospect, sam);
    await submitFounder(prospect, kim);
    const history = await openLead(admin, sam.email, sam.name);
    // The enrolment names the sequence (its version second).
    const enrolled = history.getByRole("listitem").filter({ hasText: `Enrolled in the nurture sequence ${sequenceName}` });
    await expect(enrolled).toContainText("version 1");
    const samLead = admin.url(); // found by search once; later visits open it directly

    // The clock moves: the first emails are sent, with the postal address and an unsubscribe link.
    await advanceTestClock(request, 60_000);
    const welcome = await waitForMail(sam.email, /^Welcome, Sam$/);
    expect(welcome.text).toContain("Tiny & Co");
    expect(welcome.text).toContain(address);
    expect(welcome.html).not.toContain("<b>not bold</b>");
    const kimWelcome = await waitForMail(kim.email, /^Welcome, Kim$/);

    // Kim's mail client uses the one-click unsubscribe (RFC 8058 POST): she leaves the sequence.
    const oneClick = await request.post(linkIn(kimWelcome, "/n/u/"), { form: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
    const kimHistory = await openLead(admin, kim.email, kim.name);
    await expect(kimHistory.getByText("Left the nurture sequence: unsubscribed")).toBeVisible();
    await expect(kimHistory.getByText(`From “Welcome, Kim” (${sequenceName})`)).toBeVisible();
    await expect(admin.getByRole("note", { name: "Unsubscribed" })).toContainText("from “Welcome, Kim”");

    // Sam opens his unsubscribe link (reading it changes nothing) but does not press the button. The
    // page names whose emails and his address (masked: the link is a bearer token), with the
    // product's look, and loads nothing that is missing (no 404 favicon or stylesheet).
    const missing: string[] = [];
    const onResponse = (response: { status(): number; url(): string }) => void (response.status() === 404 && missing.push(response.url()));
    prospect.on("response", onResponse);
    await prospect.goto(linkIn(welcome, "/n/u/"));
    await expect(prospect.getByRole("heading", { name: "Stop Demo Co’s emails to s***@tinystartup.io?" })).toBeVisible();
    await expect(prospect.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
    await expect(prospect.locator("body")).not.toContainText(sam.email);
    expect(await prospect.getByRole("button", { name: "Unsubscribe" }).evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await prospect.setViewportSize({ width: 390, height: 844 });
    expect(await prospect.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(prospect, "unsubscribe-390");
    await prospect.setViewportSize({ width: 1280, height: 800 });
    await shot(prospect, "unsubscribe-1280");
    await prospect.reload();
    await expect(prospect.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
    prospect.off("response", onResponse);
    expect(missing).toEqual([]);

    // A day later (the 2-hour wait has passed) Sam gets the second email; Kim gets nothing more.
    await advanceTestClock(request, DAY_MS);
    const followUp = await waitForMail(sam.email, /^Still exploring, Sam\?$/);
    expect(followUp.text).toContain(address);
    expect((await mailTo(kim.email)).map((m) => m.subject)).toEqual(["Welcome, Kim"]);
    await admin.goto(samLead);
    await expect(history.getByText("Nurture email sent: Still exploring, Sam?")).toBeVisible();
    await expect(history.getByText("Left the nurture sequence: the sequence ended")).toBeVisible();

    // Sam unsubscribes with the button of the second email's link (a POST): suppressed from now on.
    await prospect.goto(linkIn(followUp, "/n/u/"));
    await prospect.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(prospect.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
    await expect(prospect.getByText("No more of Demo Co’s emails go to s***@tinystartup.io.")).toBeVisible();
    await shot(prospect, "unsubscribe-done");
    // Opening the link again says he is already unsubscribed, with no button to press.
    await prospect.goto(linkIn(followUp, "/n/u/"));
    await expect(prospect.getByRole("heading", { name: "Already unsubscribed" })).toBeVisible();
    await expect(prospect.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
    await shot(prospect, "unsubscribe-again");
    // A mail client's one-click POST after the press changes nothing and still answers 200.
    expect((await request.post(linkIn(followUp, "/n/u/"), { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);
    // His sequence had ended: the lead page still shows that he unsubscribed, when, and from which email.
    await admin.goto(samLead);
    const samHistory = history;
    const unsubscribed = samHistory.getByRole("listitem").filter({ hasText: "Unsubscribed from nurture emails" });
    await expect(unsubscribed).toContainText(`From “Still exploring, Sam?” (${sequenceName})`);
    await expect(unsubscribed).toContainText(testTuesdayDay(1)); // the clock was moved a day on
    await expect(admin.getByRole("note", { name: "Unsubscribed" })).toContainText(`Unsubscribed from nurture emails ${testTuesdayDay(1)}`);
    await expect(admin.getByRole("note", { name: "Unsubscribed" })).toContainText(`from “Still exploring, Sam?” (${sequenceName})`);
    await shot(admin, "unsubscribed-after-sequence");

    // A second founder clicks the tracked link in her first email: intent +60 graduates her to sales.
    const lee = { email: `lee.${stamp}@tinystartup.io`, name: "Lee Graduate", company: "Small Co" };
    await submitFounder(prospect, lee);
    await advanceTestClock(request, 60_000);
    const leeWelcome = await waitForMail(lee.email, /^Welcome, Lee$/);
    await prospect.goto(linkIn(leeWelcome, "/n/c/"));
    // Back on the form through the tracked link: the page carries the signed return-visit token.
    await expect(prospect).toHaveURL(/\/f\/demo\?sb_rv=/);

    let alert: TCapturedMail | undefined;
    await expect
      .poll(async () => {
        alert = (await listMail()).find((m) => m.text.includes("graduated from nurture: ") && m.text.includes(lee.name));
        return Boolean(alert);
      }, { message: "a rep alert saying the lead graduated from nurture", timeout: 30_000 })
      .toBe(true);
    expect(alert!.to.length).toBeGreaterThan(0);
    const leeHistory = await openLead(admin, lee.email, lee.name);
    await expect(leeHistory.getByText("Left the nurture sequence: graduated to sales")).toBeVisible();
    await expect(leeHistory.getByText("after a click (+60 intent)")).toBeVisible();
    await shot(admin, "graduated-lead");

    // The sequence's figures.
    await marketer.goto("/sequences");
    const row = marketer.getByRole("row").filter({ hasText: sequenceName });
    await expect(row.getByRole("cell")).toHaveText([new RegExp(sequenceName), "3", "4", "1", "1", "1", "0"]);
    await shot(marketer, "sequences");

    // The routing editor's nurture path can name a sequence (empty: the workspace default).
    await admin.goto("/routing");
    await admin.getByRole("button", { name: /^Edit path \d+ \(Nurture\)$/ }).click();
    await expect(admin.getByLabel("Sequence", { exact: true })).toHaveValue("");
    await expect(admin.getByLabel("Sequence", { exact: true }).getByRole("option", { name: sequenceName })).toHaveCount(1);
    await shot(admin, "routing-nurture-path");

    // Leave the workspace as the seed had it for other specs.
    await saveSettings(admin, { clickPoints: "10", defaultSequence: "Getting started" });
  } finally {
    await resetTestClock(request);
  }
});
