// The e2e harness's handle on the clock: POST /api/test-clock. It exists only when the server
// was started with TEST_CLOCK_TOKEN (npm run test:e2e generates one per run); otherwise every
// method answers 404, exactly like a route that does not exist. With it, the caller must send
// `Authorization: Bearer <TEST_CLOCK_TOKEN>`.
//
//   GET                       → { now, offsetMs }
//   POST { "at": ISO }        → the clock reads `at` now, and ticks on from there
//   POST { "advanceMs": n }   → the clock jumps n ms forward (listeners run: due work is swept)
//   POST { "reset": true }    → back to the wall clock
import crypto from "node:crypto";
import { z } from "zod";
import { clockOffsetMs, moveClock, now } from "./clock";

const ZClockChange = z.union([
  z.object({ at: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ advanceMs: z.number().int().min(0).max(400 * 86_400_000) }).strict(),
  z.object({ reset: z.literal(true) }).strict(),
]);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

const NOT_FOUND = () => json(404, { error: { code: "NOT_FOUND", message: "Not found", details: [] } });

function isAuthorized(request: Request, token: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function reading() {
  return { now: now().toISOString(), offsetMs: clockOffsetMs() };
}

export async function handleTestClock(request: Request, token: string | undefined): Promise<Response> {
  if (!token) return NOT_FOUND();
  if (!isAuthorized(request, token)) {
    return json(401, { error: { code: "UNAUTHORIZED", message: "The test clock needs the harness's bearer token", details: [] } });
  }
  if (request.method === "GET") return json(200, reading());
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: { code: "BAD_REQUEST", message: "The body must be JSON", details: [] } });
  }
  const parsed = ZClockChange.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return json(422, { error: { code: "VALIDATION", message: "Send { at }, { advanceMs } or { reset: true }", details } });
  }
  const change = parsed.data;
  if ("at" in change) moveClock({ to: new Date(change.at) });
  else if ("advanceMs" in change) moveClock({ byMs: change.advanceMs });
  else moveClock({ reset: true });
  return json(200, reading());
}
