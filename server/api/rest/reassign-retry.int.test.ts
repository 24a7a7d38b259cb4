// `POST /api/v1/leads/{id}/reassign` naming the rep who already owns the lead — what a CRM's retry
// sends when the answer to its reassignment was lost — is answered as done: 200 with the lead, a
// warning at toRepId, and nothing written (no new assignment, event, alert or lead.reassigned). It
// was a 422 "The rep already owns this lead", so the retry of a reassignment that had worked looked
// like a failure. The dashboard keeps its message (reassignLead refuses by default). Real handler,
// real database: PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";
import type { TLeadResource } from "./lead-resource";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 60_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TBody = { lead: TLeadResource; warnings?: { path: string; message: string }[] };
const reassign = (id: string, body: unknown) => handleReassignLead(env.testDb.db, apiRequest("POST", `/leads/${id}/reassign`, { key: env.kit.key, body }), id, LATER, env.kit.deps).then((r) => readJson<TBody>(r));

describe(`reassigning to the current owner is idempotent (${lane})`, () => {
  it("a retry of a reassignment to Tom: 200, the same lead and assignment, a warning at toRepId, nothing written", async () => {
    const created = await readJson<TBody>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: BANK_VP } }), NOW, env.kit.deps));
    const leadId = created.json.lead.id;
    const tom = await env.kit.repIdOf("Tom");
    const first = await reassign(leadId, { toRepId: tom, reason: "Knows the buyer" });
    expect(first.status).toBe(200);
    expect(first.json.warnings).toBeUndefined();
    await runAfterCommitJobs(env.kit);
    const written = async () => ({
      assignments: await env.testDb.db.leadAssignment.count({ where: { leadId } }),
      events: await env.testDb.db.leadEvent.count({ where: { leadId } }),
      alerts: await env.testDb.db.emailMessage.count({ where: { template: "rep-alert" } }),
      webhookEvents: await env.testDb.db.webhookEvent.count(),
    });
    const before = await written();

    const retry = await reassign(leadId, { toRepId: tom, reason: "Knows the buyer" });
    expect(retry.status).toBe(200);
    expect(retry.json.lead.assignment).toMatchObject({ id: first.json.lead.assignment!.id, rep: { id: tom }, isCurrent: true });
    expect(retry.json.warnings).toEqual([{ path: "toRepId", message: "The lead already belongs to this rep: nothing changed (no new assignment, alert or webhook)" }]);
    await runAfterCommitJobs(env.kit);
    expect(await written()).toEqual(before);

    // Another rep is still a reassignment; the dashboard's call (the default) still refuses the owner.
    expect((await reassign(leadId, { toRepId: await env.kit.repIdOf("Priya"), reason: "Upsell" })).json.lead.assignment?.rep?.name).toBe("Priya Patel");
    const priya = await env.kit.repIdOf("Priya");
    await expect(reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, toRepId: priya, reason: "again", byUserId: null, now: LATER })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
