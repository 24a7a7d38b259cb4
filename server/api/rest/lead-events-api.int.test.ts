// POST /api/v1/leads/{id}/events through the real handler: contacted and won recorded (201), the
// same event under its externalId again answered (200, nothing new; another event under it a 422),
// errors naming the path (422), another workspace's key 404, and the lead.outcome webhook rows.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { createWebhookEndpoint } from "../../services/webhooks/webhook-endpoints";
import { handleLeadEvent } from "./handle-lead-events";

const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit(startApiKit);
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

async function post(leadId: string, body: unknown, key = env.kit.key) {
  const response = await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${leadId}/events`, { key, body }), leadId, new Date(NOW.getTime() + 3_600_000), async () => env.kit.queue);
  return readJson<Record<string, unknown>>(response);
}

describe("POST /api/v1/leads/{id}/events", () => {
  it("records contacted and won, idempotent by externalId, and emits lead.outcome", async () => {
    await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: "https://crm.example/hook", events: ["lead.outcome"] });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const contacted = await post(lead.id, { type: "contacted", occurredAt: minutes(4), externalId: "hs-call-1" });
    expect(contacted.status).toBe(201);
    expect(contacted.json).toMatchObject({ stageChanged: true, isDuplicate: false, outcome: { stage: "CONTACTED", source: "API", externalId: "hs-call-1" }, lead: { stage: "CONTACTED", firstContactAt: minutes(4) } });
    const won = await post(lead.id, { type: "won", occurredAt: minutes(50), amount: 42000.5, externalId: "hs-deal-9" });
    expect(won).toMatchObject({ status: 201, json: { lead: { stage: "WON", wonAmount: "42000.50" } } });
    const again = await post(lead.id, { type: "won", occurredAt: minutes(50), amount: 42000.5, externalId: "hs-deal-9" });
    expect(again).toMatchObject({ status: 200, json: { isDuplicate: true, outcome: { amount: "42000.50" } } });
    // Another event under the id is refused, not answered with the first (the change was dropped silently).
    const changed = await post(lead.id, { type: "won", occurredAt: minutes(55), amount: 1, externalId: "hs-deal-9" });
    expect(changed).toMatchObject({ status: 422, json: { error: { code: "VALIDATION", details: [{ path: "externalId" }] } } });
    // Late, out of order: a meeting before the win is history, the stage stays WON.
    const late = await post(lead.id, { type: "meeting", occurredAt: minutes(20) });
    expect(late).toMatchObject({ status: 201, json: { stageChanged: false, lead: { stage: "WON" } } });
    // The first event worked the waiting lead, so accepted it: its ACCEPTED step is recorded (and sent) too.
    expect((await env.testDb.db.leadOutcome.findMany({ where: { leadId: lead.id } })).map((o) => o.stage).sort()).toEqual(["ACCEPTED", "CONTACTED", "MEETING_BOOKED", "WON"]);
    const hooks = await env.testDb.db.webhookEvent.count({ where: { workspaceId: env.kit.workspaceId, type: "lead.outcome" } });
    expect(hooks).toBe(4);
  });

  it("errors name the path; nothing is written", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const cases: [unknown, number, string][] = [
      [{ type: "signed", occurredAt: minutes(1) }, 422, "type"],
      [{ type: "contacted" }, 422, "occurredAt"],
      [{ type: "contacted", occurredAt: "yesterday" }, 422, "occurredAt"],
      [{ type: "contacted", occurredAt: minutes(600) }, 422, "occurredAt"],
      [{ type: "contacted", occurredAt: minutes(1), amount: 5 }, 422, "amount"],
      [{ type: "won", occurredAt: minutes(1), amount: -5 }, 422, "amount"],
      [{ type: "not_a_fit", occurredAt: minutes(1) }, 422, "reason"],
      [{ type: "contacted", occurredAt: minutes(1), extra: true }, 422, "extra"],
    ];
    for (const [body, status, path] of cases) {
      const answer = await post(lead.id, body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect((answer.json as { error: { details: { path: string }[] } }).error.details[0]!.path).toBe(path);
    }
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id } })).toBe(0);
    const reused = await post(lead.id, { type: "contacted", occurredAt: minutes(2), externalId: "x-1" });
    expect(reused.status).toBe(201);
    const conflict = await post(lead.id, { type: "lost", occurredAt: minutes(3), externalId: "x-1" });
    expect(conflict).toMatchObject({ status: 422, json: { error: { code: "VALIDATION", details: [{ path: "externalId" }] } } });
  });

  it("another workspace's key cannot see the lead (404)", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const answer = await post(lead.id, { type: "contacted", occurredAt: minutes(1) }, env.kit.otherKey);
    expect(answer.status).toBe(404);
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id } })).toBe(0);
  });
});
