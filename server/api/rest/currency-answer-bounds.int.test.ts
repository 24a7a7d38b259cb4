// A currency answer is an amount: not negative and at most 999,999,999,999.99 when its question sets
// no bounds (a lead page showed "-$5.00" and "$12,345,678,901,234,567,000.00"). One shared check
// (validate-field-value.ts): a 422 at answers.<key> on the public submissions endpoint and on
// POST /api/v1/leads with a form; a form-less lead's estimatedValue has the same ceiling (1e12 was
// taken and could not be stored). Through the real REST handlers, the seeded demo workspace and a
// real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { MONEY_AMOUNT_MESSAGE } from "../../domain/validation/money-amount";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, publishDemoVersion, useRoutingKit } from "../../testing/routing-kit";
import { handleSubmission } from "./handle-submission";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const submit = async (answers: Record<string, unknown>) => {
  const request = apiRequest("POST", "/forms/demo/submissions", { key: null, body: { answers, context: { fillTimeMs: 20_000, source: "hosted" } } });
  return readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
};
/** The demo form with an optional currency question "deal_budget" (no bounds of its own) at the end of its first step. */
const withBudget = () =>
  publishDemoVersion(env.testDb, env.kit, (definition) => ({
    ...definition,
    steps: definition.steps.map((step, i) => (i === 0 ? { ...step, fields: [...step.fields, { key: "deal_budget", type: "currency", label: "Budget", currency: "USD", required: false }] } : step)),
  }));

describe(`a currency answer's default bounds, on both intake endpoints (${lane})`, () => {
  it.each<[string, unknown, string]>([
    ["negative", -5, "Please enter an amount of 0 or more"],
    ["twenty digits", 12_345_678_901_234_567_000, "Please enter an amount no greater than 999,999,999,999.99"],
  ])("%s → 422 at answers.deal_budget with a plain message, nothing stored", async (_name, amount, message) => {
    await withBudget();
    const submitted = await submit({ ...BANK_VP, deal_budget: amount });
    expect(submitted.status).toBe(422);
    expect(submitted.json.error.details).toEqual([{ path: "answers.deal_budget", message }]);
    const posted = await post({ form: "demo", answers: { ...BANK_VP, deal_budget: amount } });
    expect(posted.status).toBe(422);
    expect(posted.json.error.details).toEqual([{ path: "answers.deal_budget", message }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("an amount within them is kept", async () => {
    await withBudget();
    expect((await submit({ ...BANK_VP, deal_budget: 25_000 })).status).toBe(201);
  });
});

describe(`a form-less lead's estimatedValue (${lane})`, () => {
  it("one trillion → 422 at estimatedValue (it was taken, and could not be stored)", async () => {
    const { status, json } = await post({ person: { email: "cfo@bigbank.com" }, estimatedValue: 1e12 });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "estimatedValue", message: MONEY_AMOUNT_MESSAGE }]);
  });

  it("the largest amount is stored exactly", async () => {
    const { status, json } = await post({ person: { email: "cfo@bigbank.com" }, estimatedValue: 999_999_999_999.99 });
    expect(status).toBe(201);
    expect(json.lead.estimatedValue).toBe(999_999_999_999.99);
  });
});
