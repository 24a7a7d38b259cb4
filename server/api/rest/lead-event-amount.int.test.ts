// An outcome's amount round-trips: what GET answers (opportunityAmount / wonAmount as decimal
// strings, "42000.50") can be sent back to POST /api/v1/leads/{id}/events (it was a 422
// "expected number, received string"), and so can a CRM's export with thousands commas ("42,000.50").
// Money's text is read as estimatedValue reads it (money-amount.ts's readMoneyAmount): a sign or an
// exponent ("+5", "1e3": taken before, as a number answer's text) is a 422 at amount.
// Through the real handlers and a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { MONEY_AMOUNT_MESSAGE } from "../../domain/validation/money-amount";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { handleLeadEvent } from "./handle-lead-events";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

type TEventBody = { lead: { stage: string; opportunityAmount: string | null; wonAmount: string | null }; outcome: { amount: string | null }; error: { details: { path: string; message: string }[] } };
async function post(leadId: string, body: unknown) {
  const response = await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${leadId}/events`, { key: env.kit.key, body }), leadId, new Date(NOW.getTime() + 3_600_000), async () => env.kit.queue);
  return readJson<TEventBody>(response);
}

describe(`POST /api/v1/leads/{id}/events: amounts as decimal strings (${lane})`, () => {
  it("the decimal string a read answers is taken back: opportunity then won, stored as sent", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const opportunity = await post(lead.id, { type: "opportunity", occurredAt: minutes(10), amount: "42000.50" });
    expect(opportunity).toMatchObject({ status: 201, json: { lead: { stage: "OPPORTUNITY", opportunityAmount: "42000.50" }, outcome: { amount: "42000.50" } } });
    // Echo the read back as the won amount.
    const won = await post(lead.id, { type: "won", occurredAt: minutes(20), amount: opportunity.json.lead.opportunityAmount });
    expect(won).toMatchObject({ status: 201, json: { lead: { stage: "WON", wonAmount: "42000.50" } } });
  });

  it("a CRM's export with thousands commas is the same amount", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const won = await post(lead.id, { type: "won", occurredAt: minutes(20), amount: "42,000.50" });
    expect(won).toMatchObject({ status: 201, json: { lead: { stage: "WON", wonAmount: "42000.50" }, outcome: { amount: "42000.50" } } });
  });

  it.each([["-1"], ["1.005"], ["42.000,50"], ["4,20"], ["1000000000000"], ["1e3"], ["+5"]])("%s → 422 at amount saying what is taken, nothing written", async (amount) => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const { status, json } = await post(lead.id, { type: "won", occurredAt: minutes(5), amount });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "amount", message: MONEY_AMOUNT_MESSAGE }]);
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id, stage: "WON" } })).toBe(0);
  });
});
