// Recording outcomes on the seeded demo workspace: one transaction writes the outcome row, the
// lead's fields, the timeline event and the lead.outcome webhook event; reps only on their own
// leads, managers on any; an externalId sent twice is answered, not recorded twice; accepting and
// booking feed the lifecycle too.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { acceptAssignment } from "../assignments/accept-assignment";
import { createWebhookEndpoint } from "../webhooks/webhook-endpoints";
import { recordOutcome } from "./record-outcome";
import type { TOutcomeActor } from "./outcome-types";

const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const env = useRoutingKit();

async function member(email: string): Promise<TOutcomeActor> {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  return { kind: "member", userId: user.id, role: user.memberships[0]!.role };
}
const base = () => ({ workspaceId: env.kit.workspaceId, now: at(60) });

describe("recordLeadOutcome", () => {
  it("contacted then won: rows, lead fields, timeline, webhook events, open load released", async () => {
    await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: "https://crm.example.com/hook", events: ["lead.outcome"] });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const sarah = await member("sarah@demo.switchboard.dev");
    const repId = await env.kit.repIdOf("Sarah");
    const loadBefore = (await env.testDb.db.repLoad.findUniqueOrThrow({ where: { repId } })).openLeads;

    const contacted = await recordOutcome(env.testDb.db, { ...base(), leadId: lead.id, stage: "CONTACTED", occurredAt: at(4), source: "INBOX", actor: sarah }, { webhooks: env.kit.queue });
    expect(contacted).toMatchObject({ stageChanged: true, isDuplicate: false, lead: { stage: "CONTACTED", firstContactAt: at(4) } });
    const won = await recordOutcome(env.testDb.db, { ...base(), leadId: lead.id, stage: "WON", occurredAt: at(30), amount: 24000, source: "INBOX", actor: sarah }, { webhooks: env.kit.queue });
    expect(won).toMatchObject({ stageChanged: true, outcome: { stage: "WON", amount: "24000.00", repId, source: "INBOX" }, lead: { stage: "WON", wonAmount: "24000.00", closedAt: at(30) } });

    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { outcomes: { orderBy: { occurredAt: "asc" } }, events: { where: { type: "outcome" }, orderBy: { createdAt: "asc" } }, assignments: true } });
    expect(stored).toMatchObject({ status: "CLOSED", stage: "WON", stageChangedAt: at(30), firstContactAt: at(4) });
    expect(stored.updatedAt.getTime()).toBeGreaterThan(lead.updatedAt.getTime());
    // Working the lead accepted its waiting assignment (the SLA will not take it away).
    expect(stored.assignments[0]!.acceptedAt).toEqual(at(60));
    expect(stored.outcomes.map((o) => [o.stage, o.actorUserId])).toEqual([["CONTACTED", sarah.kind === "member" ? sarah.userId : null], ["WON", sarah.kind === "member" ? sarah.userId : null]]);
    expect(stored.events.map((e) => (e.data as { stage: string }).stage)).toEqual(["CONTACTED", "WON"]);
    const hooks = await env.testDb.db.webhookEvent.findMany({ where: { workspaceId: env.kit.workspaceId, type: "lead.outcome" }, orderBy: { createdAt: "asc" } });
    expect(hooks.map((h) => (h.payload as { data: { outcome: { stage: string } } }).data.outcome.stage)).toEqual(["CONTACTED", "WON"]);
    expect((await env.testDb.db.repLoad.findUniqueOrThrow({ where: { repId } })).openLeads).toBe(loadBefore - 1);
  });

  it("a rep cannot touch another rep's lead; a marketer none; a manager any", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const input = { ...base(), leadId: lead.id, stage: "CONTACTED" as const, occurredAt: at(5), source: "LEAD_PAGE" as const };
    await expect(recordOutcome(env.testDb.db, { ...input, actor: await member("tom@demo.switchboard.dev") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordOutcome(env.testDb.db, { ...input, actor: await member("marketer@demo.switchboard.dev") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id } })).toBe(0);
    await expect(recordOutcome(env.testDb.db, { ...input, actor: await member("manager@demo.switchboard.dev") })).resolves.toMatchObject({ stageChanged: true });
    const other = await env.testDb.db.workspace.create({ data: { name: "Other", slug: "other" } });
    await expect(recordOutcome(env.testDb.db, { ...input, workspaceId: other.id, actor: { kind: "api-key", apiKeyId: "k" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an externalId again is answered with the first recording; reused for another stage it is a conflict", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const api = { kind: "api-key" as const, apiKeyId: "k" };
    const input = { ...base(), leadId: lead.id, stage: "OPPORTUNITY" as const, occurredAt: at(20), amount: 5000, source: "API" as const, externalId: "crm-1", actor: api };
    const first = await recordOutcome(env.testDb.db, input);
    const again = await recordOutcome(env.testDb.db, { ...input, amount: 9999 });
    expect(again).toMatchObject({ isDuplicate: true, outcome: { id: first.outcome!.id, amount: "5000.00" } });
    await expect(recordOutcome(env.testDb.db, { ...input, stage: "WON" })).rejects.toMatchObject({ code: "CONFLICT", details: [{ path: "externalId" }] });
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id } })).toBe(1);
  });

  it("a bad field is a validation error naming it, and nothing is written", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const input = { ...base(), leadId: lead.id, stage: "CONTACTED" as const, occurredAt: at(5), amount: 10, source: "API" as const, actor: { kind: "api-key" as const, apiKeyId: "k" } };
    await expect(recordOutcome(env.testDb.db, input)).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "amount" }] });
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id } })).toBe(0);
    expect((await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).stage).toBe("OPEN");
  });

  it("accepting the assignment marks the lead accepted", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    await acceptAssignment(env.testDb.db, { assignmentId: lead.assignments[0]!.id, now: at(3) });
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { outcomes: true } });
    expect(stored).toMatchObject({ stage: "ACCEPTED", acceptedAt: at(3), stageChangedAt: at(3) });
    expect(stored.outcomes.map((o) => [o.stage, o.source])).toEqual([["ACCEPTED", "SYSTEM"]]);
  });
});
