// "Test a lead" on the seeded demo workspace: the story's decisions as a dry run, and proof that
// nothing is written (no rotation pointer moved, no assignment, no account owner recorded).
import { describe, expect, it } from "vitest";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { getPublishedRouting } from "./routing-settings";
import { testRoutingLead } from "./test-lead";

// Tuesday 1 December 2026, 10:00 in New York.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
// 03:00 in New York, 17:00 in Tokyo.
const NY_3AM = new Date("2026-12-01T08:00:00Z");

const env = useRoutingKit();

const { budget: _b, timeline: _t, ...rest } = BANK_VP;
const SMALL_CO = { ...rest, email: "b@smallco.com", company_size: "20-199", industry: "retail", start_when: "asap" };

async function snapshot() {
  const db = env.testDb.db;
  return {
    pointers: await db.rotationPointer.findMany({ orderBy: { poolId: "asc" } }),
    assignments: await db.leadAssignment.findMany({ orderBy: { id: "asc" } }),
    owners: await db.accountOwner.findMany({ orderBy: { domain: "asc" } }),
    leads: await db.lead.count(),
    jobs: await db.emailMessage.count(),
  };
}

describe("testRoutingLead", () => {
  it("sends the bank VP to Sarah at 10:00 New York, with every skipped rep, and writes nothing", async () => {
    // Some real history first, so there are rotation pointers and account owners to protect.
    await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "a@northbank.com" }, NY_MORNING);
    await submitDemo(env.testDb, env.kit, SMALL_CO, NY_MORNING);
    const before = await snapshot();
    expect(before.pointers.length).toBeGreaterThan(0);

    const result = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: { ...BANK_VP, unknown_key: "x" } }, at: NY_MORNING });
    expect(result.decision.outcome).toBe("assigned");
    expect(result.decision.repId).toBe(await env.kit.repIdOf("Sarah"));
    expect(result.decision.pathName).toBe("Enterprise");
    expect(result.headline).toMatch(/^Routed to Sarah Chen/);
    expect(result.configVersion).toBe(1);
    expect(result.lead).toMatchObject({ email: "vp@firstbank.com", attributes: { industry: "financial_services", region: "north_america" } });
    expect(result.lead.answers).not.toHaveProperty("unknown_key");
    expect(result.reasons.length).toBeGreaterThan(1);
    // Decided as if a new lead: the would-be account owner is reported, never recorded.
    expect(result.decision.accountOwnerToRecord).toEqual({ domain: "firstbank.com", repId: result.decision.repId });

    // Twice, to be sure no pointer moved in between.
    const again = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at: NY_MORNING });
    expect(again.decision.repId).toBe(result.decision.repId);
    expect(await snapshot()).toEqual(before);
  });

  it("sends an APAC lead at 3 AM New York to Kenji", async () => {
    const result = await testRoutingLead(env.testDb.db, env.kit.workspaceId, {
      lead: { formSlug: "demo", answers: { ...BANK_VP, email: "cto@tokyo-corp.jp", region: "apac", industry: "manufacturing" } },
      at: NY_3AM,
    });
    expect(result.decision.repId).toBe(await env.kit.repIdOf("Kenji"));
    expect(result.decision.pathName).toBe("APAC");
  });

  it("a bank lead at 3 AM New York: Enterprise matched and found nobody, Inbound decided, and both texts say so", async () => {
    const result = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: { ...BANK_VP, email: "cfo@night-bank.com" } }, at: NY_3AM });
    expect(result.decision.pathName).toBe("Inbound");
    expect(result.pathsTried.find((p) => p.pathName === "Enterprise")).toMatchObject({ matched: true, result: "no eligible rep in Enterprise (2 members)" });
    expect(result.pathsTried.find((p) => p.pathName === "Inbound")).toMatchObject({ matched: true, result: "assigned" });
    expect(result.headline).toMatch(/: Inbound path · .* · tried first: Enterprise \(no eligible rep\)$/);
  });

  it("lists why reps were skipped, and honours explicit tier and value", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await env.testDb.db.repProfile.update({ where: { id: sarah }, data: { isActive: false } });
    const result = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP, estimatedValue: 1234 }, at: NY_MORNING });
    expect(result.decision.repId).not.toBe(sarah);
    expect(result.decision.skipped.some((s) => s.repId === sarah)).toBe(true);
    expect(result.skipped).toContain("Sarah Chen");
    expect(result.skippedReps.find((s) => s.repId === sarah)).toMatchObject({ name: "Sarah Chen", pathName: "Enterprise" });
    expect(result.skippedReps.find((s) => s.repId === sarah)?.reasons.length).toBeGreaterThan(0);
    expect(result.pathsTried.map((p) => p.pathName)).toContain("Enterprise");
    expect(result.lead.estimatedValue).toBe(1234);
    const nurture = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP, tier: "nurture" }, at: NY_MORNING });
    expect(nurture.decision.outcome).toBe("nurture");
  });

  it("tests a draft config, and rejects an invalid one with paths", async () => {
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    const priya = await env.kit.repIdOf("Priya");
    const draft = { ...published, paths: published.paths.map((p) => (p.id === "enterprise" ? { ...p, destination: { type: "rep", repId: priya } } : p)) };
    const result = await testRoutingLead(env.testDb.db, env.kit.workspaceId, { config: draft, lead: { formSlug: "demo", answers: BANK_VP }, at: NY_MORNING });
    expect(result.decision.repId).toBe(priya);
    expect(result.configVersion).toBeNull();

    const bad = { ...published, fallback: undefined };
    await expect(testRoutingLead(env.testDb.db, env.kit.workspaceId, { config: bad, lead: { answers: {} } })).rejects.toMatchObject({
      code: "VALIDATION",
      details: expect.arrayContaining([expect.objectContaining({ path: "fallback" })]),
    });
  });

  it("refuses a form of another workspace", async () => {
    const other = await env.testDb.db.workspace.create({ data: { name: "Other", slug: "other" } });
    await expect(testRoutingLead(env.testDb.db, other.id, { config: undefined, lead: { formSlug: "demo", answers: {} } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    await expect(testRoutingLead(env.testDb.db, other.id, { config: published, lead: { formSlug: "demo", answers: {} } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
