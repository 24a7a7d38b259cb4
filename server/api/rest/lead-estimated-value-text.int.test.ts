// POST /api/v1/leads (and the sample lead of POST /api/v1/routing/test): `estimatedValue` sent as
// text ("50000", "50000.50" — what many CRMs export for a money field) is the same amount as the
// number. It was a 422 "(a number)" and the lead was lost — even with a form, where the value is
// ignored with a warning anyway. Thousands commas in their places ("1,200", "1,200,000.50") are
// taken too: one reader of money's text with the outcome events' amount (money-amount.ts's
// readMoneyAmount); "1,200" was a 422 here while the events took it. A sign, an exponent or an
// ambiguous spelling ("1,20", "1.200,50", "1 200", "$1,200", "-5", "+5", "1e3") stays a 422 at
// estimatedValue, nothing written. Through the real handlers, the seeded demo workspace and a
// real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import { MONEY_AMOUNT_MESSAGE } from "../../domain/validation/money-amount";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleTestRouting } from "./handle-routing";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const dryRun = async (body: unknown) => readJson<TRoutingTestAnswer & TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));

describe(`POST /api/v1/leads: estimatedValue as text (${lane})`, () => {
  it.each<[string, number]>([
    ["50000", 50_000],
    ["50000.50", 50_000.5],
    [" 12500.5 ", 12_500.5],
    ["999999999999.99", 999_999_999_999.99],
    ["1,200", 1_200],
    ["1,200,000.50", 1_200_000.5],
    [" 42,000 ", 42_000],
    ["999,999,999,999.99", 999_999_999_999.99],
  ])("without a form, %j → 201, stored as the amount %d", async (sent, amount) => {
    const { status, json } = await post({ person: { email: "cfo@firstbank.com" }, tier: "sales_ready", estimatedValue: sent });
    expect(status).toBe(201);
    expect(json.lead.estimatedValue).toBe(amount);
    expect(json.warnings ?? []).toEqual([]);
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.lead.id }, select: { estimatedValue: true } });
    expect(Number(stored.estimatedValue)).toBe(amount);
  });

  it("with a form, a string estimatedValue is ignored with the same warning as a number (it was a 422 and the lead was lost)", async () => {
    const asNumber = await post({ form: "demo", answers: BANK_VP, estimatedValue: 50_000 });
    const asText = await post({ form: "demo", answers: { ...BANK_VP, email: "vp2@firstbank.com" }, estimatedValue: "50000" });
    expect([asNumber.status, asText.status]).toEqual([201, 201]);
    const warning = (w: typeof asText.json.warnings) => (w ?? []).filter((x) => x.path === "estimatedValue");
    expect(warning(asText.json.warnings)).toEqual(warning(asNumber.json.warnings));
    expect(warning(asText.json.warnings)).toHaveLength(1);
    expect(asText.json.lead.estimatedValue).toBe(asNumber.json.lead.estimatedValue);
  });

  it("the number and its decimal string are one request for an Idempotency-Key: the replay answers 200 with the first lead", async () => {
    const first = await post({ person: { email: "cfo@firstbank.com" }, estimatedValue: 42_000.5 }, { "idempotency-key": "crm-deal-1" });
    const again = await post({ person: { email: "cfo@firstbank.com" }, estimatedValue: "42000.50" }, { "idempotency-key": "crm-deal-1" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.json.lead.id).toBe(first.json.lead.id);
    expect(await env.testDb.db.lead.count()).toBe(1);
  });

  it.each(["1e3", "+5", "-5", "1,20", "1.200,50", "1 200", "$1,200", "$50", "50000.123", "1,200.505", "1000000000000", "abc", ""])("%j is not an amount as money is written: 422 at estimatedValue saying what is taken, nothing written", async (sent) => {
    const { status, json } = await post({ person: { email: "cfo@firstbank.com" }, estimatedValue: sent });
    if (sent === "") {
      // Blank text is "not given" (a warning), as for every optional property.
      expect(status).toBe(201);
      return;
    }
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "estimatedValue", message: MONEY_AMOUNT_MESSAGE }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});

describe(`POST /api/v1/routing/test: lead.estimatedValue as text (${lane})`, () => {
  it.each(["200000", "200,000"])("%j is tested like 200000 (the intake takes it, so it can be dry-run)", async (sent) => {
    const asNumber = await dryRun({ lead: { answers: {}, tier: "sales_ready", estimatedValue: 200_000 }, at: NOW.toISOString() });
    const asText = await dryRun({ lead: { answers: {}, tier: "sales_ready", estimatedValue: sent }, at: NOW.toISOString() });
    expect([asNumber.status, asText.status]).toEqual([200, 200]);
    expect(asText.json.decision).toEqual({ ...asNumber.json.decision, decidedAt: asText.json.decision.decidedAt });
  });

  it("\"1e3\" is a 422 at lead.estimatedValue with the intake's message (the events' amount's too)", async () => {
    const { status, json } = await dryRun({ lead: { answers: {}, estimatedValue: "1e3" }, at: NOW.toISOString() });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.estimatedValue", message: MONEY_AMOUNT_MESSAGE }]);
  });
});
