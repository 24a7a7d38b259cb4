// Calendar busy time in routing's "available now" filter: a rep whose cached busy block
// (RepBusyBlock) covers the decision's instant is skipped with IN_MEETING ("in a meeting until
// 15:30"), following back-to-back blocks; live routing and "Test a lead" agree; the seeded demo
// gives Priya weekday afternoon meetings so the dashboard shows it; the reps list shows the meeting.
import { describe, expect, it } from "vitest";
import { listReps } from "../reps/list-reps";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { testRoutingLead } from "./test-lead";

// Tuesday 1 December 2026, 10:00 in New York.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit();

async function busy(repId: string, from: string, to: string) {
  await env.testDb.db.repBusyBlock.create({
    data: { workspaceId: env.kit.workspaceId, repId, startsAt: new Date(from), endsAt: new Date(to), source: "caldav", externalId: `${repId}-${from}` },
  });
}

describe("calendar busy time in routing", () => {
  it("skips Sarah while she is in back-to-back meetings, names when they end, and routes to Priya (test a lead = live)", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    const priya = await env.kit.repIdOf("Priya");
    await busy(sarah, "2026-12-01T14:30:00Z", "2026-12-01T15:15:00Z");
    await busy(sarah, "2026-12-01T15:15:00Z", "2026-12-01T16:00:00Z"); // back-to-back: until 11:00 New York
    await busy(sarah, "2026-12-01T18:00:00Z", "2026-12-01T19:00:00Z"); // later: irrelevant now

    const tested = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at: NY_MORNING });
    expect(tested.decision.repId).toBe(priya);
    const skipped = tested.skippedReps.find((s) => s.repId === sarah);
    expect(skipped?.reasons).toContain("in a meeting until 11:00 New York (GMT−5)");
    expect(tested.decision.skipped.find((s) => s.repId === sarah)?.reasons).toContainEqual({ code: "IN_MEETING", untilIso: "2026-12-01T16:00:00.000Z", timeZone: "America/New_York" });

    // The reps list says so too.
    const reps = await listReps(env.testDb.db, env.kit.workspaceId, NY_MORNING);
    expect(reps.find((r) => r.id === sarah)?.availability).toMatchObject({ status: "IN_MEETING", label: "In a meeting until 11:00 New York (GMT−5)" });

    const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@secondbank.com" }, NY_MORNING);
    expect(lead.ownerRepId).toBe(priya);

    // When the meetings are over, Sarah is back.
    const later = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at: new Date("2026-12-01T16:00:00Z") });
    expect(later.decision.skipped.find((s) => s.repId === sarah)).toBeUndefined();
  });

  it("the seed's point: Priya's weekday afternoon meetings show as IN_MEETING in Test a lead", async () => {
    const priya = await env.kit.repIdOf("Priya");
    const blocks = await env.testDb.db.repBusyBlock.findMany({ where: { repId: priya }, orderBy: { startsAt: "asc" } });
    expect(blocks.length).toBeGreaterThanOrEqual(2 * 9); // two meetings a weekday for two weeks
    const customerCall = blocks.find((b) => b.externalId.startsWith("demo-customer-call"))!;
    const during = new Date(customerCall.startsAt.getTime() + 30 * 60_000); // 14:30 New York
    const tested = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at: during });
    expect(tested.skippedReps.find((s) => s.repId === priya)?.reasons).toContain("in a meeting until 15:30 New York (GMT−5)");
  });
});
