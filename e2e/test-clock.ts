// The test clock (server/time/clock.ts) from a spec: the harness (npm run test:e2e) starts the app
// with TEST_CLOCK_TOKEN and hands the same token to Playwright as E2E_TEST_CLOCK_TOKEN.
// The clock is shared by the whole suite (one server): a spec that moves it resets it when done:
//
//   test.afterEach(() => resetTestClock(request))   // or in a finally
//   await setTestClock(request, testTuesdayAt(10));   // the suite's Tuesday, 10:00 in New York
//   await advanceTestClock(request, 2 * DAY_MS);
import { TZDate } from "@date-fns/tz";
import { expect, type APIRequestContext } from "@playwright/test";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

function token(): string {
  const value = process.env.E2E_TEST_CLOCK_TOKEN;
  if (!value) throw new Error("E2E_TEST_CLOCK_TOKEN is not set: run through `npm run test:e2e`");
  return value;
}

async function moveClock(request: APIRequestContext, body: Record<string, unknown>): Promise<Date> {
  const post = () => request.post("/api/test-clock", { data: body, headers: { authorization: `Bearer ${token()}` } });
  // A kept-alive socket the server closed just as it was reused is reset before the request is
  // read (seen once on a busy CI machine): send it again, once, on a new connection.
  const response = await post().catch((error: Error) => (/ECONNRESET|socket hang up/.test(error.message) ? post() : Promise.reject(error)));
  expect(response.status(), await response.text()).toBe(200);
  return new Date(((await response.json()) as { now: string }).now);
}

/** The app's clock reads `at` now and ticks on from there. */
export function setTestClock(request: APIRequestContext, at: string | Date): Promise<Date> {
  return moveClock(request, { at: new Date(at).toISOString() });
}

/** The app's clock jumps forward; due work (nurture steps, timers) is swept right after. */
export function advanceTestClock(request: APIRequestContext, ms: number): Promise<Date> {
  return moveClock(request, { advanceMs: ms });
}

/** Back to the wall clock. */
export function resetTestClock(request: APIRequestContext): Promise<Date> {
  return moveClock(request, { reset: true });
}

const NEW_YORK = "America/New_York";

/**
 * The suite's working day: the first Tuesday at least two days after today in New York (Tuesday
 * 10:00 there is working time for every demo rep). Never today, so the leads that other specs
 * submit on the wall clock (routed to whoever is at work right now) do not count in that day's
 * caps, and never a date that has passed, whenever the suite runs.
 */
function testTuesday(): { year: number; month: number; day: number } {
  const today = new TZDate(Date.now(), NEW_YORK);
  for (let offset = 2; ; offset++) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, 12, 0, NEW_YORK);
    if (day.getDay() === 2) return { year: day.getFullYear(), month: day.getMonth(), day: day.getDate() };
  }
}

const TUESDAY = testTuesday();

/** The instant of `hour:minute` New York time on the suite's Tuesday (`days` later). */
export function testTuesdayAt(hour: number, minute = 0, days = 0): Date {
  return new Date(new TZDate(TUESDAY.year, TUESDAY.month, TUESDAY.day + days, hour, minute, NEW_YORK).getTime());
}

/** `YYYY-MM-DD` of the suite's Tuesday in New York (`days` later). */
export function testTuesdayDate(days = 0): string {
  const d = new TZDate(TUESDAY.year, TUESDAY.month, TUESDAY.day + days, 12, 0, NEW_YORK);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** "Dec 9, 2026": the suite's Tuesday (`days` later) as the dashboard writes a day (components/leads/format.ts). */
export function testTuesdayDay(days = 0): string {
  const d = new TZDate(TUESDAY.year, TUESDAY.month, TUESDAY.day + days, 12, 0, NEW_YORK);
  return d.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: NEW_YORK });
}

/** `YYYY-MM-DDTHH:mm` (New York wall clock, as the Test a lead panel takes it) on the suite's Tuesday (`days` later). */
export function testTuesdayLocal(hour: number, minute = 0, days = 0): string {
  return `${testTuesdayDate(days)}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
