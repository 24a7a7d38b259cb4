import { afterEach, describe, expect, it } from "vitest";
import { moveClock, now } from "./clock";
import { handleTestClock } from "./test-clock-route";

const TOKEN = "t".repeat(40);

function call(method: "GET" | "POST", options: { auth?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.auth !== undefined) headers.authorization = options.auth;
  return new Request("http://localhost/api/test-clock", { method, headers, body: method === "POST" ? JSON.stringify(options.body ?? {}) : undefined });
}

afterEach(() => {
  moveClock({ reset: true });
});

describe("POST /api/test-clock", () => {
  it.each([
    { name: "attack: a deployment without TEST_CLOCK_TOKEN — 404 for GET", token: undefined, request: () => call("GET", { auth: `Bearer ${TOKEN}` }), status: 404 },
    { name: "attack: a deployment without TEST_CLOCK_TOKEN — 404 for a move", token: undefined, request: () => call("POST", { auth: `Bearer ${TOKEN}`, body: { advanceMs: 1 } }), status: 404 },
    { name: "attack: no bearer token — 401", token: TOKEN, request: () => call("POST", { body: { advanceMs: 86_400_000 } }), status: 401 },
    { name: "attack: a wrong bearer token of the same length — 401", token: TOKEN, request: () => call("POST", { auth: `Bearer ${"u".repeat(40)}`, body: { advanceMs: 1 } }), status: 401 },
    { name: "an unknown property — 422", token: TOKEN, request: () => call("POST", { auth: `Bearer ${TOKEN}`, body: { at: "2026-01-01T00:00:00Z", extra: 1 } }), status: 422 },
    { name: "a date that is not ISO — 422", token: TOKEN, request: () => call("POST", { auth: `Bearer ${TOKEN}`, body: { at: "tomorrow" } }), status: 422 },
    { name: "a negative advance — 422", token: TOKEN, request: () => call("POST", { auth: `Bearer ${TOKEN}`, body: { advanceMs: -5 } }), status: 422 },
  ])("$name, and the clock does not move", async ({ token, request, status }) => {
    const response = await handleTestClock(request(), token);
    expect(response.status).toBe(status);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it("sets, advances and resets with the harness's token", async () => {
    const auth = `Bearer ${TOKEN}`;
    const set = await handleTestClock(call("POST", { auth, body: { at: "2026-03-08T06:59:00Z" } }), TOKEN);
    expect(set.status).toBe(200);
    expect(((await set.json()) as { now: string }).now.startsWith("2026-03-08T06:59")).toBe(true);
    const advanced = await handleTestClock(call("POST", { auth, body: { advanceMs: 2 * 3_600_000 } }), TOKEN);
    expect(((await advanced.json()) as { now: string }).now.startsWith("2026-03-08T08:59")).toBe(true);
    const read = await handleTestClock(call("GET", { auth }), TOKEN);
    expect(((await read.json()) as { offsetMs: number }).offsetMs).toBeLessThan(0);
    await handleTestClock(call("POST", { auth, body: { reset: true } }), TOKEN);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
