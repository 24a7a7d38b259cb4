// POST /api/v1/routing/test: the sample lead's estimatedValue may carry its `currency`, converted
// into the workspace's routing currency with its exchange rates by the conversion a live lead's
// value goes through (leadRoutingValue), so a test lead is routed as the same live lead would be;
// the answer's `value` says what routing counted (documented in the OpenAPI document). A code that
// is not three letters, or a currency without estimatedValue, is a 422 at lead.currency. Before,
// estimatedValue was always taken in the routing currency and `currency` was an unknown property.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { CURRENCY_CODE_MESSAGE, moneyText } from "../../domain/money/currency-code";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import { CURRENCY_WITHOUT_VALUE_MESSAGE } from "../../domain/routing/routing-test-request";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleGetLead } from "./handle-leads";
import { handleTestRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);

type TValue = { estimatedValue: number | null; currency: string; routingValue: number | null; routingCurrency: string };
type TAnswer = TRoutingTestAnswer & { value: TValue; warnings: unknown[] } & TApiErrorBody;
const dryRun = async (lead: Record<string, unknown>) =>
  readJson<TAnswer>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body: { lead, at: NOW.toISOString() } }), NOW));
const setRate = (currency: string, rate: number) => env.testDb.db.exchangeRate.create({ data: { workspaceId: env.kit.workspaceId, currency, rate } });
const valueReasons = (json: TAnswer) => json.decision.reasons.filter((r) => r.code === "LEAD_VALUE_CURRENCY").map((r) => r.text);

/** The demo form's current version scored in euros (the bank VP's budget: €100,000). */
async function scoreDemoInEuros() {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const scoring = form.currentVersion!.scoring as { dealValue: object };
  await db.formVersion.update({ where: { id: form.currentVersion!.id }, data: { scoring: { ...scoring, dealValue: { ...scoring.dealValue, currency: "EUR" } } as object } });
}

describe(`POST /api/v1/routing/test: lead.currency (${lane})`, () => {
  it("a euro value with a rate: converted as a live lead's, said in value and in the decision's reasons; documented", async () => {
    await setRate("EUR", 1.08);
    const { status, json } = await dryRun({ answers: { company_size: "20-199" }, estimatedValue: 1000, currency: "eur" });
    expect(status).toBe(200);
    expect(json.value).toEqual({ estimatedValue: 1000, currency: "EUR", routingValue: 1080, routingCurrency: "USD" });
    expect(valueReasons(json)).toEqual(["value €1,000 ≈ $1,080 (converted to USD, the routing currency)"]);
    expect(openApiProblems("RoutingTestResult", json)).toEqual([]);
  });

  it("the same value as a live lead of a euro-scored form: the same routing value the lead resource shows", async () => {
    await scoreDemoInEuros();
    await setRate("EUR", 1.08);
    const live = await post({ form: "demo", answers: BANK_VP });
    expect(live.status).toBe(201);
    const read = (await readJson<{ lead: { estimatedValue: number; currency: string; routingValue: number; routingCurrency: string } }>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${live.json.lead.id}`, { key: env.kit.key }), live.json.lead.id, NOW))).json.lead;
    const asLive = { estimatedValue: read.estimatedValue, currency: read.currency, routingValue: read.routingValue, routingCurrency: read.routingCurrency };
    expect(asLive).toEqual({ estimatedValue: 100_000, currency: "EUR", routingValue: 108_000, routingCurrency: "USD" });
    // The form's own value (its scoring currency), and the same value sent with its currency.
    expect((await dryRun({ form: "demo", answers: BANK_VP })).json.value).toEqual(asLive);
    const sent = await dryRun({ form: "demo", answers: BANK_VP, estimatedValue: 100_000, currency: "EUR" });
    expect(sent.json.value).toEqual(asLive);
    expect(valueReasons(sent.json)).toEqual(["value €100,000 ≈ $108,000 (converted to USD, the routing currency)"]);
  });

  it("no rate for the currency: tested as a lead without value, and the reasons say why", async () => {
    const { status, json } = await dryRun({ answers: {}, estimatedValue: 12_000, currency: "CHF" });
    expect(status).toBe(200);
    expect(json.value).toEqual({ estimatedValue: 12_000, currency: "CHF", routingValue: null, routingCurrency: "USD" });
    expect(valueReasons(json)).toEqual([`value ${moneyText(12_000, "CHF")} not used for routing: no exchange rate CHF → USD (an admin sets rates in Routing → Currencies)`]);
  });

  it("without currency: estimatedValue is in the routing currency, as before", async () => {
    const { status, json } = await dryRun({ answers: {}, estimatedValue: 5000 });
    expect(status).toBe(200);
    expect(json.value).toEqual({ estimatedValue: 5000, currency: "USD", routingValue: 5000, routingCurrency: "USD" });
    expect(valueReasons(json)).toEqual([]);
    expect((await dryRun({ answers: {}, estimatedValue: 5000, currency: null })).json.value).toEqual(json.value);
  });

  it.each<[string, unknown, string]>([
    ["four letters", "EURO", CURRENCY_CODE_MESSAGE],
    ["a symbol", "€", CURRENCY_CODE_MESSAGE],
    ["digits", "12A", CURRENCY_CODE_MESSAGE],
    ["a number", 978, CURRENCY_CODE_MESSAGE],
  ])("%s: 422 at lead.currency", async (_name, currency, message) => {
    const { status, json } = await dryRun({ answers: {}, estimatedValue: 1000, currency });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.currency", message }]);
  });

  it("a currency without estimatedValue: 422 at lead.currency (a form's value is in its own currency)", async () => {
    const { status, json } = await dryRun({ form: "demo", answers: BANK_VP, currency: "EUR" });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.currency", message: CURRENCY_WITHOUT_VALUE_MESSAGE }]);
  });
});
