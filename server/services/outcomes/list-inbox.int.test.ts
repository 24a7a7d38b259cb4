// The rep's inbox reads each lead's decision without the lists a headline never shows (skipped
// reps, rotation state, posteriors): its "why" must still be the headline of the whole record.
// The seeded demo workspace: enough bank leads that Sarah's and Priya's daily limits fill and the
// rest rotate through Inbound, so the records carry skipped reps and rotation updates.
import { describe, expect, it } from "vitest";
import { assignmentsRouterWith } from "../../api/routers/assignments";
import { createCallerFactory, router } from "../../api/trpc";
import { contextFor } from "../../testing/factories";
import { inboxSlaText } from "../../domain/analytics/assignment-sla";
import { describeDecisionHeadline } from "../../domain/routing/describe-decision";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import { BANK_VP, publishDemoVersion, runAfterCommitJobs, submitDemo, useRoutingKit, withMobilePhoneQuestion } from "../../testing/routing-kit";
import { reassignLead } from "../assignments/reassign-lead";
import { routingNames } from "../routing/routing-names";
import { INBOX_LIMIT, listInbox } from "./list-inbox";
import { recordOutcome } from "./record-outcome";

// Tuesday 1 December 2026, 10:00 in New York: the demo's reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const createCaller = createCallerFactory(router({ assignments: assignmentsRouterWith({ followUps: async () => env.kit.deps, now: () => NOW }) }));

/** A demo user, and a tRPC caller signed in as them (the inbox's Accept is assignments.accept). */
async function signedIn(name: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: `${name}@demo.switchboard.dev` }, include: { memberships: true } });
  return { user, role: user.memberships[0]!.role, caller: createCaller(contextFor(env.testDb.db, user)) };
}

/** Sarah's bank lead, worked by her (`work`), then reassigned by the manager to Priya: Priya's inbox row of it. */
async function reassignedToPriya(work: (leadId: string, sarah: Awaited<ReturnType<typeof signedIn>>) => Promise<unknown>) {
  const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  expect(lead.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
  await work(lead.id, await signedIn("sarah"));
  await (await signedIn("manager")).caller.assignments.reassign({ leadId: lead.id, toRepId: await env.kit.repIdOf("Priya"), reason: "Knows the account" });
  const priya = await signedIn("priya");
  const row = async () => (await listInbox(env.testDb.db, env.kit.workspaceId, priya.user.id, NOW)).items.find((i) => i.id === lead.id);
  return { lead, priya, row };
}

describe(`the rep's inbox (${lane})`, () => {
  it("shows each lead's headline as its whole stored decision reads, for reps reached through skips and a rotation", async () => {
    const { db } = env.testDb;
    for (let i = 0; i < 12; i++) {
      await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: `cfo${i}@bank${i}.com`, company: `Bank ${i}` }, new Date(NOW.getTime() + i * 60_000));
    }
    const workspaceId = env.kit.workspaceId;
    const reps = await db.repProfile.findMany({ where: { workspaceId }, select: { id: true, userId: true, user: { select: { name: true, email: true } } } });
    const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true, name: true } });
    const names = routingNames(new Map(reps.map((r) => [r.id, r.user.name ?? r.user.email])), new Map(teams.map((t) => [t.id, t.name])));

    let shown = 0;
    let withSkipped = 0;
    let withRotation = 0;
    for (const rep of reps) {
      const inbox = await listInbox(db, workspaceId, rep.userId, new Date(NOW.getTime() + 3_600_000));
      for (const item of inbox.items) {
        const { decision } = await db.leadAssignment.findFirstOrThrow({ where: { leadId: item.id, isCurrent: true }, select: { decision: true } });
        const whole = readStoredDecision(decision)!;
        expect(item.why).toBe(describeDecisionHeadline(whole, names));
        shown++;
        if (whole.skipped.length > 0) withSkipped++;
        if (whole.rotationUpdates.length > 0) withRotation++;
      }
    }
    // The case the trimmed read exists for: records whose lists it leaves out.
    expect(shown).toBe(12);
    expect(withSkipped).toBeGreaterThan(0);
    expect(withRotation).toBeGreaterThan(0);
  });

  it("names the reps as they are now (a rename shows at the next view) and labels tiers from the form's scoring", async () => {
    const { db } = env.testDb;
    await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const workspaceId = env.kit.workspaceId;
    const { repId, lead } = await db.leadAssignment.findFirstOrThrow({ where: { isCurrent: true, lead: { workspaceId } }, select: { repId: true, lead: { select: { tier: true } } } });
    const rep = await db.repProfile.findUniqueOrThrow({ where: { id: repId! }, select: { userId: true, user: { select: { name: true } } } });
    const later = new Date(NOW.getTime() + 3_600_000);
    const before = await listInbox(db, workspaceId, rep.userId, later);
    expect(before.items[0]?.why).toContain(rep.user.name!);
    expect(before.items[0]?.tierLabel).toBe("Sales-ready");
    expect(before.items[0]?.tier).toBe(lead.tier);
    await db.user.update({ where: { id: rep.userId }, data: { name: "Renamed Rep" } });
    const after = await listInbox(db, workspaceId, rep.userId, later);
    expect(after.items[0]?.why).toContain("Renamed Rep");
    expect(after.items[0]?.why).not.toContain(rep.user.name!);
  });

  it("gives the rep the email and the number to call: the person's phone, and a phone the prospect typed into a phone question over it", async () => {
    const { db } = env.testDb;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const rep = await db.repProfile.findUniqueOrThrow({ where: { id: lead.ownerRepId! }, select: { userId: true } });
    const row = async () => (await listInbox(db, env.kit.workspaceId, rep.userId, NOW)).items.find((i) => i.id === lead.id);
    expect(await row()).toMatchObject({ name: "Victoria Park", email: BANK_VP.email, phone: null });
    await db.person.update({ where: { id: lead.personId! }, data: { phone: "+1 555 010 0199" } });
    expect((await row())?.phone).toBe("+1 555 010 0199");
    // This lead's own answer to a phone question of its form version wins (an anonymous submission never changes the person).
    const phoneVersion = await publishDemoVersion(env.testDb, env.kit, withMobilePhoneQuestion);
    await db.lead.update({ where: { id: lead.id }, data: { formVersionId: phoneVersion.id, answers: { ...BANK_VP, mobile: "030 1234567" } } });
    expect((await row())?.phone).toBe("030 1234567");
  });

  it("states the SLA as published, the reminder included (it used to get only the reassign minutes and never named the reminder)", async () => {
    const { db } = env.testDb;
    const workspaceId = env.kit.workspaceId;
    const sarah = await db.repProfile.findUniqueOrThrow({ where: { id: await env.kit.repIdOf("Sarah") }, select: { userId: true } });
    const inbox = await listInbox(db, workspaceId, sarah.userId, NOW);
    // The demo's published policy: remind after 5, reassign after 15.
    expect(inbox.sla).toEqual({ remindAfterMinutes: 5, reassignAfterMinutes: 15 });
    expect(inbox.slaMinutes).toBe(15);
    // Counted from the rep's clock (their next working time), as the countdowns are, not the assignment.
    expect(inboxSlaText(inbox.sla)).toBe(
      'Routing SLA: accept a lead within 15 minutes of your clock starting: a reminder at 5 minutes, then it goes to the next best rep. Your clock for a routed lead starts at its assignment when you are at work, else at your next working time (working hours, out of office and meetings count). "Past SLA" marks a routed lead with no first contact 15 minutes after your clock started. A lead assigned to you by hand runs no SLA.',
    );
  });
  it("a manager with no rep profile is told the published SLA, not \"no SLA\" (it read null and said none was published), and lists no leads", async () => {
    const { db } = env.testDb;
    const manager = await signedIn("manager");
    expect(manager.role).toBe("MANAGER");
    expect(await db.repProfile.findUnique({ where: { workspaceId_userId: { workspaceId: env.kit.workspaceId, userId: manager.user.id } } })).toBeNull();
    await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const inbox = await listInbox(db, env.kit.workspaceId, manager.user.id, new Date(NOW.getTime() + 3_600_000));
    expect(inbox).toEqual({ hasRepProfile: false, slaMinutes: 15, sla: { remindAfterMinutes: 5, reassignAfterMinutes: 15 }, items: [], overdueCount: 0, total: 0, page: 1, pageSize: INBOX_LIMIT });
  });

  it("a lead routed at night to a rep off duty is due from their morning (the SLA clock), not overdue when they start", async () => {
    const { db } = env.testDb;
    const { budget: _b, timeline: _t, ...small } = BANK_VP;
    const night = new Date("2026-12-01T07:00:00Z"); // 02:00 New York: the Inside Sales reps are asleep
    const lead = await submitDemo(env.testDb, env.kit, { ...small, email: "ops@midsize.com", company: "Midsize", company_size: "20-199", industry: "technology", start_when: "asap" }, night);
    const { slaStartsAt } = await db.leadAssignment.findUniqueOrThrow({ where: { id: lead.assignments[0]!.id } });
    expect(slaStartsAt!.getTime()).toBeGreaterThan(night.getTime());
    const rep = await db.repProfile.findUniqueOrThrow({ where: { id: lead.ownerRepId! }, select: { userId: true } });
    const inbox = await listInbox(db, env.kit.workspaceId, rep.userId, new Date(slaStartsAt!.getTime() + 10 * 60_000));
    expect(inbox.items.find((i) => i.id === lead.id)).toMatchObject({ isWaiting: true, isOverdue: false, dueAt: new Date(slaStartsAt!.getTime() + 15 * 60_000), assignedAt: night });
    expect(inbox.overdueCount).toBe(0);
  });

  it("a lead a manager assigned by hand runs no SLA: no countdown, never past the SLA, not counted (it showed \"Past SLA\" from its assignment)", async () => {
    const { db } = env.testDb;
    const workspaceId = env.kit.workspaceId;
    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@byhand.com", company: "By Hand Bank" }, NOW);
    const routedTo = lead.ownerRepId!;
    const other = await db.repProfile.findFirstOrThrow({ where: { workspaceId, id: { not: routedTo }, isActive: true, user: { memberships: { some: { workspaceId, role: "REP" } } } }, select: { id: true, userId: true } });
    await reassignLead(db, env.kit.deps, { workspaceId, leadId: lead.id, toRepId: other.id, reason: "Knows the account", byUserId: null, now: NOW });
    await runAfterCommitJobs(env.kit);
    const { kind, slaStartsAt } = await db.leadAssignment.findFirstOrThrow({ where: { leadId: lead.id, isCurrent: true } });
    expect({ kind, slaStartsAt }).toEqual({ kind: "REASSIGNED", slaStartsAt: null });
    const hoursLater = new Date(NOW.getTime() + 5 * 3_600_000);
    const inbox = await listInbox(db, workspaceId, other.userId, hoursLater);
    expect(inbox.items.find((i) => i.id === lead.id)).toMatchObject({ isWaiting: true, dueAt: null, isOverdue: false });
    expect(inbox.items.filter((i) => i.isOverdue).map((i) => i.id)).not.toContain(lead.id);
  });

  it("a lead its previous rep accepted, reassigned: the row is the new rep's own — Open and not accepted (it said Accepted beside Not accepted)", async () => {
    const { lead, priya, row } = await reassignedToPriya((leadId, sarah) => sarah.caller.assignments.accept({ leadId }));
    expect((await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).stage).toBe("ACCEPTED"); // the lead's, from Sarah
    expect(await row()).toMatchObject({ stage: "OPEN", isAccepted: false });
    await priya.caller.assignments.accept({ leadId: lead.id });
    expect(await row()).toMatchObject({ stage: "ACCEPTED", isAccepted: true });
  });

  it("a lead with a meeting booked, reassigned: not accepted, and the rep's Accept (the server's rule) takes it whatever the stage", async () => {
    const { lead, priya, row } = await reassignedToPriya((leadId, sarah) =>
      recordOutcome(env.testDb.db, { workspaceId: env.kit.workspaceId, leadId, stage: "MEETING_BOOKED", occurredAt: NOW, source: "LEAD_PAGE", actor: { kind: "member", userId: sarah.user.id, role: sarah.role }, now: NOW }),
    );
    expect(await row()).toMatchObject({ stage: "MEETING_BOOKED", isAccepted: false });
    expect(await priya.caller.assignments.accept({ leadId: lead.id })).toMatchObject({ repId: await env.kit.repIdOf("Priya"), wasAlreadyAccepted: false });
    expect(await row()).toMatchObject({ stage: "MEETING_BOOKED", isAccepted: true });
  });
});
