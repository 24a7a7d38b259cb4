// POST /api/v1/leads (and the sample lead of POST /api/v1/routing/test): `estimatedValue` sent as
// a decimal string ("50000", "50000.50" — what many CRMs export for a money field, and what the
// outcome events take for `amount`) is the same amount as the number. It was a 422 "(a number)"
// and the lead was lost — even with a form, where the value is ignored with a warning anyway.
// A string that is not a plain decimal amount ("1,000", "-5", "1e3", "$50") stays a 422 at
// estimatedValue, nothing written. Through the real handlers, the seeded demo workspace and a
// real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { ESTIMATED_VALUE_MESSAGE } from "../../domain/leads/create-lead-request";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleTestRouting } from "./handle-routing";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const dryRun = async (body: unknown) => readJson<TRoutingTestAnswer & TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));

describe(`POST /api/v1/leads: estimatedValue as a decimal string (${lane})`, () => {
  it.each<[string, number]>([
    ["50000", 50_000],
    ["50000.50", 50_000.5],
    [" 12500.5 ", 12_500.5],
    ["999999999999.99", 999_999_999_999.99],
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

  it.each(["1,000", "-5", "1e3", "$50", "50000.123", "1000000000000", "abc", ""])("%j is not a plain amount: 422 at estimatedValue, nothing written", async (sent) => {
    const { status, json } = await post({ person: { email: "cfo@firstbank.com" }, estimatedValue: sent });
    if (sent === "") {
      // Blank text is "not given" (a warning), as for every optional property.
      expect(status).toBe(201);
      return;
    }
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "estimatedValue", message: ESTIMATED_VALUE_MESSAGE }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});

describe(`POST /api/v1/routing/test: lead.estimatedValue as a decimal string (${lane})`, () => {
  it("\"200000\" is tested like 200000 (the intake takes it, so it can be dry-run)", async () => {
    const asNumber = await dryRun({ lead: { answers: {}, tier: "sales_ready", estimatedValue: 200_000 }, at: NOW.toISOString() });
    const asText = await dryRun({ lead: { answers: {}, tier: "sales_ready", estimatedValue: "200000" }, at: NOW.toISOString() });
    expect([asNumber.status, asText.status]).toEqual([200, 200]);
    expect(asText.json.decision).toEqual({ ...asNumber.json.decision, decidedAt: asText.json.decision.decidedAt });
  });

  it("\"1,000\" is a 422 at lead.estimatedValue with the intake's message", async () => {
    const { status, json } = await dryRun({ lead: { answers: {}, estimatedValue: "1,000" }, at: NOW.toISOString() });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.estimatedValue", message: ESTIMATED_VALUE_MESSAGE }]);
  });
});
