// Speed-to-lead per assignment, against a real database, with leads routed, reminded, reassigned
// and accepted by the real services on a chosen clock: a breach belongs to the rep who held the
// lead when its reassign deadline passed, and a rep's time to accept runs from THEIR assignment.
// (The report once grouped by the lead's current owner and measured from submission: the rep who
// received an SLA-reassigned lead was blamed for the first rep's breach.)
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { acceptAssignment } from "../assignments/accept-assignment";
import { reassignUnaccepted } from "../assignments/follow-ups";
import { reassignLead } from "../assignments/reassign-lead";
import { analyticsFilters } from "./analytics-filters";
import { loadAnalyticsLabels } from "./analytics-labels";
import { loadAnalyticsView } from "./analytics-view";
import { speedToLead } from "./speed-to-lead";

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
    expect(repRow(r, priya)).toMatchObject({ leads: 1, slaBreaches: 0, acceptP50: 60, acceptedBeforeReminder: 1 });

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

  it("the analytics note and the inbox state the same SLA rule", async () => {
    const view = await loadAnalyticsView(env.testDb.db, env.kit.workspaceId, "MANAGER", { view: "speed", from: "2026-12-01", to: "2026-12-01" }, at(60));
    expect(view.notes[0]).toContain("a rep must accept a lead within 15 minutes of its assignment to them, or it moves to the next rep (a reminder goes out after 5 minutes)");
    expect(view.table.columns.map((c) => c.label)).toEqual(expect.arrayContaining(["Accepted before reminder", "SLA breaches"]));
  });
});
