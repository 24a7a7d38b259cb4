// A manager whose browser is in Kolkata reads a lead's meeting on the lead page: the History's
// meeting times are in the viewer's zone, as the History's own times are (formatDateTime through
// <LocalTime>), never a raw "… UTC" slice; "Meeting moved" says from when to when. The Meetings card
// says the meeting in the rep's zone, named as the booking panel names a zone ("Chicago (GMT−6)"),
// and its move choices read "Mon 7 Dec, 07:00", not "2026-12-07 07:00".
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, signInAs, test } from "./fixtures";

test.use({ timezoneId: "Asia/Kolkata", locale: "en-GB" });

const VIEWER_ZONE = "Asia/Kolkata";

/** "Dec 7, 2026, 21:00": the History's format (components/leads/format.ts) in a zone. */
function historyTime(iso: string, zone: string): string {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric", year: "numeric" }).format(at);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day}, ${clock}`;
}

test("lead page: meeting times in the History are the viewer's, the Meetings card names the rep's zone and offers readable move times", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `vp.zones.${stamp}@zonebank.com`, full_name: "Zoe Zones", company: `Zone Bank ${stamp}` }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { leadId, booking } = (await submitted.json()) as { leadId: string; booking?: { token: string } };
  expect(booking?.token, "the lead is offered booking").toBeTruthy();
  const slots = () => request.get(`/api/v1/bookings/slots?token=${encodeURIComponent(booking!.token)}&tz=UTC`).then((r) => r.json() as Promise<{ status: string; days: { slots: { start: string }[] }[] }>);
  await expect.poll(async () => (await slots()).status).toBe("ready");
  const start = (await slots()).days[0]!.slots[0]!.start;
  const booked = await request.post("/api/v1/bookings", { data: { token: booking!.token, start, timeZone: "UTC" } });
  expect(booked.status(), await booked.text()).toBe(201);

  await signInAs(page, "manager");
  await page.goto(`/leads/${leadId}`);
  const meetings = page.getByRole("list", { name: "Meetings" });
  await expect(meetings).toContainText(/ \d{4}, \d\d:\d\d–\d\d:\d\d, [A-Z][^,()]* \(GMT[+−]\d+(:\d\d)?\)/);
  await expect(meetings).not.toContainText("America/");
  const moveTo = meetings.getByRole("combobox", { name: /^Move to — times in [A-Z][^,()]* \(GMT[+−]\d+(:\d\d)?\)$/ });
  await expect(moveTo).toBeVisible();
  const options = moveTo.locator("option");
  await expect(options.first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d$/);
  const newStart = (await options.first().getAttribute("value"))!;

  const history = page.getByRole("list", { name: "History" });
  const bookedEntry = history.locator("li", { hasText: "Meeting booked with" });
  await expect(bookedEntry).toContainText(historyTime(start, VIEWER_ZONE));
  await expect(bookedEntry).not.toContainText(" UTC");

  await moveTo.selectOption(newStart);
  await meetings.getByRole("button", { name: "Move" }).click();
  const movedEntry = history.locator("li", { hasText: "Meeting moved (" });
  await expect(movedEntry).toContainText(`From ${historyTime(start, VIEWER_ZONE)} to ${historyTime(newStart, VIEWER_ZONE)}`);
  await expect(movedEntry).not.toContainText(" UTC");
});
