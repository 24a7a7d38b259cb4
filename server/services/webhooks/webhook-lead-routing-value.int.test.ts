// Every webhook event about a lead carries the lead's value as routing counted it, as GET
// /api/v1/leads/{id} answers it: data.lead.routingValue (estimatedValue converted into the
// workspace's routing currency; null without a value or a rate) and data.lead.routingCurrency,
// added by the fan-out after commit with the contact, in the catalogue's and the OpenAPI document's
// shape; the emitter's fields are kept as they were. Before, an integrator saw only the lead's id
// (or, on lead.created, no value at all) and had to call back to learn what routing counted.
import { describe, expect, it } from "vitest";
import { handleCreateLead, handleGetLead } from "../../api/rest/handle-leads";
import { WEBHOOK_EVENTS, type TWebhookEventType } from "../../domain/webhooks/webhook-events";
import { apiRequest } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import type { TestDb } from "../../testing/test-db";
import { inTurn, startWebhookKit, useWebhookReceivers } from "../../testing/webhook-receiver-kit";
import { acceptAssignment } from "../assignments/accept-assignment";
import { createWebhookEndpoint } from "./webhook-endpoints";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit((testDb: TestDb) => startWebhookKit(testDb, { retryBaseMs: 20, timeoutMs: 10_000 }));
const startReceiver = useWebhookReceivers();

type TBody = { type: TWebhookEventType; data: { lead: Record<string, unknown> & { id: string } } };

/** The demo form's current version scored in euros (the bank VP's budget: €100,000). */
async function scoreDemoInEuros() {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const scoring = form.currentVersion!.scoring as { dealValue: object };
  await db.formVersion.update({ where: { id: form.currentVersion!.id }, data: { scoring: { ...scoring, dealValue: { ...scoring.dealValue, currency: "EUR" } } as object } });
}

const createLead = async (body: unknown) =>
  ((await (await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps)).json()) as { lead: { id: string } }).lead.id;

/** The lead's routingValue and routingCurrency as GET /api/v1/leads/{id} answers them. */
async function routingOnGet(leadId: string) {
  const { lead } = (await (await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${leadId}`, { key: env.kit.key }), leadId, NOW)).json()) as { lead: { routingValue: unknown; routingCurrency: unknown } };
  return { routingValue: lead.routingValue, routingCurrency: lead.routingCurrency };
}

/** Runs the fan-out and delivery jobs until every delivery is done (the receiver answers 200). */
async function drain() {
  for (let round = 0; round < 50; round++) {
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    if ((await env.testDb.db.webhookDelivery.count({ where: { status: { not: "DELIVERED" } } })) === 0 && round > 0) return;
  }
}

describe(`webhooks: the lead's routing value, as GET /api/v1/leads/{id} answers it (${lane})`, () => {
  it("a euro lead converted at a rate, and a lead without value: on lead.created, lead.routed and lead.accepted", async () => {
    await scoreDemoInEuros();
    await env.testDb.db.exchangeRate.create({ data: { workspaceId: env.kit.workspaceId, currency: "EUR", rate: 1.08 } });
    let secret = "";
    const hook = await startReceiver({ secret: () => secret, answer: inTurn([200]), okBody: "ok", failBody: "no" });
    const events: TWebhookEventType[] = ["lead.created", "lead.routed", "lead.accepted"];
    secret = (await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: hook.url, events }, { allowPrivate: true })).secret;

    const euro = await createLead({ form: "demo", answers: BANK_VP });
    const none = await createLead({ person: { email: "amy@shop.com" }, answers: { company_size: "20-199" } });
    await runAfterCommitJobs(env.kit);
    const assignment = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId: euro, isCurrent: true } });
    await acceptAssignment(env.testDb.db, { assignmentId: assignment.id, now: NOW, webhooks: env.kit.deps.queue });
    await drain();

    const bodies = hook.received.map((r) => r.verified as TBody);
    const euroBodies = bodies.filter((b) => b.data.lead.id === euro);
    expect(euroBodies.map((b) => b.type).sort()).toEqual(["lead.accepted", "lead.created", "lead.routed"]);
    expect(await routingOnGet(euro)).toEqual({ routingValue: 108_000, routingCurrency: "USD" });
    expect(await routingOnGet(none)).toEqual({ routingValue: null, routingCurrency: "USD" });
    expect(bodies.some((b) => b.data.lead.id === none)).toBe(true);
    for (const body of bodies) {
      expect({ routingValue: body.data.lead.routingValue, routingCurrency: body.data.lead.routingCurrency }, `${body.type} ${body.data.lead.id}`).toEqual(await routingOnGet(body.data.lead.id));
      expect(WEBHOOK_EVENTS[body.type].data.strict().safeParse(body.data).success, body.type).toBe(true);
      const component = `Webhook${body.type.split(/[._]/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("")}`;
      expect(openApiProblems(component, body), body.type).toEqual([]);
    }
    // The emitter's fields as they were: a routed lead's ref is its id, then what the fan-out added.
    expect(euroBodies.find((b) => b.type === "lead.routed")!.data.lead).toEqual({ id: euro, routingValue: 108_000, routingCurrency: "USD" });
    const created = euroBodies.find((b) => b.type === "lead.created")!.data.lead;
    expect(Object.keys(created).sort()).toEqual(["answers", "formId", "id", "isSpam", "notApplicableAnswers", "routingCurrency", "routingValue", "scoreTotal", "source", "tier"]);
  });
});
