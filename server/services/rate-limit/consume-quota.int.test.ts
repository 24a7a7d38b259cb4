// A limiter's consume answers what is left of the limit after its point (limit, remaining, seconds
// to the window's end), read from the library's own answer to the take: no extra query. Past the
// limit it throws the RateLimitError carrying the same quota with 0 left. Over several windows (the
// sign-in limits: 15 minutes and a day) the window with the fewest points left speaks. The store is
// PostgreSQL's rate_limits table on the server lane (TEST_DATABASE_URL), memory on PGlite, as the
// app runs each.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../testing/use-test-db";
import { RateLimitError } from "./rate-limit-error";
import { createRateLimits, type TRateLimitConfig, type TRateLimitStore } from "./rate-limits";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const LIMITS: TRateLimitConfig = {
  apiKeyPerMinute: 3,
  formSubmissionsPer10Min: 100,
  formReadsPerMinute: 100,
  signInPer15Min: 2,
  emailsPerRecipientPerHour: 100,
  emailsPerAddressPerHour: 100,
};
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

function limits() {
  let store: TRateLimitStore = { kind: "memory" };
  if (lane === "postgres") {
    const pool = new pg.Pool({ connectionString: testDb.url, max: 2 });
    pools.push(pool);
    store = { kind: "postgres", pool };
  }
  return createRateLimits(store, LIMITS);
}

/** The quota a take answered or a refusal carried: limit and remaining exactly, the reset within its window. */
async function quotaOf(take: Promise<unknown>, windowS: number) {
  const answer = await take.then(
    (quota) => ({ refused: false, quota }),
    (error: unknown) => {
      if (!(error instanceof RateLimitError)) throw error;
      return { refused: true, quota: error.quota };
    },
  );
  const { limit, remaining, resetS } = answer.quota as { limit: number; remaining: number; resetS: number };
  expect(resetS).toBeGreaterThanOrEqual(1);
  expect(resetS).toBeLessThanOrEqual(windowS);
  return { refused: answer.refused, limit, remaining };
}

describe(`consume answers the quota (${lane})`, () => {
  it.each<[string, "apiKey" | "signInAccount", number, { refused: boolean; limit: number; remaining: number }[]]>([
    [
      "one window (an API key, 3 a minute): counts down to 0, then refused with 0 left",
      "apiKey",
      60,
      [
        { refused: false, limit: 3, remaining: 2 },
        { refused: false, limit: 3, remaining: 1 },
        { refused: false, limit: 3, remaining: 0 },
        { refused: true, limit: 3, remaining: 0 },
      ],
    ],
    [
      "two windows (sign-in, 2 per 15 minutes and 10 a day): the window with the fewest left",
      "signInAccount",
      24 * 60 * 60,
      [
        { refused: false, limit: 2, remaining: 1 },
        { refused: false, limit: 2, remaining: 0 },
        { refused: true, limit: 2, remaining: 0 },
      ],
    ],
  ])("%s", async (_what, name, windowS, expected) => {
    const limiter = limits()[name];
    const answers = [];
    for (let i = 0; i < expected.length; i++) answers.push(await quotaOf(limiter.consume("key", "one"), windowS));
    expect(answers).toEqual(expected);
    // Another key has its own quota.
    expect(await quotaOf(limiter.consume("key", "two"), windowS)).toEqual(expected[0]);
  });
});
