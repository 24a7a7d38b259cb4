// Speed-to-lead per assignment, against a real database, with leads routed, reminded, reassigned
// and accepted by the real services on a chosen clock: a breach belongs to the rep who held the
// lead when its reassign deadline passed, and a rep's time to accept runs from THEIR assignment.
// (The report once grouped by the lead's current owner and measured from submission: the rep who
// received an SLA-reassigned lead was blamed for the first rep's breach.)
import { describe, expect, it } from "vitest";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { assignmentSla } from "../../domain/analytics/assignment-sla";
import { acceptAssignment } from "../assignments/accept-assignment";
import { reassignUnaccepted } from "../assignments/follow-ups";
import { reassignLead } from "../assignments/reassign-lead";
import { analyticsFilters } from "./analytics-filters";
import { loadAnalyticsLabels } from "./analytics-labels";
import { loadAnalyticsView } from "./analytics-view";
import { funnelReport } from "./funnel-report";
import { NO_TEAM_KEY, speedToLead } from "./speed-to-lead";
import { recordOutcome } from "../outcomes/record-outcome";
import type { TOutcomeActor } from "../outcomes/outcome-types";

// Tuesday 1 December 2026, 10:00 in New York: the demo's SLA is remind after 5, reassign after 15.
const T = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

const env = useRoutingKit();

async function report(now: Date, input: Record<string, string> = {}) {
  const labels = await loadAnalyticsLabels(env.testDb.db, env.kit.workspaceId);
  return speedToLead(env.testDb.db, env.kit.workspaceId, analyticsFilters({ from: "2026-12-01", to: "2026-12-01", ...input }, now), labels, now);
}
const repRow = (r: Awaited<ReturnType<typeof report>>, repId: string) => r.byRep.find((x) => x.key === repId);
const managerId = async () => (await env.testDb.db.user.findFirstOrThrow({ where: { email: "manager@demo.switchboard.dev" } })).id;
const manager = async (): Promise<TOutcomeActor> => ({ kind: "member", userId: await managerId(), role: "MANAGER" });
const bank = (i: number) => ({ ...BANK_VP, email: `cfo${i}@bank${i}.com`, company: `Bank ${i}` });

describe("speed-to-lead per assignment", () => {
  it("SLA reassignment: the rep who let the deadline pass has the breach; the next rep's 2 minutes count from their assignment", async () => {
    const [sarah, priya] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya")];
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, T);
    expect(lead.ownerRepId).toBe(sarah);
    expect(await reassignUnaccepted(env.testDb.db, env.kit.deps, lead.assignments[0]!.id, at(15))).toBe(true);
    const second = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId: lead.id, isCurrent: true } });
    expect(second).toMatchObject({ repId: priya, kind: "SLA_REASSIGNED" });
    await acceptAssignment(env.testDb.db, { assignmentId: second.id, now: at(17) });

    const r = await report(at(60));
    expect(repRow(r, sarah)).toMatchObject({ leads: 1, slaBreaches: 1, acceptP50: null, acceptedBeforeReminder: 0 });
    expect(repRow(r, priya)).toMatchObject({ leads: 1, slaBreaches: 0, acceptP50: 120, acceptedBeforeReminder: 1 });
    // The prospect's wait stays the headline: submission → first acceptance by anyone (17 minutes).
    expect(r.overall).toMatchObject({ leads: 1, acceptP50: 17 * 60, slaBreaches: 1 });
    expect(r.sla).toEqual({ remindAfterMinutes: 5, reassignAfterMinutes: 15 });

    // Both were routed through the Enterprise team; moving Priya to another team later does not rewrite that.
    const enterprise = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: "Enterprise" } });
    const other = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: { not: "Enterprise" } } });
    await env.testDb.db.teamMember.deleteMany({ where: { repId: priya } });
    await env.testDb.db.teamMember.create({ data: { teamId: other.id, repId: priya } });
    const moved = await report(at(60));
    expect(moved.byTeam.find((x) => x.key === enterprise.id)).toMatchObject({ leads: 2, slaBreaches: 1 });
    expect(moved.byTeam.find((x) => x.key === other.id)).toBeUndefined();
  });

  it("accepted in time: no breach, accepted before the reminder, 3 minutes from assignment", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, T);
    await acceptAssignment(env.testDb.db, { assignmentId: lead.assignments[0]!.id, now: at(3) });
    const r = await report(at(60));
    expect(repRow(r, sarah)).toMatchObject({ leads: 1, slaBreaches: 0, acceptP50: 180, acceptedBeforeReminder: 1 });
    // Accepted at minute 10: after the reminder, still within the reassign deadline — on time.
    const late = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com" }, T);
    await acceptAssignment(env.testDb.db, { assignmentId: late.assignments[0]!.id, now: at(10) });
    const both = await report(at(60));
    const owner = late.ownerRepId!;
    expect(repRow(both, owner)).toMatchObject({ slaBreaches: 0 });
    expect(both.overall).toMatchObject({ leads: 2, slaBreaches: 0, acceptedBeforeReminder: 0.5 });
  });

  it("routed at 02:00 New York to a rep off duty, accepted 3 minutes into their morning: no breach; time to accept still from the assignment", async () => {
    // A 50-person company: Inside Sales round-robin, reps at work preferred, so at night one of them asleep.
    const { budget: _b, timeline: _t, ...small } = BANK_VP;
    const night = new Date("2026-12-01T07:00:00Z");
    const lead = await submitDemo(env.testDb, env.kit, { ...small, email: "ops@midsize.com", company: "Midsize", company_size: "20-199", industry: "technology", start_when: "asap" }, night);
    const owner = lead.ownerRepId!;
    const assignment = await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: lead.assignments[0]!.id } });
    // Tom's 08:00 Chicago (14:00 UTC) or Maya's 07:00 Los Angeles (15:00 UTC).
    expect([await env.kit.repIdOf("Tom"), await env.kit.repIdOf("Maya")]).toContain(owner);
    const morning = assignment.slaStartsAt!;
    expect(morning.getTime()).toBeGreaterThan(night.getTime() + 6 * 3600_000);
    await acceptAssignment(env.testDb.db, { assignmentId: assignment.id, now: new Date(morning.getTime() + 3 * 60_000) });
    const r = await report(new Date(morning.getTime() + 60 * 60_000));
    const acceptSeconds = (morning.getTime() - night.getTime()) / 1000 + 180;
    expect(repRow(r, owner)).toMatchObject({ leads: 1, slaBreaches: 0, acceptedBeforeReminder: 1, acceptP50: acceptSeconds });
    expect(r.overall).toMatchObject({ leads: 1, slaBreaches: 0, acceptP50: acceptSeconds });
  });

  it("manual reassignment: taken away before the deadline is no one's breach; after it, the holder's", async () => {
    const [sarah, priya] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya")];
    const byUserId = await managerId();
    const early = await submitDemo(env.testDb, env.kit, BANK_VP, T);
    expect(early.ownerRepId).toBe(sarah);
    const { assignmentId } = await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: early.id, toRepId: priya, reason: "Priya knows them", byUserId, now: at(3) });
    await acceptAssignment(env.testDb.db, { assignmentId: assignmentId!, now: at(4) });
    const r = await report(at(60));
    // Sarah held it 3 minutes: neither a breach nor a missed reminder (it was gone before either).
    expect(repRow(r, sarah)).toMatchObject({ leads: 1, slaBreaches: 0, acceptP50: null, acceptedBeforeReminder: null });
    // Priya's came from a manager by name: it runs no SLA (no reminder figure), its time to accept counts.
    expect(repRow(r, priya)).toMatchObject({ leads: 1, slaBreaches: 0, acceptP50: 60, acceptedBeforeReminder: null });

    // A lead still unaccepted at minute 20 (its SLA job has not run), then moved by a manager: the holder's breach.
    const late = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com" }, T);
    const holder = late.ownerRepId!;
    const still = await report(at(20));
    expect(repRow(still, holder)).toMatchObject({ slaBreaches: 1 });
    const to = holder === priya ? sarah : priya;
    await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: late.id, toRepId: to, reason: "Nobody picked it up", byUserId, now: at(20) });
    const after = await report(at(21));
    expect(repRow(after, holder)!.slaBreaches).toBe(1);
    expect(repRow(after, to)).toMatchObject({ slaBreaches: 0 });
  });

  it("only assignments routing handed over run the SLA: a late acceptance of a manager's choice is no breach; a routed row from before the clock counts from its assignment", async () => {
    const db = env.testDb.db;
    const tom = await env.kit.repIdOf("Tom");
    const accept = (assignmentId: string, minutes: number) => acceptAssignment(db, { assignmentId, now: at(minutes) });
    const current = (leadId: string) => db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
    // 1. Routed (its clock stored by the routing job), accepted at minute 20: a breach.
    const routed = await submitDemo(env.testDb, env.kit, bank(1), T);
    expect(await current(routed.id)).toMatchObject({ kind: "ROUTED", slaStartsAt: T });
    await accept(routed.assignments[0]!.id, 20);
    // 2. A startup's lead (nurture, no owner) a manager gives to Tom by name (MANUAL), accepted at minute 20: no SLA ran.
    const startup = { email: "sam@tiny.io", full_name: "Sam", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring" };
    const nurture = await submitDemo(env.testDb, env.kit, startup, T);
    expect(nurture.ownerRepId).toBeNull();
    await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: nurture.id, toRepId: tom, reason: "Worth a call", byUserId: await managerId(), now: T });
    await runAfterCommitJobs(env.kit);
    const manual = await current(nurture.id);
    expect(manual).toMatchObject({ kind: "MANUAL", repId: tom, slaStartsAt: null });
    await accept(manual.id, 20);
    // 3. Routed before the clock existed (no slaStartsAt stored), accepted at minute 20: a breach, from its assignment.
    const old = await submitDemo(env.testDb, env.kit, bank(2), T);
    await db.leadAssignment.update({ where: { id: old.assignments[0]!.id }, data: { slaStartsAt: null } });
    await accept(old.assignments[0]!.id, 20);
    // 4. Sent to the next best rep by routing at minute 1 (REASSIGNED), before the clock, accepted at minute 25: a breach.
    const moved = await submitDemo(env.testDb, env.kit, bank(3), T);
    await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: moved.id, toRepId: null, reason: "Out today", byUserId: await managerId(), now: at(1) });
    await runAfterCommitJobs(env.kit);
    const next = await current(moved.id);
    expect(next).toMatchObject({ kind: "REASSIGNED" });
    expect(next.repId).not.toBe(tom);
    await db.leadAssignment.update({ where: { id: next.id }, data: { slaStartsAt: null } });
    await accept(next.id, 25);

    const r = await report(at(60));
    expect(r.overall.slaBreaches).toBe(3);
    expect(r.byRep.reduce((n, x) => n + x.slaBreaches!, 0)).toBe(3);
    // Tom's: in no SLA figure; its 20 minutes to accept still count (from the assignment).
    expect(repRow(r, tom)).toMatchObject({ leads: 1, slaBreaches: 0, acceptedBeforeReminder: null, acceptP50: 1200 });
    // The SQL and the pure definition (assignment-sla.ts) agree, assignment by assignment.
    const rows = await db.leadAssignment.findMany({ where: { workspaceId: env.kit.workspaceId, repId: { not: null } } });
    const sla = { remindAfterMinutes: 5, reassignAfterMinutes: 15 };
    expect(rows.filter((a) => assignmentSla(a, sla, at(60)).isBreach).map((a) => a.leadId).sort()).toEqual([routed.id, old.id, moved.id].sort());
  });

  it("the analytics note and the inbox state the same SLA rule", async () => {
    const view = await loadAnalyticsView(env.testDb.db, env.kit.workspaceId, "MANAGER", { view: "speed", from: "2026-12-01", to: "2026-12-01" }, at(60));
    expect(view.notes[0]).toBe("Routing SLA: a rep must accept a lead within 15 minutes of their clock starting: a reminder at 5 minutes, then it goes to the next best rep.");
    expect(view.table.columns.map((c) => c.label)).toEqual(expect.arrayContaining(["Contacted", "Accepted before reminder", "SLA breaches"]));
    expect(view.notes[1]).toContain("a lead a person gave to a rep by name, or a booking moved to the next best rep, is in neither figure");
  });

  it("contacted: the funnel's Contacted step and speed-to-lead count the same leads (a meeting booked counts; a win or a no-show with no contact recorded counts, untimed)", async () => {
    const [sarah, priya] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya")];
    const actor = await manager();
    const record = (leadId: string, stage: "CONTACTED" | "MEETING_BOOKED" | "NO_SHOW" | "WON", minutes: number) =>
      recordOutcome(env.testDb.db, { workspaceId: env.kit.workspaceId, now: at(60), leadId, stage, occurredAt: at(minutes), source: "LEAD_PAGE", actor, ...(stage === "WON" ? { amount: 1000 } : {}) });
    const [contacted, won, noShow, moved] = [await submitDemo(env.testDb, env.kit, bank(1), T), await submitDemo(env.testDb, env.kit, bank(2), T), await submitDemo(env.testDb, env.kit, bank(3), T), await submitDemo(env.testDb, env.kit, bank(4), T)];
    await submitDemo(env.testDb, env.kit, bank(5), T); // never contacted
    await record(contacted.id, "CONTACTED", 4);
    await record(won.id, "WON", 20); // "Won" logged straight away: the prospect was reached, when is not known
    await record(noShow.id, "NO_SHOW", 30);
    // Reassigned by name at minute 3, then a meeting booked by the new rep at minute 8: first contact.
    const to = moved.ownerRepId === priya ? sarah : priya;
    await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: moved.id, toRepId: to, reason: "Knows them", byUserId: actor.kind === "member" ? actor.userId : null, now: at(3) });
    await record(moved.id, "MEETING_BOOKED", 8);

    const input = { from: "2026-12-01", to: "2026-12-01" };
    const labels = await loadAnalyticsLabels(env.testDb.db, env.kit.workspaceId);
    const funnel = await funnelReport(env.testDb.db, env.kit.workspaceId, analyticsFilters(input, at(60)), "path", labels);
    const speed = await report(at(60), input);
    const contactedStep = funnel.total.steps.find((s) => s.stage === "contacted")!.count;
    expect(contactedStep).toBe(4);
    expect(speed.overall).toMatchObject({ leads: 5, contacted: contactedStep });
    // Timed: 4 and 8 minutes after submission (the win and the no-show have no time to first contact).
    expect(speed.overall.contactP50).toBe(6 * 60);
    // Per path too (all five came through one path), and the view's column.
    expect(speed.byPath.reduce((n, r) => n + r.contacted, 0)).toBe(contactedStep);
    const view = await loadAnalyticsView(env.testDb.db, env.kit.workspaceId, "MANAGER", { view: "speed", ...input }, at(60));
    const column = view.table.columns.findIndex((c) => c.label === "Contacted");
    expect(view.table.rows.find((r) => r.cells[0] === "All")!.cells[column]).toBe(contactedStep);
    // Rep rows: the assignments during which the first contact happened (timed ones): the minute-4 call and the minute-8 booking.
    expect(speed.byRep.reduce((n, r) => n + r.contacted, 0)).toBe(2);
    expect(repRow(speed, to)!.contacted).toBe(1);
  });

  it("contacted from the outcomes alone (a no-show, then lost: the lead row shows no contact): counted as the funnel counts it, untimed", async () => {
    const actor = await manager();
    const record = (leadId: string, stage: "NO_SHOW" | "LOST", minutes: number) =>
      recordOutcome(env.testDb.db, { workspaceId: env.kit.workspaceId, now: at(60), leadId, stage, occurredAt: at(minutes), source: "LEAD_PAGE", actor, ...(stage === "LOST" ? { reason: "No budget" } : {}) });
    const lost = await submitDemo(env.testDb, env.kit, bank(1), T);
    await submitDemo(env.testDb, env.kit, bank(2), T); // never contacted
    await record(lost.id, "NO_SHOW", 30);
    await record(lost.id, "LOST", 40);
    const row = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: lost.id }, select: { stage: true, firstContactAt: true, opportunityAmount: true } });
    expect(row).toEqual({ stage: "LOST", firstContactAt: null, opportunityAmount: null });

    const input = { from: "2026-12-01", to: "2026-12-01" };
    const labels = await loadAnalyticsLabels(env.testDb.db, env.kit.workspaceId);
    const funnel = await funnelReport(env.testDb.db, env.kit.workspaceId, analyticsFilters(input, at(60)), "path", labels);
    expect(funnel.total.steps.find((s) => s.stage === "contacted")!.count).toBe(1);
    const speed = await report(at(60), input);
    expect(speed.overall).toMatchObject({ leads: 2, contacted: 1, contactP50: null });
    expect(speed.byPath.reduce((n, r) => n + r.contacted, 0)).toBe(1);
    expect(speed.byWeek.reduce((n, r) => n + r.contacted, 0)).toBe(1);
  });

  it("team rows: an assignment no team path made is under 'No team' (not the rep's teams of today), and the team rows add up to the rep rows and All's breaches", async () => {
    const [sarah, priya] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya")];
    const db = env.testDb.db;
    const enterprise = await db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: "Enterprise" } });
    const inside = await db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: "Inside Sales" } });
    const routed = await submitDemo(env.testDb, env.kit, bank(1), T);
    expect(routed.ownerRepId).toBe(sarah);
    // A manager gives it to Priya by name at minute 3 (no team in the decision); nobody accepts it:
    // no breach (a person's choice runs no SLA), but the assignment is in the "No team" row.
    await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: routed.id, toRepId: priya, reason: "Priya knows them", byUserId: await managerId(), now: at(3) });
    const stored = await db.leadAssignment.findFirstOrThrow({ where: { leadId: routed.id, isCurrent: true }, select: { decision: true } });
    expect((stored.decision as { teamId: unknown }).teamId).toBeNull();
    // Priya is in two teams today: the guess from today's teams counted her assignment in both.
    await db.teamMember.create({ data: { teamId: inside.id, repId: priya } });
    await submitDemo(env.testDb, env.kit, bank(2), T); // routed through a team, left unaccepted: a breach

    const r = await report(at(60));
    expect(r.byTeam.find((x) => x.key === NO_TEAM_KEY)).toMatchObject({ label: "No team", leads: 1, slaBreaches: 0, acceptedBeforeReminder: null });
    expect(r.byTeam.at(-1)!.key).toBe(NO_TEAM_KEY);
    expect(r.byTeam.find((x) => x.key === inside.id)).toBeUndefined();
    expect(r.byTeam.find((x) => x.key === enterprise.id)!.leads).toBe(2);
    const sum = (rows: typeof r.byTeam, pick: (x: (typeof r.byTeam)[number]) => number) => rows.reduce((n, x) => n + pick(x), 0);
    expect(sum(r.byTeam, (x) => x.leads)).toBe(sum(r.byRep, (x) => x.leads));
    expect(sum(r.byTeam, (x) => x.slaBreaches!)).toBe(r.overall.slaBreaches);
    expect(sum(r.byTeam, (x) => x.slaBreaches!)).toBe(sum(r.byRep, (x) => x.slaBreaches!));
    expect(r.overall.slaBreaches).toBe(1);
    // A team filter is the team row: the leads routed through that team.
    expect((await report(at(60), { teamId: inside.id })).overall.leads).toBe(0);
    expect((await report(at(60), { teamId: enterprise.id })).byTeam.map((x) => [x.key, x.leads])).toEqual([[enterprise.id, 2]]);
    const view = await loadAnalyticsView(db, env.kit.workspaceId, "MANAGER", { view: "speed", from: "2026-12-01", to: "2026-12-01" }, at(60));
    expect(view.table.rows.filter((x) => x.cells[0] === "Team").map((x) => x.cells[1])).toEqual(["Enterprise", "No team"]);
    expect(view.notes.some((n) => n.includes('"No team"'))).toBe(true);
  });
});
