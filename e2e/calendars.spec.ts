// Calendars in the browser: a rep connects the secret address of their calendar feed (served
// here on 127.0.0.1; the e2e server allows private addresses) and sees its busy times, never the
// address again; a manager sees and manages it on the rep's page, another rep cannot; and the
// seed's point — Priya's afternoon meetings make "Test a lead" skip her, "in a meeting until 15:30".
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, signInAs, test } from "./fixtures";
import { openSettingsPage } from "./settings-nav";
import { BANK_LEAD, runTestLead } from "./test-a-lead";

const SECRET = "/calendar/ical/maya/private-77c1e0/basic.ics";
let server: http.Server;
let feedUrl = "";

// 20 days ahead, 10:00–11:00 UTC and a weekly series of three: far from any routing spec's clock.
const ics = () => {
  const d = new Date(Date.now() + 20 * 86_400_000);
  const ymd = d.toISOString().slice(0, 10).replace(/-/g, "");
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//e2e//EN", "BEGIN:VEVENT", "UID:weekly@e2e", "DTSTAMP:20261101T000000Z", `DTSTART:${ymd}T100000Z`, `DTEND:${ymd}T110000Z`, "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Team sync", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
};

test.beforeAll(async () => {
  server = http.createServer((req, res) => (req.url === SECRET ? res.writeHead(200, { "content-type": "text/calendar" }).end(ics()) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SECRET}`;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test("a rep connects a calendar feed; the address is never shown again; a manager sees it on the rep page, another rep cannot", async ({ page }) => {
  await signInAs(page, "maya");
  await openSettingsPage(page, "My calendar");
  await expect(page.getByRole("heading", { name: "My calendar" })).toBeVisible();
  await page.getByRole("button", { name: "Connect an ICS feed" }).click();
  await page.getByLabel("Secret iCal address").fill("http://127.0.0.1:1/not-a-calendar.ics");
  await page.getByRole("button", { name: "Connect feed" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /refused the connection|could not be reached/ })).toBeVisible();
  await page.getByLabel("Secret iCal address").fill(feedUrl);
  await page.getByRole("button", { name: "Connect feed" }).click();
  await expect(page.getByRole("status")).toHaveText("Calendar connected.");
  const settings = page.getByTestId("calendar-settings");
  await expect(settings).toContainText("ICS feed from 127.0.0.1");
  await expect(page.getByTestId("calendar-upcoming").getByRole("listitem")).toHaveCount(3);
  await page.reload();
  await expect(page.getByTestId("calendar-last-sync")).not.toContainText("never");
  expect(await page.content()).not.toContain("private-77c1e0");

  await page.context().clearCookies();
  await signInAs(page, "tom");
  await page.goto("/reps");
  await page.getByRole("link", { name: /Maya Rodriguez/ }).first().click();
  await expect(page.getByRole("heading", { name: "Maya Rodriguez" })).toBeVisible();
  await expect(page.getByTestId("calendar-settings")).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page, "manager");
  await page.goto("/reps");
  await page.getByRole("link", { name: /Maya Rodriguez/ }).first().click();
  await expect(page.getByTestId("calendar-settings")).toContainText("ICS feed from 127.0.0.1");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("status")).toHaveText("Calendar disconnected.");
  await expect(page.getByTestId("calendar-settings")).toContainText("No calendar connected");
});

test("the seed's point: Test a lead during Priya's afternoon meetings skips her, in a meeting until 15:30", async ({ page }) => {
  // A weekday within the seeded fortnight, 14:30 in New York.
  const day = new Date(Date.now() + 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setTime(day.getTime() + 86_400_000);
  await signInAs(page, "manager");
  await page.goto("/routing");
  const result = await runTestLead(page, { ...BANK_LEAD, email: "buyer@example-bank.com", at: `${day.toISOString().slice(0, 10)}T14:30` });
  await expect(result.getByTestId("test-lead-skipped")).toContainText(/Priya Patel.*in a meeting until 15:30/);
});
