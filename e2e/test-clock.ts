// The test clock (server/time/clock.ts) from a spec: the harness (npm run test:e2e) starts the app
// with TEST_CLOCK_TOKEN and hands the same token to Playwright as E2E_TEST_CLOCK_TOKEN.
// The clock is shared by the whole suite (one server): a spec that moves it resets it when done:
//
//   test.afterEach(() => resetTestClock(request))   // or in a finally
//   await setTestClock(request, "2026-12-01T15:00:00Z");   // Tuesday 10:00 in New York
//   await advanceTestClock(request, 2 * DAY_MS);
import { expect, type APIRequestContext } from "@playwright/test";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

function token(): string {
  const value = process.env.E2E_TEST_CLOCK_TOKEN;
  if (!value) throw new Error("E2E_TEST_CLOCK_TOKEN is not set: run through `npm run test:e2e`");
  return value;
}

async function moveClock(request: APIRequestContext, body: Record<string, unknown>): Promise<Date> {
  const response = await request.post("/api/test-clock", { data: body, headers: { authorization: `Bearer ${token()}` } });
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
