// GET /api/v1/leads/{id} (and POST's answer, the same resource) shows the value routing compared:
// routingValue, in routingCurrency (the workspace's routing currency), next to estimatedValue in
// the lead's own currency — null without a value or without a rate; documented in the OpenAPI
// document (no undocumented property). After a new routing currency, once the recompute job ran,
// GET shows the value in the new currency. (Before: the API showed only estimatedValue.)
import { describe, expect, it } from "vitest";
import { setRoutingCurrency } from "../../services/currencies/currency-settings";
import { apiRequest, leadPoster, readJson, startApiKit, type TLeadAnswerBody } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleGetLead } from "./handle-leads";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const get = async (id: string) => readJson<TLeadAnswerBody>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW));
const valueOf = (body: TLeadAnswerBody) => {
  const { estimatedValue, currency, routingValue, routingCurrency } = body.lead as unknown as Record<string, unknown>;
  return { estimatedValue, currency, routingValue, routingCurrency };
};

/** The demo form's current version scored in euros (the bank VP's budget: €100,000). */
async function scoreDemoInEuros() {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const scoring = form.currentVersion!.scoring as { dealValue: object };
  await db.formVersion.update({ where: { id: form.currentVersion!.id }, data: { scoring: { ...scoring, dealValue: { ...scoring.dealValue, currency: "EUR" } } as object } });
}

describe(`GET /leads/{id}: routingValue in the routing currency (${lane})`, () => {
  it("a euro lead with a rate, a dollar lead, a lead without value; documented; follows a new routing currency", async () => {
    await scoreDemoInEuros();
    await env.testDb.db.exchangeRate.create({ data: { workspaceId: env.kit.workspaceId, currency: "EUR", rate: 1.08 } });
    const euro = await post({ form: "demo", answers: BANK_VP });
    expect(euro.status).toBe(201);
    const euroValue = { estimatedValue: 100_000, currency: "EUR", routingValue: 108_000, routingCurrency: "USD" };
    expect(valueOf(euro.json)).toEqual(euroValue);
    const read = await get(euro.json.lead.id);
    expect(read.status).toBe(200);
    expect(valueOf(read.json)).toEqual(euroValue);
    expect(openApiProblems("LeadResponse", read.json)).toEqual([]);
    expect(openApiProblems("LeadResponse", euro.json)).toEqual([]);

    const dollar = await post({ person: { email: "amy@shop.com" }, answers: { company_size: "20-199" }, estimatedValue: 5000 });
    expect(valueOf((await get(dollar.json.lead.id)).json)).toEqual({ estimatedValue: 5000, currency: "USD", routingValue: 5000, routingCurrency: "USD" });
    const none = await post({ person: { email: "bo@shop.com" }, answers: { company_size: "20-199" } });
    expect(valueOf((await get(none.json.lead.id)).json)).toEqual({ estimatedValue: null, currency: "USD", routingValue: null, routingCurrency: "USD" });

    await setRoutingCurrency(env.testDb.db, { workspaceId: env.kit.workspaceId, currency: "EUR" }, env.kit.queue);
    await env.kit.queue.runDue("currencies.recompute-routing-values");
    expect(valueOf((await get(euro.json.lead.id)).json)).toEqual({ estimatedValue: 100_000, currency: "EUR", routingValue: 100_000, routingCurrency: "EUR" });
    // No USD rate in the new routing currency yet: routed (and shown) without value.
    expect(valueOf((await get(dollar.json.lead.id)).json)).toEqual({ estimatedValue: 5000, currency: "USD", routingValue: null, routingCurrency: "EUR" });
  });
});
