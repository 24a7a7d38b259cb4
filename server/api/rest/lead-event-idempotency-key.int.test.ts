// POST /api/v1/leads/{id}/events with an `Idempotency-Key` header — what a CRM sends on every POST,
// as POST /api/v1/leads takes it — records the event once: without an externalId in the body the
// key is the event's externalId, so the retry after a lost answer is answered 200 with the first
// recording. The header was ignored: each retry recorded the outcome (and its lead.outcome webhook)
// again. A body's externalId wins; a malformed key is a 422, and so is a key reused for another
// event (as POST /api/v1/leads answers it), both at headers.idempotency-key. Real handler, real database: PGlite, or PostgreSQL with
// TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { handleLeadEvent } from "./handle-lead-events";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

async function post(leadId: string, body: unknown, idempotencyKey?: string) {
  const headers: Record<string, string> = idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey };
  const response = await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${leadId}/events`, { key: env.kit.key, body, headers }), leadId, new Date(NOW.getTime() + 3_600_000), async () => env.kit.queue);
  return readJson<Record<string, unknown>>(response);
}

describe(`POST /api/v1/leads/{id}/events with an Idempotency-Key (${lane})`, () => {
  it("a retry with the same key is answered with the first recording (200), nothing written twice", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const won = { type: "won", occurredAt: minutes(50), amount: 42000.5 };
    const first = await post(lead.id, won, "crm-deal-9-won");
    expect(first).toMatchObject({ status: 201, json: { isDuplicate: false, outcome: { stage: "WON", externalId: "crm-deal-9-won" } } });
    const outcomes = () => env.testDb.db.leadOutcome.count({ where: { leadId: lead.id, stage: "WON" } });
    const hooks = () => env.testDb.db.webhookEvent.count({ where: { workspaceId: env.kit.workspaceId, type: "lead.outcome" } });
    const [wonBefore, hooksBefore] = [await outcomes(), await hooks()];

    const retry = await post(lead.id, won, "crm-deal-9-won");
    expect(retry).toMatchObject({ status: 200, json: { isDuplicate: true, outcome: { id: (first.json.outcome as { id: string }).id } } });
    expect([await outcomes(), await hooks()]).toEqual([wonBefore, hooksBefore]);
    expect(wonBefore).toBe(1);
  });

  it("a body's externalId wins over the key; a malformed key and a reused one are 422s at headers.idempotency-key", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const own = await post(lead.id, { type: "contacted", occurredAt: minutes(4), externalId: "hs-call-1" }, "other-key");
    expect(own).toMatchObject({ status: 201, json: { outcome: { externalId: "hs-call-1" } } });

    const malformed = await post(lead.id, { type: "contacted", occurredAt: minutes(5) }, "not a key!");
    expect(malformed).toMatchObject({ status: 422, json: { error: { code: "VALIDATION", details: [{ path: "headers.idempotency-key" }] } } });

    expect((await post(lead.id, { type: "meeting", occurredAt: minutes(10) }, "crm-evt-1")).status).toBe(201);
    const reused = await post(lead.id, { type: "won", occurredAt: minutes(20) }, "crm-evt-1");
    expect(reused).toMatchObject({ status: 422, json: { error: { code: "VALIDATION", message: "The Idempotency-Key was already used with a different request", details: [{ path: "headers.idempotency-key" }] } } });
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id, stage: { in: ["WON"] } } })).toBe(0);
  });
});
