// The API key's rate limit is told on every answer that counted against it, not only as
// Retry-After on a 429: RateLimit-Limit (the key's requests per window), RateLimit-Remaining (what
// is left of it after this request) and RateLimit-Reset (seconds until the window starts again),
// the IETF RateLimit header fields draft's names. Read from what taking the request's point already
// answered (rate-limiter-flexible's result): no extra round trip. A 401 took no point: no headers.
// Real handlers, a real database; the limiter's store is PostgreSQL's rate_limits table on the
// server lane (TEST_DATABASE_URL), memory on PGlite (as the app runs each).
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createRateLimits, type TRateLimitStore } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { handleLeadEvent } from "./handle-lead-events";
import { handleCreateLead } from "./handle-leads";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const LIMITS = { apiKeyPerMinute: 3, formSubmissionsPer10Min: 100, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 };
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

function keyLimit() {
  let store: TRateLimitStore = { kind: "memory" };
  if (lane === "postgres") {
    const pool = new pg.Pool({ connectionString: env.testDb.url, max: 2 });
    pools.push(pool);
    store = { kind: "postgres", pool };
  }
  return createRateLimits(store, LIMITS).apiKey;
}

const quota = (headers: Headers) => ({ limit: headers.get("ratelimit-limit"), remaining: headers.get("ratelimit-remaining"), reset: Number(headers.get("ratelimit-reset")) });

describe(`API key responses carry RateLimit-Limit, -Remaining and -Reset (${lane})`, () => {
  it("a created lead, a recorded event and a 422 count down; the 429 says 0 left with Retry-After", async () => {
    const rateLimit = keyLimit(); // 3 requests a minute
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const event = (body: unknown) => handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${lead.id}/events`, { key: env.kit.key, body }), lead.id, NOW, async () => env.kit.queue, { rateLimit }).then((r) => readJson(r));

    const created = await readJson(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: { ...BANK_VP, email: "two@firstbank.com" } } }), NOW, env.kit.deps, { rateLimit }));
    expect(created.status).toBe(201);
    const recorded = await event({ type: "contacted", occurredAt: "2026-12-01T14:59:00Z" });
    expect(recorded.status).toBe(201);
    const refusedField = await event({ type: "contacted" });
    expect(refusedField.status).toBe(422);
    const limited = await event({ type: "contacted", occurredAt: "2026-12-01T14:59:00Z" });
    expect(limited.status).toBe(429);

    expect([created, recorded, refusedField, limited].map((r) => ({ limit: quota(r.headers).limit, remaining: quota(r.headers).remaining }))).toEqual([
      { limit: "3", remaining: "2" },
      { limit: "3", remaining: "1" },
      { limit: "3", remaining: "0" },
      { limit: "3", remaining: "0" },
    ]);
    for (const answer of [created, recorded, refusedField, limited]) {
      expect(quota(answer.headers).reset).toBeGreaterThanOrEqual(1);
      expect(quota(answer.headers).reset).toBeLessThanOrEqual(60);
    }
    expect(Number(limited.headers.get("retry-after"))).toBe(quota(limited.headers).reset);
  });

  it("a request without a valid key took no point: no RateLimit headers on its 401", async () => {
    const rateLimit = keyLimit();
    const answer = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: "sb_live_nope", body: { form: "demo", answers: BANK_VP } }), NOW, env.kit.deps, { rateLimit });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("ratelimit-limit")).toBeNull();
  });
});
