// The prospect's manage page (/b/<token>) tells of a change once: after a move ("Moved. An updated
// invite is on its way.", ?moved=1) or a time taken meanwhile ("That time was just taken — please
// pick another.", ?taken=1), the notice shows and its flag leaves the address without a reload —
// the zone picked in "Times in" (?tz=) stays — so a reload, a bookmark or a shared address shows the
// page as it is, without the notice again. Without JavaScript the notice still shows (rendered on
// the server; booking-manage-zone-choice.spec.ts) and the flag stays.
import type { APIRequestContext, Page } from "@playwright/test";
import { BANK_VP } from "../prisma/seed/demo-answers";
import { expect, test } from "./fixtures";
import { resetTestClock, setTestClock, testTuesdayAt } from "./test-clock";

const TOKYO = "Asia/Tokyo";
const MOVED = "Moved. An updated invite is on its way.";
const TAKEN = "That time was just taken — please pick another.";

test.afterEach(async ({ request }) => {
  await resetTestClock(request);
});

type TSlots = { status: string; rep: { name: string } | null; days: { slots: { start: string }[] }[] };

/** A bank VP's lead of `company` (email domain `domain`) through the public API, and its slots once its routing is done. */
async function leadOf(request: APIRequestContext, domain: string, company: string, name: string) {
  const submitted = await request.post("/api/v1/forms/demo/submissions", {
    data: { answers: { ...BANK_VP, email: `${name}@${domain}`, full_name: "Nora Once", company }, context: { fillTimeMs: 20_000, source: "api" } },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const token = ((await submitted.json()) as { booking?: { token: string } }).booking?.token;
  expect(token, "the lead is offered booking").toBeTruthy();
  const slots = () => request.get(`/api/v1/bookings/slots?token=${encodeURIComponent(token!)}&tz=UTC`).then((r) => r.json() as Promise<TSlots>);
  // Its routing may finish after the answer: ask until its slots are ready (state, not time).
  await expect.poll(async () => (await slots()).status).toBe("ready");
  return { token: token!, slots: await slots() };
}

/** Books `start` (else the first slot) for the lead; its manage link. */
async function book(request: APIRequestContext, lead: { token: string; slots: TSlots }, start = lead.slots.days[0]!.slots[0]!.start): Promise<string> {
  const booked = await request.post("/api/v1/bookings", { data: { token: lead.token, start, timeZone: "UTC" } });
  expect(booked.status(), await booked.text()).toBe(201);
  return ((await booked.json()) as { booking: { manageUrl: string } }).booking.manageUrl;
}

/** A company of its own for each test: its own email domain, so its second lead goes to the first one's rep (account ownership). */
function newCompany(name: string) {
  const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
  return { domain: `${name}-${stamp}.com`, company: `${name} Bank ${stamp}` };
}

/** The first time offered under "Move to another time" (that `isWanted`): its link and its start (?pick=). */
async function firstMoveTime(page: Page, isWanted: (start: string) => boolean = () => true) {
  const links = page.locator("section", { has: page.getByRole("heading", { name: /^Move to another time/ }) }).getByRole("link");
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    const pick = new URL((await link.getAttribute("href"))!, page.url()).searchParams.get("pick")!;
    if (isWanted(pick)) return { link, pick };
  }
  throw new Error("no such time to move to");
}

test("moved: the notice shows once — the address drops ?moved=1 and a reload shows no notice", async ({ page }) => {
  test.setTimeout(120_000);
  const { domain, company } = newCompany("moved-once");
  const manageUrl = await book(page.request, await leadOf(page.request, domain, company, "vp"));
  const path = new URL(manageUrl).pathname;
  await page.goto(manageUrl);
  await (await firstMoveTime(page)).link.click();
  await page.getByRole("button", { name: "Confirm the move" }).click();
  const notice = page.getByRole("status").filter({ hasText: MOVED });
  await expect(notice).toBeVisible();
  // The flag leaves the address; the notice stays on the screen.
  await expect(page).toHaveURL((url) => url.pathname === path && url.search === "");
  await expect(notice).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Move to another time/ })).toBeVisible();
  await expect(page.getByText(MOVED)).toHaveCount(0);
});

test("a time taken meanwhile: the notice shows once — the address drops ?taken=1, keeps ?tz=, and a reload shows no notice", async ({ page, request }) => {
  test.setTimeout(120_000);
  // Tuesday 10:00 in New York: the account's owner is at work, so the second lead goes to them too.
  await setTestClock(request, testTuesdayAt(10));
  const { domain, company } = newCompany("taken-once");
  const first = await leadOf(request, domain, company, "vp");
  const manageUrl = await book(request, first);
  const path = new URL(manageUrl).pathname;
  // Another prospect of the same bank: the account's owner, the same rep.
  const second = await leadOf(request, domain, company, "cfo");
  expect(second.slots.rep?.name, "the same rep as the first prospect's").toBe(first.slots.rep?.name);
  const secondCanBook = new Set(second.slots.days.flatMap((d) => d.slots.map((s) => s.start)));

  await page.goto(`${manageUrl}?tz=${encodeURIComponent(TOKYO)}`);
  const { link, pick } = await firstMoveTime(page, (start) => secondCanBook.has(start));
  await link.click();
  await expect(page.getByRole("button", { name: "Confirm the move" })).toBeVisible();
  // Meanwhile the other prospect books that very time.
  await book(request, second, pick);

  await page.getByRole("button", { name: "Confirm the move" }).click();
  const notice = page.getByRole("alert").filter({ hasText: TAKEN });
  await expect(notice).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === path && url.search === `?tz=${encodeURIComponent(TOKYO)}`);
  await expect(notice).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Times in/ })).toHaveValue(TOKYO);
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Move to another time/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Times in/ })).toHaveValue(TOKYO);
  await expect(page.getByText(TAKEN)).toHaveCount(0);
});
