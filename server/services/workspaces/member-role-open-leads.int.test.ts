// Changing a member's role to one that cannot work leads (a Marketer) does for their leads what a
// removal does: in the same transaction their rep profile is deactivated and one
// "routing.owner-removed" job row is written per open lead (the count is returned for the members
// page); after commit each job hands its lead to the next best rep, saying why ("Owner is now a
// Marketer"), or — without published routing — back to New with no owner (the overview counts it,
// webhook subscribers get lead.unassigned). The job leaves the lead alone once they work leads
// again (a role that works leads and an active rep profile), not merely because they are still a
// member. A prospect's upcoming meeting with them is kept: the timeline says who left, the new
// owner's alert names the time, the lead page marks it.
// The seeded demo workspace (the bank VP goes to Sarah Chen in Enterprise; Priya Patel is the
// other enterprise rep) and the real procedures and job queue.
import { afterEach, describe, expect, it } from "vitest";
import { createCallerFactory, router } from "../../api/trpc";
import { membersRouterWith } from "../../api/routers/workspace";
import { WEBHOOK_EVENTS, webhookEmittedData } from "../../domain/webhooks/webhook-events";
import { contextFor } from "../../testing/factories";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { resetClock } from "../../testing/sla-clock";
import { moveClock } from "../../time/clock";
import { zonedTime } from "../../mail/templates/rep-alert";
import { OWNER_REMOVED_NOT_ROUTED } from "../assignments/owner-removed";
import { reassignLead } from "../assignments/reassign-lead";
import { bookSlot } from "../bookings/book-slot";
import { loadLeadMeetings } from "../bookings/lead-meetings";
import { listSlots } from "../bookings/list-slots";
import { fanOutWebhookEvent } from "../webhooks/deliver-webhook";
import { createWebhookEndpoint } from "../webhooks/webhook-endpoints";
import { loadWorkspaceOverview } from "./workspace-overview";

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

/** Sarah out of her team (routing places refuse the change), so she may become a Marketer. */
async function outOfRouting() {
  const sarahRep = await env.kit.repIdOf("Sarah");
  await env.testDb.db.teamMember.deleteMany({ where: { repId: sarahRep } });
  return sarahRep;
}

/** The hand-on job rows of these leads (the job table outlives a test's database reset). */
async function handOnJobs(leadIds: string[]): Promise<{ cause?: unknown; leadId: string }[]> {
  return env.testDb.db.$queryRaw<{ cause?: unknown; leadId: string }[]>`SELECT data->'cause' AS cause, data->>'leadId' AS "leadId" FROM pgboss.job WHERE name = 'routing.owner-removed' AND data->>'leadId' = ANY(${leadIds}) ORDER BY data->>'leadId'`;
}

async function runHandOnJobs(): Promise<number> {
  moveClock({ to: LATER });
  const ran = await env.kit.queue.runDue("routing.owner-removed");
  await runAfterCommitJobs(env.kit);
  return ran;
}

describe(`changing a rep's role to Marketer hands their open leads on (${lane})`, () => {
  it("deactivates the rep profile, enqueues one job per open lead in the change's transaction, and each job re-routes its lead saying why", async () => {
    const db = env.testDb.db;
    const { user: owner, caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const priya = await env.kit.repIdOf("Priya");
    const [first, second, won] = await sarahsLeads(3);
    const sarahRep = await outOfRouting();
    await db.lead.update({ where: { id: won!.id }, data: { status: "CLOSED", stage: "WON", closedAt: NOW } });

    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "MARKETER" })).toEqual({ openLeads: 2 });
    expect((await membershipOf("sarah@demo.switchboard.dev")).role).toBe("MARKETER");
    expect(await db.repProfile.findUniqueOrThrow({ where: { id: sarahRep } })).toMatchObject({ isActive: false });
    expect(await handOnJobs([first!.id, second!.id, won!.id])).toEqual([first!.id, second!.id].sort().map((leadId) => ({ leadId, cause: { kind: "role_changed", role: "MARKETER" } })));

    expect(await runHandOnJobs()).toBe(2);
    for (const lead of [first!, second!]) {
      const after = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: { where: { isCurrent: true } }, events: { where: { type: "reassigned" } } } });
      expect(after).toMatchObject({ ownerRepId: priya, status: "ASSIGNED" });
      expect(after.assignments).toMatchObject([{ repId: priya, kind: "REASSIGNED", note: "Owner is now a Marketer", byUserId: owner.id }]);
      expect(after.events.map((e) => e.data)).toEqual([expect.objectContaining({ mode: "next_best", from: sarahRep, to: priya, reason: "Owner is now a Marketer", byUserId: owner.id })]);
    }
    expect(await db.lead.findUniqueOrThrow({ where: { id: won!.id } })).toMatchObject({ ownerRepId: sarahRep, status: "CLOSED" });

    // Back to Sales rep: the role changes, the profile stays inactive (a manager reactivates it on the Reps page), nothing is handed on.
    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "REP" })).toEqual({ openLeads: 0 });
    expect(await db.repProfile.findUniqueOrThrow({ where: { id: sarahRep } })).toMatchObject({ isActive: false });
  });

  it("a role that works leads hands nothing on and keeps the profile active", async () => {
    const db = env.testDb.db;
    const { caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const [lead] = await sarahsLeads(1);
    const sarahRep = await outOfRouting();
    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "MANAGER" })).toEqual({ openLeads: 0 });
    expect(await db.repProfile.findUniqueOrThrow({ where: { id: sarahRep } })).toMatchObject({ isActive: true });
    expect(await handOnJobs([lead!.id])).toEqual([]);
  });

  it("a Marketer whose profile is active again is still handed on from: being a member with an active profile is not working leads", async () => {
    const db = env.testDb.db;
    const { caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const priya = await env.kit.repIdOf("Priya");
    const [lead] = await sarahsLeads(1);
    const sarahRep = await outOfRouting();
    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "MARKETER" })).toEqual({ openLeads: 1 });
    await db.repProfile.update({ where: { id: sarahRep }, data: { isActive: true } });
    expect(await runHandOnJobs()).toBe(1);
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead!.id } })).toMatchObject({ ownerRepId: priya, status: "ASSIGNED" });
  });

  it("the job leaves the lead alone once they work leads again: a Sales rep again, reactivated by a manager", async () => {
    const db = env.testDb.db;
    const { caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const [lead] = await sarahsLeads(1);
    const sarahRep = await outOfRouting();
    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "MARKETER" })).toEqual({ openLeads: 1 });
    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "REP" })).toEqual({ openLeads: 0 });
    await db.repProfile.update({ where: { id: sarahRep }, data: { isActive: true } });
    expect(await runHandOnJobs()).toBe(1);
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead!.id } })).toMatchObject({ ownerRepId: sarahRep, status: "ASSIGNED" });
    expect(await db.leadEvent.count({ where: { leadId: lead!.id, type: "reassigned" } })).toBe(0);
  });

  it("without published routing: back to New with no owner, the timeline says why, the overview counts it, subscribers get lead.unassigned", async () => {
    const db = env.testDb.db;
    const { user: owner, caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const sarahRep = await outOfRouting();
    await db.routingSettings.update({ where: { workspaceId: env.kit.workspaceId }, data: { publishedVersionId: null } });
    await createWebhookEndpoint(db, env.kit.workspaceId, { url: "https://hooks.example.com/in", events: ["lead.unassigned", "lead.reassigned"] });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const { assignmentId } = await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, toRepId: sarahRep, reason: "Her territory", byUserId: owner.id, now: NOW });
    const before = await loadWorkspaceOverview(db, env.kit.workspaceId, LATER);

    expect(await caller.members.changeRole({ membershipId: sarah.id, role: "MARKETER" })).toEqual({ openLeads: 1 });
    expect(await runHandOnJobs()).toBe(1);

    const after = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { events: { where: { type: "not_routed" }, orderBy: { createdAt: "asc" } } } });
    expect(after).toMatchObject({ status: "NEW", ownerRepId: null });
    const notRouted = after.events.at(-1)!.data;
    expect(notRouted).toEqual({ reason: OWNER_REMOVED_NOT_ROUTED, from: sarahRep, byUserId: owner.id, cause: "role_changed", role: "MARKETER" });

    // The overview's "Unassigned": the lead waits for a manager.
    const overview = await loadWorkspaceOverview(db, env.kit.workspaceId, LATER);
    expect(overview.unassigned - before.unassigned).toBe(1);
    expect(overview.waiting - before.waiting).toBe(-1);

    const [unassigned, ...more] = await db.webhookEvent.findMany({ where: { type: "lead.unassigned" } });
    expect(more).toEqual([]);
    expect(unassigned!.payload).toEqual({
      type: "lead.unassigned",
      version: 1,
      timestamp: expect.stringMatching(/^2026-12-01T15:10:/),
      data: { lead: { id: lead.id, status: "NEW" }, previous: { assignmentId, repId: sarahRep }, reason: "owner_role_changed" },
    });
    // As the change wrote it; the fan-out (after commit) adds who the lead is and its routing value, as GET /api/v1/leads/{id} answers them.
    expect(webhookEmittedData("lead.unassigned").strict().safeParse((unassigned!.payload as { data: unknown }).data).success).toBe(true);
    await fanOutWebhookEvent(db, { queue: env.kit.queue }, { eventId: unassigned!.id, workspaceId: env.kit.workspaceId });
    const sent = (await db.webhookEvent.findUniqueOrThrow({ where: { id: unassigned!.id } })).payload as { data: { contact: unknown } };
    expect(sent.data.contact).toEqual({ name: "Victoria Park", email: "vp@firstbank.com", company: "First Bank", phone: null });
    expect(WEBHOOK_EVENTS["lead.unassigned"].data.strict().safeParse(sent.data).success).toBe(true);
  });
});

describe(`a prospect's upcoming meeting with a rep who leaves is kept, and shown to whoever takes the lead (${lane})`, () => {
  async function bookedWithSarah() {
    const db = env.testDb.db;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const slots = await listSlots(db, { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
    const first = slots.days[0]!.slots[0]!;
    const booked = await bookSlot(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(first.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
    if (!booked.ok) throw new Error("the first slot was not free");
    return { lead, bookingId: booked.booking.id, startsAt: first.start };
  }

  it.each(["removed", "role_changed"] as const)("owner %s: a timeline entry, the meeting still confirmed, the new owner's alert names its time, the lead page marks it", async (how) => {
    const db = env.testDb.db;
    const { user: owner, caller } = await ownerCaller();
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    const priya = await db.repProfile.findFirstOrThrow({ where: { id: await env.kit.repIdOf("Priya") }, include: { user: true } });
    const { lead, bookingId, startsAt } = await bookedWithSarah();
    const sarahRep = await outOfRouting();
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("ACCEPTED");

    const changed = how === "removed" ? await caller.members.remove({ membershipId: sarah.id }) : await caller.members.changeRole({ membershipId: sarah.id, role: "MARKETER" });
    expect(changed).toEqual({ openLeads: 1 });
    expect(await runHandOnJobs()).toBe(1);

    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ ownerRepId: priya.id });
    expect(await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).toMatchObject({ status: "CONFIRMED", repId: sarahRep });
    const [note, ...others] = await db.leadEvent.findMany({ where: { leadId: lead.id, type: "booking_rep_left" } });
    expect(others).toEqual([]);
    const cause = how === "removed" ? { cause: "removed" } : { cause: "role_changed", role: "MARKETER" };
    expect(note!.data).toEqual({ bookingId, repId: sarahRep, startsAt, to: priya.id, byUserId: owner.id, ...cause });

    const [alert] = await db.emailMessage.findMany({ where: { template: "rep-alert", to: { has: priya.user.email } } });
    expect(alert!.text).toContain(`The prospect has a meeting booked for ${zonedTime(new Date(startsAt), "America/New_York")} with Sarah Chen, who no longer works leads here.`);
    // It opens with the hand-on, not "a new lead was routed to you": from whom, why, who made the change.
    const reason = how === "removed" ? "Owner removed from the workspace" : "Owner is now a Marketer";
    expect(alert!.text).toContain(`Hi Priya Patel, this lead was handed on to you from Sarah Chen, who no longer works leads here. Reason: ${reason} (by Olivia Owner).`);

    // The lead page (a manager): the meeting is marked and offers none of Sarah's times — and loads at all.
    const meetings = await loadLeadMeetings(db, env.kit.workspaceId, lead.id, { userId: owner.id, role: "OWNER" }, LATER);
    expect(meetings).toMatchObject([{ id: bookingId, status: "CONFIRMED", hasRepLeft: true, canChange: true, moveTo: [] }]);
  });

  it("a new lead's alert reads no meeting, and a meeting with a rep still at work is not marked", async () => {
    const db = env.testDb.db;
    const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@demo.switchboard.dev" } });
    const { lead, bookingId } = await bookedWithSarah();
    const [alert] = await db.emailMessage.findMany({ where: { template: "rep-alert", to: { has: "sarah@demo.switchboard.dev" } } });
    expect(alert!.text).not.toContain("The prospect has a meeting booked");
    const meetings = await loadLeadMeetings(db, env.kit.workspaceId, lead.id, { userId: owner.id, role: "OWNER" }, LATER);
    expect(meetings).toMatchObject([{ id: bookingId, hasRepLeft: false }]);
    expect(meetings[0]!.moveTo.length).toBeGreaterThan(0);
  });
});
