// `POST /api/v1/leads/{id}/reassign` with an Idempotency-Key is retry-safe. A reassignment to the
// next best rep (no toRepId) retried after a lost answer moved the lead again (and alerted another
// rep); now the same key and request answers 200 with the lead and writes nothing (no assignment,
// event, alert or lead.reassigned). The key with another request (another reason, rep or lead) is a
// 422 at headers.idempotency-key, as on POST /api/v1/leads; so is a malformed key. A key is its API
// key's own. Real handler, real database: PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";
import type { TLeadResource } from "./lead-resource";

// Tuesday 1 December 2026, 10:00 in New York: the Enterprise reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 60_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TBody = { lead: TLeadResource; error?: { code: string; details: { path: string; message: string }[] } };
const reassign = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  handleReassignLead(env.testDb.db, apiRequest("POST", `/leads/${id}/reassign`, { key: env.kit.key, body, headers }), id, LATER, env.kit.deps).then((r) => readJson<TBody>(r));
const newLead = async () => (await readJson<TBody>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: BANK_VP } }), NOW, env.kit.deps))).json.lead.id;
const written = async (leadId: string) => ({
  assignments: await env.testDb.db.leadAssignment.count({ where: { leadId } }),
  events: await env.testDb.db.leadEvent.count({ where: { leadId } }),
  alerts: await env.testDb.db.emailMessage.count({ where: { template: "rep-alert" } }),
  webhookEvents: await env.testDb.db.webhookEvent.count(),
});

describe(`POST /api/v1/leads/{id}/reassign honours Idempotency-Key (${lane})`, () => {
  it("next best, retried with the same key: 200, the same owner and assignment, nothing moved or written again", async () => {
    const leadId = await newLead();
    const first = await reassign(leadId, { reason: "Out sick" }, { "idempotency-key": "crm-move-1" });
    expect(first.status).toBe(200);
    await runAfterCommitJobs(env.kit);
    const before = await written(leadId);

    const retry = await reassign(leadId, { reason: "Out sick" }, { "idempotency-key": "crm-move-1" });
    expect(retry.status).toBe(200);
    expect(retry.json.lead.assignment).toMatchObject({ id: first.json.lead.assignment!.id, isCurrent: true });
    expect(retry.json.lead.assignment?.rep).toEqual(first.json.lead.assignment?.rep);
    await runAfterCommitJobs(env.kit);
    expect(await written(leadId)).toEqual(before);

    // Without the key (or with a new one) it is a new reassignment, as before.
    const moved = await reassign(leadId, { reason: "Out sick" }, { "idempotency-key": "crm-move-2" });
    expect(moved.json.lead.assignment?.id).not.toBe(first.json.lead.assignment!.id);
  });

  it("a named rep under a key replays too", async () => {
    const leadId = await newLead();
    const tom = await env.kit.repIdOf("Tom");
    const first = await reassign(leadId, { toRepId: tom, reason: "Knows the buyer" }, { "idempotency-key": "crm-move-3" });
    const retry = await reassign(leadId, { toRepId: tom, reason: "Knows the buyer" }, { "idempotency-key": "crm-move-3" });
    expect(retry.status).toBe(200);
    expect(retry.json.lead.assignment?.id).toBe(first.json.lead.assignment!.id);
    expect((retry.json as { warnings?: unknown }).warnings).toBeUndefined();
  });

  it("the key with another reason, another lead or a malformed key: 422 at headers.idempotency-key, nothing moved", async () => {
    const leadId = await newLead();
    const other = await newLead();
    await reassign(leadId, { reason: "Out sick" }, { "idempotency-key": "crm-move-4" });
    const before = { one: await written(leadId), two: await written(other) };
    for (const [id, body, key] of [
      [leadId, { reason: "Territory" }, "crm-move-4"],
      [other, { reason: "Out sick" }, "crm-move-4"],
      [leadId, { reason: "Out sick" }, "bad key!"],
    ] as const) {
      const refused = await reassign(id, body, { "idempotency-key": key });
      expect(refused.status).toBe(422);
      expect(refused.json.error?.details.map((d) => d.path)).toEqual(["headers.idempotency-key"]);
    }
    expect({ one: await written(leadId), two: await written(other) }).toEqual(before);
  });

  it("two retries at once move the lead once", async () => {
    const leadId = await newLead();
    const before = await env.testDb.db.leadAssignment.count({ where: { leadId } });
    const [a, b] = await Promise.all([reassign(leadId, { reason: "Out sick" }, { "idempotency-key": "crm-move-5" }), reassign(leadId, { reason: "Out sick" }, { "idempotency-key": "crm-move-5" })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json.lead.assignment?.id).toBe(b.json.lead.assignment?.id);
    expect(await env.testDb.db.leadAssignment.count({ where: { leadId } })).toBe(before + 1);
  });
});
