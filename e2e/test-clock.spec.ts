// The test clock is the harness's, and only the harness's (server/time/test-clock-route.ts).
import { expect, test } from "./fixtures";
import { resetTestClock, setTestClock } from "./test-clock";

test.describe.serial("the test clock", () => {
  test.afterEach(async ({ request }) => {
    await resetTestClock(request);
  });

  test("attack: a stranger without the harness's token cannot move the clock — 401, time unchanged", async ({ request }) => {
    const wrong = await request.post("/api/test-clock", { data: { at: "2001-01-01T00:00:00Z" }, headers: { authorization: "Bearer guess-guess-guess-guess-guess-guess" } });
    expect(wrong.status()).toBe(401);
    const none = await request.post("/api/test-clock", { data: { advanceMs: 86_400_000 } });
    expect(none.status()).toBe(401);
    const reading = await resetTestClock(request);
    expect(Math.abs(reading.getTime() - Date.now())).toBeLessThan(60_000);
  });

  test("the harness sets the app's time, and it ticks on from there", async ({ request }) => {
    const set = await setTestClock(request, "2026-03-10T14:30:00Z");
    expect(set.toISOString().startsWith("2026-03-10T14:30")).toBe(true);
    const clock = await request.get("/api/test-clock", { headers: { authorization: `Bearer ${process.env.E2E_TEST_CLOCK_TOKEN}` } });
    const { now } = (await clock.json()) as { now: string };
    expect(now.startsWith("2026-03-10T14:3")).toBe(true);
  });

  test("a bad move names what is wrong — 422 with the path", async ({ request }) => {
    const response = await request.post("/api/test-clock", { data: { at: "tomorrow" }, headers: { authorization: `Bearer ${process.env.E2E_TEST_CLOCK_TOKEN}` } });
    expect(response.status()).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("at");
  });
});
