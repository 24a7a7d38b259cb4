// The manager's overview on the seeded demo: a routed lead shows as waiting for its rep, past the SLA
// once the published routing's reassign window has gone by, and as being worked once contacted;
// counts are the difference a lead makes (the demo seed has its own history), and another workspace
// sees none of it.
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { reassignLead } from "../assignments/reassign-lead";
import { createLead } from "../leads/create-lead";
import { recordOutcome } from "../outcomes/record-outcome";
import { loadWorkspaceOverview, type TWorkspaceOverview } from "./workspace-overview";

const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const env = useRoutingKit();

const repRow = (o: TWorkspaceOverview, repId: string) => o.reps.find((r) => r.repId === repId) ?? { waiting: 0, pastSla: 0, working: 0 };

describe("loadWorkspaceOverview", () => {
  it("a routed lead: waiting, then past the SLA, then worked once contacted", async () => {
    const db = env.testDb.db;
    const ws = env.kit.workspaceId;
    const sarahRepId = await env.kit.repIdOf("Sarah");
    const early = await loadWorkspaceOverview(db, ws, at(1));
    const sla = early.slaMinutes;
    const late = await loadWorkspaceOverview(db, ws, at(sla + 1));

    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    expect(lead.ownerRepId).toBe(sarahRepId);

    const earlyAfter = await loadWorkspaceOverview(db, ws, at(1));
    expect(earlyAfter.last24h.submitted - early.last24h.submitted).toBe(1);
    expect(earlyAfter.last24h.routed - early.last24h.routed).toBe(1);
    expect(earlyAfter.waiting - early.waiting).toBe(1);
    expect(earlyAfter.pastSla - early.pastSla).toBe(0);
    expect(repRow(earlyAfter, sarahRepId).waiting - repRow(early, sarahRepId).waiting).toBe(1);

    const lateAfter = await loadWorkspaceOverview(db, ws, at(sla + 1));
    expect(lateAfter.pastSla - late.pastSla).toBe(1);
    expect(repRow(lateAfter, sarahRepId).pastSla - repRow(late, sarahRepId).pastSla).toBe(1);
    // The reps with leads past the SLA come first.
    expect(lateAfter.reps[0]!.pastSla).toBeGreaterThanOrEqual(1);

    const user = await db.user.findUniqueOrThrow({ where: { email: "sarah@demo.switchboard.dev" }, include: { memberships: true } });
    await recordOutcome(db, { workspaceId: ws, now: at(4), leadId: lead.id, stage: "CONTACTED", occurredAt: at(4), source: "INBOX", actor: { kind: "member", userId: user.id, role: user.memberships[0]!.role } });
    const worked = await loadWorkspaceOverview(db, ws, at(sla + 1));
    expect(worked.pastSla).toBe(late.pastSla);
    expect(worked.waiting).toBe(late.waiting);
    expect(repRow(worked, sarahRepId).working - repRow(late, sarahRepId).working).toBe(1);
  });

  it("a lead that reached its rep off duty is past the SLA only that long after the rep's clock started", async () => {
    const db = env.testDb.db;
    const ws = env.kit.workspaceId;
    const sla = (await loadWorkspaceOverview(db, ws, at(1))).slaMinutes;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    // As the routing.assigned job stores it for a rep next at work an hour later (sla-clock-start.ts).
    await db.leadAssignment.updateMany({ where: { leadId: lead.id, isCurrent: true }, data: { slaStartsAt: at(60) } });
    const repId = lead.ownerRepId!;
    const before = await loadWorkspaceOverview(db, ws, at(sla + 1));
    const after = await loadWorkspaceOverview(db, ws, at(60 + sla + 1));
    const pastBefore = repRow(before, repId).pastSla;
    expect(repRow(after, repId).pastSla - pastBefore).toBe(1);
  });

  it("a lead a manager gave a rep by hand runs no SLA: waiting, never past it", async () => {
    const db = env.testDb.db;
    const ws = env.kit.workspaceId;
    const sla = (await loadWorkspaceOverview(db, ws, at(1))).slaMinutes;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const priya = await env.kit.repIdOf("Priya");
    await reassignLead(db, env.kit.deps, { workspaceId: ws, leadId: lead.id, toRepId: priya, reason: "Knows the bank", byUserId: null, now: at(1) });
    const late = await loadWorkspaceOverview(db, ws, at(5 * sla));
    const row = repRow(late, priya);
    expect(row.waiting).toBeGreaterThanOrEqual(1);
    const handed = await db.leadAssignment.findFirstOrThrow({ where: { leadId: lead.id, isCurrent: true } });
    expect(handed.slaStartsAt).toBeNull();
    // Priya's other leads (the seed's) may be past it; this one adds nothing.
    await db.leadAssignment.update({ where: { id: handed.id }, data: { slaStartsAt: at(1) } });
    expect(repRow(await loadWorkspaceOverview(db, ws, at(5 * sla)), priya).pastSla - row.pastSla).toBe(1);
  });

  // A CRM's backfill (`POST /api/v1/leads` with a submittedAt days ago) is history: stored, not
  // routed — and it counted as "Unassigned", the overview's red to-do, one per backfilled lead.
  it("a lead from the past (history, never routed) is not unassigned; once it had an owner and was handed back, it is", async () => {
    const db = env.testDb.db;
    const ws = env.kit.workspaceId;
    const before = (await loadWorkspaceOverview(db, ws, at(1))).unassigned;
    const backfill = (email: string) =>
      createLead(db, { workspaceId: ws, apiKeyId: "backfill", body: { person: { email }, answers: { plan: "pro" }, submittedAt: "2026-11-20T09:00:00Z" }, idempotencyKey: null, now: NOW, routing: env.kit.deps });
    const leads = [await backfill("old-1@shop.example"), await backfill("old-2@shop.example")];
    expect(leads.map((l) => l.warnings.map((w) => w.path))).toEqual([["submittedAt"], ["submittedAt"]]);
    expect(await db.lead.count({ where: { id: { in: leads.map((l) => l.leadId) }, status: "NEW", ownerRepId: null } })).toBe(2);
    expect((await loadWorkspaceOverview(db, ws, at(1))).unassigned).toBe(before);

    // Given to Tom by hand, then handed back (as when its owner is removed): a lead waiting for a manager again.
    await reassignLead(db, env.kit.deps, { workspaceId: ws, leadId: leads[0]!.leadId, toRepId: await env.kit.repIdOf("Tom"), reason: "Old friend", byUserId: null, now: at(1) });
    await db.lead.update({ where: { id: leads[0]!.leadId }, data: { ownerRepId: null, status: "NEW" } });
    await db.leadAssignment.updateMany({ where: { leadId: leads[0]!.leadId }, data: { isCurrent: false, endedAt: at(2) } });
    expect((await loadWorkspaceOverview(db, ws, at(3))).unassigned).toBe(before + 1);
  });

  it("another workspace sees nothing of the demo's leads", async () => {
    await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const other = await env.testDb.db.workspace.create({ data: { name: "Other", slug: "other-overview" } });
    const overview = await loadWorkspaceOverview(env.testDb.db, other.id, at(1));
    expect(overview).toMatchObject({ waiting: 0, pastSla: 0, inFallback: 0, unassigned: 0, reps: [], last24h: { submitted: 0, routed: 0, nurture: 0, disqualified: 0, acceptMedianSeconds: null } });
  });
});
