// What a public submission costs of its address's budget (RATE_LIMIT_FORM_SUBMISSIONS_PER_10_MIN),
// and what a replay answers. Only a submission that is stored counts: a 422 (the server found a
// value the browser did not, a prospect correcting their answers behind an office NAT) costs
// nothing, so it cannot lock anyone out of a form they are filling correctly; spam is stored and
// counts; an Idempotency-Key replay costs nothing and answers what the first request answered,
// `warnings` included. A real limiter (memory store) of 3 and a real database (both lanes).
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { useTestDb } from "../../testing/use-test-db";
import { countRows, NOW, seedForm, validAnswers, validBody } from "../../testing/fixtures/submission-fixtures";
import { RateLimitError } from "../rate-limit/rate-limit-error";
import { createRateLimits, type TLimiter } from "../rate-limit/rate-limits";
import { submitForm, type TSubmitFormInput } from "./submit-form";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const BUDGET = 3;
const LIMITS = { apiKeyPerMinute: 100, formSubmissionsPer10Min: BUDGET, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 };

let rateLimit: TLimiter;
beforeEach(async () => {
  await seedForm(testDb.db);
  rateLimit = createRateLimits({ kind: "memory" }, LIMITS).formSubmission;
});

function submit(patch: Partial<TSubmitFormInput> = {}) {
  return submitForm(testDb.db, { slug: "talk-to-sales", body: validBody(), idempotencyKey: null, ip: "203.0.113.7", now: NOW, rateLimit, ...patch });
}

/** The error code a refused submission gets ("VALIDATION" = 422, "RATE_LIMITED" = 429), or its status. */
async function outcomeOf(promise: Promise<{ status: number }>): Promise<number | string> {
  const result = await promise.then((r) => r, (e: unknown) => e);
  if (result instanceof AppError) return result.code;
  return (result as { status: number }).status;
}

/** Refused by the server's own checks, each a 422: the body's shape, and values buildLead refuses. */
const INVALID_BODIES: [string, unknown][] = [
  ["answers not an object", { answers: "yes" }],
  ["an email the server refuses", validBody({ answers: validAnswers({ email: "ada@example" }) })],
  ["a required consent not given", validBody({ answers: validAnswers({ consent: false }) })],
  ["a name over the question's maximum", validBody({ answers: validAnswers({ name: "x".repeat(51) }) })],
];

describe(`the submissions budget counts stored submissions only (${lane})`, () => {
  it(`${INVALID_BODIES.length} refused submissions (422) from one address, then a valid one: 201`, async () => {
    for (const [, body] of INVALID_BODIES) expect(await outcomeOf(submit({ body }))).toBe("VALIDATION");
    expect(await outcomeOf(submit())).toBe(201);
    expect((await countRows(testDb.db)).leads).toBe(1);
  });

  it(`${BUDGET} stored submissions (spam among them), then one more: 429; a 422 past the budget stays a 422`, async () => {
    expect(await outcomeOf(submit())).toBe(201);
    expect(await outcomeOf(submit({ body: validBody({ company_website_hp: "http://spam.example" }) }))).toBe(201);
    expect(await outcomeOf(submit())).toBe(201);
    const refused = await submit().then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitError);
    expect((refused as RateLimitError).retryAfterS).toBeGreaterThan(0);
    // Past the budget an invalid body still hears what is wrong with it (it would not be stored anyway).
    expect(await outcomeOf(submit({ body: INVALID_BODIES[1]![1] }))).toBe("VALIDATION");
    expect(await countRows(testDb.db)).toMatchObject({ leads: BUDGET });
    // The budget is per address.
    expect(await outcomeOf(submit({ ip: "198.51.100.1" }))).toBe(201);
  });
});

describe(`an Idempotency-Key replay answers what the first request answered (${lane})`, () => {
  // An answer to a key the form does not have (kept as not applicable) and an anonymous "api" source: two warnings.
  const body = validBody({ answers: validAnswers({ crm_id: "42" }), context: { startedAt: new Date(NOW.getTime() - 60_000).toISOString(), source: "api" } });

  it("the same warnings as the 201, at no cost, also past the budget", async () => {
    const first = await submit({ body, idempotencyKey: "lost-answer-1" });
    expect(first.status).toBe(201);
    expect(first.response.warnings?.map((w) => w.path)).toEqual(["context.source", "answers.crm_id"]);
    const replay = await submit({ body, idempotencyKey: "lost-answer-1" });
    expect(replay).toEqual({ status: 200, response: first.response });

    for (let i = 1; i < BUDGET; i++) expect(await outcomeOf(submit())).toBe(201);
    expect(await outcomeOf(submit())).toBe("RATE_LIMITED");
    expect(await submit({ body, idempotencyKey: "lost-answer-1" })).toEqual({ status: 200, response: first.response });
    expect((await countRows(testDb.db)).leads).toBe(BUDGET);
  });

  it("a replay of a submission with no warnings has none", async () => {
    const first = await submit({ idempotencyKey: "clean-1" });
    expect(first.response.warnings).toBeUndefined();
    expect(await submit({ idempotencyKey: "clean-1" })).toEqual({ status: 200, response: first.response });
  });

  it("concurrent requests with one key: every answer carries the first answer's warnings", async () => {
    const results = await Promise.all(Array.from({ length: 3 }, () => submit({ body, idempotencyKey: "double-click", rateLimit: createRateLimits({ kind: "memory" }, { ...LIMITS, formSubmissionsPer10Min: 100 }).formSubmission })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const first = results.find((r) => r.status === 201)!;
    for (const r of results) expect(r.response).toEqual(first.response);
  });
});
