// A lead taken from its rep after the SLA that no other rep could take reaches the fallback queue:
// its owner's alert says from whom it was taken and why (it said only "no routing path could place
// this lead"), as a rep's alert would for an SLA reassignment.
import { describe, expect, it } from "vitest";
import { reassignUnaccepted } from "../assignments/follow-ups";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

describe(`the fallback queue owner's alert of a lead taken after the SLA (${lane})`, () => {
  it("names the rep it was taken from and why", async () => {
    const { db } = env.testDb;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const first = lead.assignments[0]!;
    const sarah = await env.kit.repIdOf("Sarah");
    expect(first.repId).toBe(sarah);
    // Nobody else can take it: every other rep is inactive.
    await db.repProfile.updateMany({ where: { workspaceId: env.kit.workspaceId, id: { not: sarah } }, data: { isActive: false } });
    expect(await reassignUnaccepted(db, env.kit.deps, first.id, new Date(NY_MORNING.getTime() + 15 * 60_000))).toBe(true);
    await runAfterCommitJobs(env.kit);
    const after = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: { where: { isCurrent: true } } } });
    expect(after.status).toBe("FALLBACK");
    const alert = await db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${after.assignments[0]!.id}` } });
    expect(alert.subject).toMatch(/^Fallback queue “.+”: Reassigned /);
    expect(alert.text).toMatch(/this lead was taken from Sarah Chen because they did not accept it in time, and no other rep could take it, so it reached the fallback queue “.+” that you own\. Please pick it up or assign it to a rep\./);
    expect(alert.text).not.toContain("no routing path could place this lead");
  });
});
