// Removing a member hands their open leads on: the members list (the remove dialog) counts them;
// the removal only writes one "routing.owner-removed" job row per open lead (nothing is re-routed
// inside it); after commit each job re-routes its lead through the published routing with the
// removed rep excluded (the "next best rep" reassignment: a REASSIGNED decision, the timeline says
// why and who, the new owner is alerted). A closed lead keeps its owner; a lead closed or moved on
// before its job runs is left alone; a job that runs twice changes nothing the second time.
// Without published routing (leads assigned by hand) the job succeeds too: the lead waits,
// unowned, for a manager, and its timeline says why.
// The seeded demo workspace (the bank VP goes to Sarah Chen in Enterprise; Priya Patel is the
// other enterprise rep) and the real procedures and job queue.
import { afterEach, describe, expect, it } from "vitest";
import { createCallerFactory, router } from "../../api/trpc";
import { membersRouterWith } from "../../api/routers/workspace";
import { contextFor } from "../../testing/factories";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { resetClock } from "../../testing/sla-clock";
import { moveClock } from "../../time/clock";
import { acceptAssignment } from "../assignments/accept-assignment";
import { OWNER_REMOVED_NOT_ROUTED, OWNER_REMOVED_REASON } from "../assignments/owner-removed";
import { reassignLead } from "../assignments/reassign-lead";
import { listMembersWithOpenLeads } from "./members";

// Tuesday 1 December 2026, 10:00 in New York: Sarah and Priya (Enterprise) are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 10 * 60_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
afterEach(() => resetClock());

const createCaller = createCallerFactory(router({ members: membersRouterWith({ queue: async () => env.kit.queue }) }));
async function ownerCaller() {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "owner@demo.switchboard.dev" } });
  return { user, caller: createCaller(contextFor(env.testDb.db, user)) };
}
const membershipOf = (email: string) => env.testDb.db.membership.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, user: { email } } });

/** Bank leads (each its own company and domain: no account owner), all routed to Sarah. */
async function sarahsLeads(count: number) {
  const sarah = await env.kit.repIdOf("Sarah");
  const leads = [];
  for (let i = 0; i < count; i++) {
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: `cfo@bank${i}.example.com`, company: `Bank ${i}` }, new Date(NOW.getTime() + i * 1000));
    expect(lead.ownerRepId).toBe(sarah);
    leads.push(lead);
  }
  return leads;
}

async function hangOnJobRows(): Promise<number> {
  const [row] = await env.testDb.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'routing.owner-removed'`;
  return row!.n;
}

/** The "routing.owner-removed" jobs as the worker runs them, at LATER on the app's clock. */
async function runHandOnJobs(): Promise<number> {
  moveClock({ to: LATER });
  const ran = await env.kit.queue.runDue("routing.owner-removed");
  await runAfterCommitJobs(env.kit);
  return ran;
}

describe(`removing a member hands their open leads on (${lane})`, () => {
  it("counts them for the dialog, enqueues one job per open lead, and each job re-routes its lead after commit", async () => {
    const db = env.testDb.db;
    const { user: owner, caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const sarahRep = await env.kit.repIdOf("Sarah");
    const priya = await db.repProfile.findFirstOrThrow({ where: { id: await env.kit.repIdOf("Priya") }, include: { user: true } });
    const [assigned, accepted, won] = await sarahsLeads(3);
    await acceptAssignment(db, { assignmentId: accepted!.assignments[0]!.id, byUserId: sarah.userId, now: NOW, workspaceId: env.kit.workspaceId });
    await db.lead.update({ where: { id: won!.id }, data: { status: "CLOSED", stage: "WON", closedAt: NOW } });

    // The dialog's count: the two open leads (the won one is not).
    const listed = await listMembersWithOpenLeads(db, env.kit.workspaceId);
    expect(listed.find((m) => m.userId === sarah.userId)?.openLeads).toBe(2);
    expect(listed.find((m) => m.email === "tom@demo.switchboard.dev")?.openLeads).toBe(0);

    // Refused while she is in a team: nothing enqueued.
    await expect(caller.members.remove({ membershipId: sarah.id })).rejects.toThrow("Sarah Chen is still part of routing");
    expect(await hangOnJobRows()).toBe(0);

    await db.teamMember.deleteMany({ where: { repId: sarahRep } });
    expect(await caller.members.remove({ membershipId: sarah.id })).toEqual({ openLeads: 2 });

    // Committed: membership gone, one job row per open lead, and nothing re-routed yet.
    expect(await db.membership.count({ where: { id: sarah.id } })).toBe(0);
    expect(await hangOnJobRows()).toBe(2);
    for (const lead of [assigned!, accepted!]) expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerRepId).toBe(sarahRep);

    expect(await runHandOnJobs()).toBe(2);
    for (const lead of [assigned!, accepted!]) {
      const after = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: { orderBy: { assignedAt: "asc" } }, events: { where: { type: "reassigned" } } } });
      expect(after).toMatchObject({ ownerRepId: priya.id, status: "ASSIGNED" });
      const current = after.assignments.filter((a) => a.isCurrent);
      expect(current).toMatchObject([{ repId: priya.id, kind: "REASSIGNED", note: OWNER_REMOVED_REASON, byUserId: owner.id }]);
      expect(after.assignments.find((a) => a.repId === sarahRep)).toMatchObject({ isCurrent: false });
      expect(after.events.map((e) => e.data)).toEqual([expect.objectContaining({ mode: "next_best", from: sarahRep, to: priya.id, reason: OWNER_REMOVED_REASON, byUserId: owner.id })]);
    }
    // The won lead keeps its owner.
    expect(await db.lead.findUniqueOrThrow({ where: { id: won!.id } })).toMatchObject({ ownerRepId: sarahRep, status: "CLOSED" });

    // The new owner is alerted as usual, once per lead.
    const alerts = await db.emailMessage.findMany({ where: { template: "rep-alert", to: { has: priya.user.email } } });
    expect(alerts).toHaveLength(2);

    // A job that runs again (a retry after a crash) changes nothing.
    await env.kit.queue.send("routing.owner-removed", { workspaceId: env.kit.workspaceId, leadId: assigned!.id, fromRepId: sarahRep, byUserId: owner.id });
    const before = await db.leadAssignment.count({ where: { leadId: assigned!.id } });
    expect(await runHandOnJobs()).toBe(1);
    expect(await db.leadAssignment.count({ where: { leadId: assigned!.id } })).toBe(before);
    expect(await db.lead.findUniqueOrThrow({ where: { id: assigned!.id } })).toMatchObject({ ownerRepId: priya.id });
  });

  it("a lead reassigned or closed before its job runs is left alone", async () => {
    const db = env.testDb.db;
    const { user: owner, caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const sarahRep = await env.kit.repIdOf("Sarah");
    const tom = await env.kit.repIdOf("Tom");
    const [movedOn, closed] = await sarahsLeads(2);
    await db.teamMember.deleteMany({ where: { repId: sarahRep } });
    expect(await caller.members.remove({ membershipId: sarah.id })).toEqual({ openLeads: 2 });

    // Meanwhile a manager gives one to Tom, and the other is closed.
    await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: movedOn!.id, toRepId: tom, reason: "Tom knows them", byUserId: owner.id, now: NOW });
    await db.lead.update({ where: { id: closed!.id }, data: { status: "CLOSED", stage: "LOST", closedAt: NOW } });
    const assignmentsBefore = await db.leadAssignment.count({ where: { leadId: { in: [movedOn!.id, closed!.id] } } });

    expect(await runHandOnJobs()).toBe(2);
    expect(await db.leadAssignment.count({ where: { leadId: { in: [movedOn!.id, closed!.id] } } })).toBe(assignmentsBefore);
    expect(await db.lead.findUniqueOrThrow({ where: { id: movedOn!.id } })).toMatchObject({ ownerRepId: tom, status: "ASSIGNED" });
    expect(await db.lead.findUniqueOrThrow({ where: { id: closed!.id } })).toMatchObject({ ownerRepId: sarahRep, status: "CLOSED" });
    expect(await db.leadEvent.count({ where: { leadId: { in: [movedOn!.id, closed!.id] }, data: { path: ["reason"], equals: OWNER_REMOVED_REASON } } })).toBe(0);
  });

  it("without published routing (leads assigned by hand) the job succeeds: the lead waits, unowned, for a manager", async () => {
    const db = env.testDb.db;
    const { user: owner, caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const sarahRep = await env.kit.repIdOf("Sarah");
    await db.routingSettings.update({ where: { workspaceId: env.kit.workspaceId }, data: { publishedVersionId: null } });
    // Leads arrive unrouted and a manager gives them to Sarah; she accepts one.
    const leads = [];
    for (let i = 0; i < 2; i++) {
      const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: `cfo@bank${i}.example.com`, company: `Bank ${i}` }, new Date(NOW.getTime() + i * 1000));
      expect(lead).toMatchObject({ status: "NEW", ownerRepId: null });
      const { assignmentId } = await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, toRepId: sarahRep, reason: "Her territory", byUserId: owner.id, now: NOW });
      leads.push({ ...lead, assignmentId: assignmentId! });
    }
    await acceptAssignment(db, { assignmentId: leads[1]!.assignmentId, byUserId: sarah.userId, now: NOW, workspaceId: env.kit.workspaceId });
    await db.teamMember.deleteMany({ where: { repId: sarahRep } });
    expect(await caller.members.remove({ membershipId: sarah.id })).toEqual({ openLeads: 2 });

    expect(await runHandOnJobs()).toBe(2);
    // Every job completed (none failed or waiting for a retry).
    const ids = leads.map((l) => l.id);
    const states = await db.$queryRaw<{ state: string }[]>`SELECT state::text AS state FROM pgboss.job WHERE name = 'routing.owner-removed' AND data->>'leadId' = ANY(${ids})`;
    expect(states.map((j) => j.state)).toEqual(["completed", "completed"]);
    for (const lead of leads) {
      const after = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: true, events: { where: { type: "not_routed" }, orderBy: { createdAt: "asc" } } } });
      expect(after).toMatchObject({ status: "NEW", ownerRepId: null });
      expect(after.assignments).toMatchObject([{ repId: sarahRep, isCurrent: false, endedAt: expect.any(Date) }]);
      expect(after.events.map((e) => e.data)).toEqual([{ reason: "no_routing_config" }, { reason: OWNER_REMOVED_NOT_ROUTED, from: sarahRep, byUserId: owner.id }]);
    }
    // Sarah's load is gone with her leads; a manager can assign them by hand as before.
    expect(await db.repLoad.findUnique({ where: { repId: sarahRep }, select: { openLeads: true } })).toMatchObject({ openLeads: 0 });
    const tom = await env.kit.repIdOf("Tom");
    await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: leads[0]!.id, toRepId: tom, reason: "Tom takes it", byUserId: owner.id, now: LATER });
    expect(await db.lead.findUniqueOrThrow({ where: { id: leads[0]!.id } })).toMatchObject({ status: "ASSIGNED", ownerRepId: tom });
  });
});
