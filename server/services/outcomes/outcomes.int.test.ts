// Recording outcomes on the seeded demo workspace: one transaction writes the outcome row, the
// lead's fields, the timeline event and the lead.outcome webhook event; reps only on their own
// leads, managers on any; an externalId sent twice is answered, not recorded twice; accepting and
// booking feed the lifecycle too; working a lead accepts it as fully as the accept link does.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { acceptAssignment } from "../assignments/accept-assignment";
import { reassignUnaccepted, remindUnaccepted } from "../assignments/follow-ups";
import { returnLead } from "../assignments/return-lead";
import { enrollFromDecision } from "../nurture/enrollment";
import { createSequence, publishSequence } from "../nurture/sequences";
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

/** The lead in a published nurture sequence (as before it went to sales), its first email due. */
async function enrolInNurture(leadId: string): Promise<string> {
  const { id: sequenceId } = await createSequence(env.testDb.db, env.kit.workspaceId, { name: "Warm-up", draft: { steps: [{ id: "hi", type: "email", subject: "Hi", body: "Hello" }, { id: "end", type: "end" }] } as never });
  await publishSequence(env.testDb.db, env.kit.workspaceId, sequenceId, NOW);
  const decision = { outcome: "nurture" as const, destination: { type: "nurture" as const, sequenceId } };
  const enrollmentId = await env.testDb.db.$transaction((tx) => enrollFromDecision(tx, { workspaceId: env.kit.workspaceId, leadId, decision, timeZone: null, now: NOW }));
  return enrollmentId!;
}

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
    // The acceptance's lifecycle step (at the recording) beside the rep's outcomes (when they happened).
    const sarahId = sarah.kind === "member" ? sarah.userId : null;
    expect(stored.outcomes.map((o) => [o.stage, o.actorUserId])).toEqual([["CONTACTED", sarahId], ["WON", sarahId], ["ACCEPTED", sarahId]]);
    expect(stored.events.map((e) => (e.data as { stage: string }).stage)).toEqual(["CONTACTED", "WON"]);
    const hooks = await env.testDb.db.webhookEvent.findMany({ where: { workspaceId: env.kit.workspaceId, type: "lead.outcome" }, orderBy: { createdAt: "asc" } });
    expect(hooks.map((h) => (h.payload as { data: { outcome: { stage: string } } }).data.outcome.stage).sort()).toEqual(["ACCEPTED", "CONTACTED", "WON"]);
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

  it("the same event under its externalId again is answered with the first recording; another event under it is a validation error at externalId", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const api = { kind: "api-key" as const, apiKeyId: "k" };
    const input = { ...base(), leadId: lead.id, stage: "OPPORTUNITY" as const, occurredAt: at(20), amount: 5000, source: "API" as const, externalId: "crm-1", actor: api };
    const first = await recordOutcome(env.testDb.db, input);
    const again = await recordOutcome(env.testDb.db, { ...input });
    expect(again).toMatchObject({ isDuplicate: true, outcome: { id: first.outcome!.id, amount: "5000.00" } });
    await expect(recordOutcome(env.testDb.db, { ...input, amount: 9999 })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "externalId", message: expect.stringContaining("a different amount") }] });
    await expect(recordOutcome(env.testDb.db, { ...input, stage: "WON" })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "externalId" }] });
    // The first recording accepted the lead (its ACCEPTED step); the repeats recorded nothing.
    expect((await env.testDb.db.leadOutcome.findMany({ where: { leadId: lead.id } })).map((o) => o.stage).sort()).toEqual(["ACCEPTED", "OPPORTUNITY"]);
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

  it("working a lead accepts it as the accept link does: the accepted entry (how, by the rep), nurture ended, SLA jobs no-ops; once", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const assignment = lead.assignments[0]!;
    const enrollmentId = await enrolInNurture(lead.id);
    const sarah = await member("sarah@demo.switchboard.dev");
    const sarahId = sarah.kind === "member" ? sarah.userId : null;

    await recordOutcome(env.testDb.db, { ...base(), leadId: lead.id, stage: "CONTACTED", occurredAt: at(4), source: "INBOX", actor: sarah }, { webhooks: env.kit.queue });
    const accepted = await env.testDb.db.leadEvent.findMany({ where: { leadId: lead.id, type: "accepted" } });
    expect(accepted.map((e) => [e.data, e.createdAt])).toEqual([
      [{ assignmentId: assignment.id, repId: assignment.repId, timeToAcceptMs: 60 * 60_000, byUserId: sarahId, via: "outcome", stage: "CONTACTED", source: "INBOX" }, at(60)],
    ]);
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { outcomes: true } });
    expect(stored).toMatchObject({ status: "ACCEPTED", stage: "CONTACTED", acceptedAt: at(60), firstContactAt: at(4) });
    expect(stored.outcomes.map((o) => [o.stage, o.source]).sort()).toEqual([["ACCEPTED", "SYSTEM"], ["CONTACTED", "INBOX"]]);
    // No more nurture mail: the enrolment ended as when the rep accepts from the link, its due email cancelled.
    const enrolment = await env.testDb.db.nurtureEnrollment.findUniqueOrThrow({ where: { id: enrollmentId }, include: { dueSteps: true } });
    expect(enrolment).toMatchObject({ status: "EXITED", exitReason: "rep_took", exitedAt: at(60) });
    expect(enrolment.dueSteps.map((d) => d.status)).toEqual(["CANCELLED"]);
    expect((await env.testDb.db.leadEvent.findFirstOrThrow({ where: { leadId: lead.id, type: "nurture_exited" } })).data).toMatchObject({ reason: "rep_took", enrollmentId });
    // The SLA's reminder and reassignment find an accepted assignment: nothing sent, the lead stays.
    expect(await remindUnaccepted(env.testDb.db, env.kit.deps, assignment.id, at(70))).toBe(false);
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, assignment.id, at(80))).toBe(false);
    expect((await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerRepId).toBe(assignment.repId);

    // Working it again accepts nothing again.
    await recordOutcome(env.testDb.db, { ...base(), now: at(90), leadId: lead.id, stage: "MEETING_HELD", occurredAt: at(85), source: "LEAD_PAGE", actor: sarah }, { webhooks: env.kit.queue });
    expect(await env.testDb.db.leadEvent.count({ where: { leadId: lead.id, type: "accepted" } })).toBe(1);
    expect(await env.testDb.db.leadOutcome.count({ where: { leadId: lead.id, stage: "ACCEPTED" } })).toBe(1);
    expect((await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).acceptedAt).toEqual(at(60));
  });

  it("an outcome that records nothing (the same externalId again) accepts nothing", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const api = { kind: "api-key" as const, apiKeyId: "k" };
    const input = { ...base(), leadId: lead.id, stage: "CONTACTED" as const, occurredAt: at(5), source: "API" as const, externalId: "crm-9", actor: api };
    await recordOutcome(env.testDb.db, input);
    // Sarah returns the lead: the next best rep's assignment waits for acceptance. The CRM sends its old event again.
    const sarah = (await member("sarah@demo.switchboard.dev")) as { userId: string };
    const returned = await returnLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, repUserId: sarah.userId, reason: "Conflict of interest", now: at(60) });
    expect(returned.assignmentId).not.toBeNull();
    expect(await recordOutcome(env.testDb.db, { ...input, now: at(61) })).toMatchObject({ isDuplicate: true });
    expect(await env.testDb.db.leadEvent.count({ where: { leadId: lead.id, type: "accepted" } })).toBe(1);
    expect(await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: returned.assignmentId! } })).toMatchObject({ isCurrent: true, acceptedAt: null });
  });
});
