// The live load counters routing reads under its lock (RepLoad, RepDailyLoad: kept by database
// triggers) always equal a scan of the leads and assignments they summarise, whatever moved them:
// routing, accepting, returning, a manager's reassignment, passing the SLA, a first contact,
// closing, deleting, a value change. The pipeline value sums the leads' routing values (their
// values in the routing currency, converted at intake).
import { describe, expect, it } from "vitest";
import { acceptAssignment } from "../assignments/accept-assignment";
import { reassignLead } from "../assignments/reassign-lead";
import { returnLead } from "../assignments/return-lead";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";

// Tuesday 1 December 2026, 10:00 in New York (Kenji in Tokyo is already on Wednesday).
const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const env = useRoutingKit();

async function countersVersusScan() {
  const db = env.testDb.db;
  type TOpen = { repId: string; openLeads: number; pipeline: number; untouched: number; pastSla: number; worked: number };
  const counters = await db.$queryRaw<TOpen[]>`
    SELECT "repId", "openLeads", "openPipelineValue"::float8 AS pipeline, "untouchedLeads" AS untouched, "pastSlaLeads" AS "pastSla", "workedLeads" AS worked
      FROM "RepLoad" WHERE "openLeads" <> 0 OR "openPipelineValue" <> 0 OR "untouchedLeads" <> 0 OR "pastSlaLeads" <> 0 OR "workedLeads" <> 0 ORDER BY "repId"`;
  const scanned = await db.$queryRaw<TOpen[]>`
    SELECT "ownerRepId" AS "repId", count(*)::int AS "openLeads", COALESCE(sum("routingValue"), 0)::float8 AS pipeline,
           count(*) FILTER (WHERE "firstContactAt" IS NULL AND "slaPassedAt" IS NULL)::int AS untouched,
           count(*) FILTER (WHERE "firstContactAt" IS NULL AND "slaPassedAt" IS NOT NULL)::int AS "pastSla",
           count(*) FILTER (WHERE "firstContactAt" IS NOT NULL)::int AS worked
      FROM "Lead" WHERE "ownerRepId" IS NOT NULL AND status::text IN ('ASSIGNED', 'ACCEPTED') GROUP BY 1 ORDER BY 1`;
  const daily = await db.$queryRaw<{ repId: string; day: string; newLeads: number }[]>`
    SELECT "repId", to_char("day", 'YYYY-MM-DD') AS day, "newLeads" FROM "RepDailyLoad" WHERE "newLeads" <> 0 ORDER BY 1, 2`;
  const dailyScan = await db.$queryRaw<{ repId: string; day: string; newLeads: number }[]>`
    SELECT a."repId", to_char(((a."assignedAt" AT TIME ZONE 'UTC') AT TIME ZONE r."timeZone")::date, 'YYYY-MM-DD') AS day, count(*)::int AS "newLeads"
      FROM "LeadAssignment" a JOIN "RepProfile" r ON r.id = a."repId"
     WHERE a.kind::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED') GROUP BY 1, 2 ORDER BY 1, 2`;
  return { counters, scanned, daily, dailyScan };
}

describe("rep load counters", () => {
  it("equal a scan of open leads and of new leads per local day after every kind of change", async () => {
    const db = env.testDb.db;
    const leads = [];
    for (let i = 0; i < 4; i++) leads.push(await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: `vp${i}@firstbank.com` }, at(i)));
    let check = await countersVersusScan();
    expect(check.scanned.length).toBeGreaterThan(0);
    expect(check.counters).toEqual(check.scanned);
    expect(check.daily).toEqual(check.dailyScan);

    const owner = async (leadId: string) => (await db.lead.findUniqueOrThrow({ where: { id: leadId }, include: { ownerRep: { select: { userId: true } }, assignments: { where: { isCurrent: true } } } }));
    // Accepting keeps the lead open (ASSIGNED → ACCEPTED): no change.
    const first = await owner(leads[0]!.id);
    await acceptAssignment(db, { assignmentId: first.assignments[0]!.id, now: at(10) });
    // Returning moves it to the next best rep; a manager's reassignment moves another.
    const second = await owner(leads[1]!.id);
    await returnLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: second.id, repUserId: second.ownerRep!.userId, reason: "Not mine", now: at(11) });
    await reassignLead(db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: leads[2]!.id, toRepId: null, reason: "Balance", byUserId: null, now: at(12) });
    // Past the SLA (as the SLA job marks it) and a first contact; a deleted lead past its SLA.
    await db.lead.update({ where: { id: leads[3]!.id }, data: { slaPassedAt: at(13) } });
    await db.lead.update({ where: { id: leads[2]!.id }, data: { firstContactAt: at(13) } });
    // Closing, a value change and a deletion.
    await db.lead.update({ where: { id: leads[0]!.id }, data: { status: "CLOSED" } });
    await db.lead.update({ where: { id: leads[2]!.id }, data: { estimatedValue: 123_456.78, routingValue: 123_456.78 } });
    await db.lead.delete({ where: { id: leads[3]!.id } });

    check = await countersVersusScan();
    expect(check.counters).toEqual(check.scanned);
    expect(check.daily).toEqual(check.dailyScan);
    expect(check.daily.reduce((sum, d) => sum + d.newLeads, 0)).toBe(4 - 1 + 2); // the deleted lead's assignment went with it; 2 reassignments
  });
});
