// POST /api/v1/leads/{id}/events: a CRM's event is never lost to strictness, and a changed replay is
// never silently dropped. (1) `type` in any letter case and with spaces around is the known type
// ("Won", "MEETING_BOOKED", " won "; each was a 422). (2) `amount` as a CRM exports it, with
// thousands separators ("1,200", "1,200.50"): the forms an intake number answer takes (each was a
// 422); an ambiguous one ("1,20", "1.200,50") stays a 422 at amount saying what to send. (3) The same
// externalId with a different event (amount, occurredAt, reason, type or lead) is a 422 at externalId
// — as POST /api/v1/leads answers a reused Idempotency-Key — where it answered 200 with the first
// event and dropped the change; the same event again, however spelled ("Won" / "won", "1,200" /
// 1200, another offset for the same instant), is still 200 with the first. Real handler, real
// database: PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { handleLeadEvent } from "./handle-lead-events";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

type TBody = {
  isDuplicate?: boolean;
  outcome?: { id: string; stage: string; amount: string | null };
  lead?: { stage: string; wonAmount: string | null; opportunityAmount: string | null };
  error?: { code: string; message: string; details: { path: string; message: string }[] };
};
async function post(leadId: string, body: unknown, idempotencyKey?: string) {
  const headers: Record<string, string> = idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey };
  const response = await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${leadId}/events`, { key: env.kit.key, body, headers }), leadId, new Date(NOW.getTime() + 3_600_000), async () => env.kit.queue);
  return readJson<TBody>(response);
}
const outcomes = (leadId: string) => env.testDb.db.leadOutcome.findMany({ where: { leadId, stage: { not: "ACCEPTED" } }, orderBy: { occurredAt: "asc" } });

describe(`POST /api/v1/leads/{id}/events: lenient reading, strict replays (${lane})`, () => {
  it.each([["Won", "WON"], ["WON", "WON"], [" won ", "WON"], ["MEETING_BOOKED", "MEETING_BOOKED"], ["Meeting", "MEETING_BOOKED"], ["Not_A_Fit", "NOT_A_FIT"]])("type %j is recorded as %s", async (type, stage) => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const answer = await post(lead.id, { type, occurredAt: minutes(10), ...(stage === "NOT_A_FIT" ? { reason: "Too small" } : {}) });
    expect({ status: answer.status, stage: answer.json.outcome?.stage }).toEqual({ status: 201, stage });
  });

  it("an unknown type is still a 422 at type", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const answer = await post(lead.id, { type: "Signed", occurredAt: minutes(10) });
    expect(answer).toMatchObject({ status: 422, json: { error: { code: "VALIDATION", details: [{ path: "type" }] } } });
  });

  it.each([["1,200", "1200.00"], ["1,200.50", "1200.50"], [" 42,000 ", "42000.00"], ["1,234,567.5", "1234567.50"]])("amount %j (thousands separators) is taken as %s", async (amount, stored) => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const answer = await post(lead.id, { type: "won", occurredAt: minutes(10), amount });
    expect({ status: answer.status, amount: answer.json.outcome?.amount, wonAmount: answer.json.lead?.wonAmount }).toEqual({ status: 201, amount: stored, wonAmount: stored });
  });

  it.each([["1,20"], ["1.200,50"], ["12,00"], ["1,2000"], ["$1,200"], ["1 200"], ["1,200.505"], ["-1,200"]])("amount %j (ambiguous or out of bounds) stays a 422 at amount, nothing written", async (amount) => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const answer = await post(lead.id, { type: "won", occurredAt: minutes(10), amount });
    expect(answer.status).toBe(422);
    expect(answer.json.error?.details).toEqual([{ path: "amount", message: expect.stringMatching(/^Use a non-negative amount/) }]);
    expect(await outcomes(lead.id)).toHaveLength(0);
  });

  it("the same event again, however spelled, is answered 200 with the first recording; nothing written twice", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const first = await post(lead.id, { type: "won", occurredAt: "2026-12-01T15:50:00Z", amount: 1200, reason: "Signed", externalId: "hs-deal-1" });
    expect(first.status).toBe(201);
    const replay = await post(lead.id, { type: " Won ", occurredAt: "2026-12-01T16:50:00+01:00", amount: "1,200.00", reason: " Signed ", externalId: "hs-deal-1" });
    expect(replay).toMatchObject({ status: 200, json: { isDuplicate: true, outcome: { id: first.json.outcome!.id, amount: "1200.00" } } });
    expect(await outcomes(lead.id)).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["another amount", { amount: 1 }, "amount"],
    ["another occurredAt", { occurredAt: minutes(55) }, "occurredAt"],
    ["another reason", { reason: "Renewal" }, "reason"],
    ["no amount", { amount: null }, "amount"],
    ["another type", { type: "lost" }, "type"],
  ])("the same externalId with %s is a 422 at externalId naming what differs; the first stays as it was", async (_name, change, field) => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const won = { type: "won", occurredAt: minutes(50), amount: 42000.5, reason: "Signed", externalId: "hs-deal-9" };
    expect((await post(lead.id, won)).status).toBe(201);
    const changed = await post(lead.id, { ...won, ...change });
    expect(changed.status).toBe(422);
    expect(changed.json.error).toEqual({
      code: "VALIDATION",
      message: "The externalId was already used with a different request",
      details: [{ path: "externalId", message: expect.stringContaining(field) }],
    });
    expect(changed.json.error!.details[0]!.message).toMatch(/^This externalId was already used with a different request .*; use a new externalId for a new event$/);
    const rows = await outcomes(lead.id);
    expect(rows.map((r) => [r.stage, r.amount?.toFixed(2)])).toEqual([["WON", "42000.50"]]);
  });

  it("the same externalId on another lead is a 422 at externalId", async () => {
    const [a, b] = [await submitDemo(env.testDb, env.kit, BANK_VP, NOW), await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "two@firstbank.com" }, NOW)];
    expect((await post(a.id, { type: "contacted", occurredAt: minutes(5), externalId: "hs-call-1" })).status).toBe(201);
    const other = await post(b.id, { type: "contacted", occurredAt: minutes(5), externalId: "hs-call-1" });
    expect(other).toMatchObject({ status: 422, json: { error: { code: "VALIDATION", details: [{ path: "externalId", message: expect.stringContaining("another lead") }] } } });
    expect(await outcomes(b.id)).toHaveLength(0);
  });

  it("an Idempotency-Key standing for externalId: the same event again 200, a different one 422 at headers.idempotency-key as POST /leads says it", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const first = await post(lead.id, { type: "opportunity", occurredAt: minutes(20), amount: "5,000" }, "crm-opp-1");
    expect(first.status).toBe(201);
    const again = await post(lead.id, { type: "Opportunity", occurredAt: minutes(20), amount: 5000 }, "crm-opp-1");
    expect(again).toMatchObject({ status: 200, json: { isDuplicate: true, outcome: { id: first.json.outcome!.id } } });
    const changed = await post(lead.id, { type: "opportunity", occurredAt: minutes(20), amount: 6000 }, "crm-opp-1");
    expect(changed.status).toBe(422);
    expect(changed.json.error).toEqual({
      code: "VALIDATION",
      message: "The Idempotency-Key was already used with a different request",
      details: [{ path: "headers.idempotency-key", message: expect.stringMatching(/^This key was already used with a different request .*amount.*; use a new key for a new event$/) }],
    });
    expect((await outcomes(lead.id)).map((r) => r.amount?.toFixed(2))).toEqual(["5000.00"]);
  });
});
