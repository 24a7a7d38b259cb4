// Replay on the seeded demo workspace: a few real leads, then a draft that sends Enterprise leads
// to Priya by name — the summary shows the moves (each with why), shares before/after, and nothing
// is written. An unchanged draft moves nothing even when loads have moved since the leads arrived:
// that drift is counted apart (historic).
import { describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { replayRouting } from "./replay-routing";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { getPublishedRouting } from "./routing-settings";
import { routingLockKey } from "./load-routing-state";

const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const NY_3AM = new Date("2026-12-01T08:00:00Z");
const { budget: _b, timeline: _t, ...rest } = BANK_VP;
const SMALL_CO = { ...rest, email: "b@smallco.com", company_size: "20-199", industry: "retail", start_when: "asap" };

const env = useRoutingKit();

describe("replayRouting", () => {
  it("shows the leads a named-rep Enterprise path would move to Priya, and writes nothing", async () => {
    const bank = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const small = await submitDemo(env.testDb, env.kit, SMALL_CO, new Date(NY_MORNING.getTime() + 60_000));
    const tokyo = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cto@tokyo-corp.jp", region: "apac", industry: "manufacturing" }, NY_3AM);
    const [sarah, priya, kenji] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya"), await env.kit.repIdOf("Kenji")];
    expect([bank.ownerRepId, tokyo.ownerRepId]).toEqual([sarah, kenji]);

    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    const draft: TRoutingConfig = { ...published, paths: published.paths.map((p) => (p.id === "enterprise" ? { ...p, destination: { type: "rep", repId: priya } } : p)) };
    const pointers = await env.testDb.db.rotationPointer.findMany({ orderBy: { poolId: "asc" } });
    const assignments = await env.testDb.db.leadAssignment.count();

    const result = await replayRouting(env.testDb.db, env.kit.workspaceId, { draft, lastN: 10 });
    expect(result.summary.total).toBe(3);
    // What really happened vs the published config today: the Inbound rotation has turned since the small lead arrived.
    expect(result.historic).toEqual({ compared: 3, differ: 1, leadIds: [small.id] });
    expect(result.summary.moved).toEqual([
      expect.objectContaining({
        leadId: bank.id,
        from: `rep:${sarah}`,
        to: `rep:${priya}`,
        fromLabel: "Sarah Chen",
        toLabel: "Priya Patel",
        fromPathName: "Enterprise",
        toPathName: "Enterprise",
        toPathId: "enterprise",
        why: "same path 'Enterprise': now assigns to Priya Patel by name",
        isKnockOn: false,
      }),
    ]);
    expect(result.summary.knockOn).toBe(0);
    const share = (key: string) => result.summary.shares.find((s) => s.key === key);
    expect(share(`rep:${sarah}`)).toMatchObject({ before: 1, after: 0 });
    expect(share(`rep:${priya}`)).toMatchObject({ before: 0, after: 1 });
    expect(share(`rep:${kenji}`)).toMatchObject({ before: 1, after: 1 });
    expect(result.summary.fallbackHits.after).toBe(0);
    // Oldest first; each row names its before and after destination.
    expect(result.leads.map((l) => l.leadId)).toEqual([tokyo.id, bank.id, small.id]);
    expect(result.leads.find((l) => l.leadId === small.id)?.after.pathName).toBe("Inbound");

    // The published config replayed against itself moves nothing (pointers advanced since or not).
    expect((await replayRouting(env.testDb.db, env.kit.workspaceId, { draft: published, lastN: 10 })).summary.moved).toEqual([]);

    expect(await env.testDb.db.rotationPointer.findMany({ orderBy: { poolId: "asc" } })).toEqual(pointers);
    expect(await env.testDb.db.leadAssignment.count()).toBe(assignments);
  });

  it("counts the draft's fallback hits and only the last N leads", async () => {
    await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com" }, new Date(NY_MORNING.getTime() + 60_000));
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    const draft = { ...published, paths: published.paths.filter((p) => p.id !== "enterprise" && p.id !== "inbound") };
    const result = await replayRouting(env.testDb.db, env.kit.workspaceId, { draft, lastN: 1 });
    expect(result.summary.total).toBe(1);
    expect(result.summary.fallbackHits).toMatchObject({ before: 0, after: 1 });
    expect(result.summary.moved).toEqual([expect.objectContaining({ fromPathName: "Enterprise", toPathName: null, why: "went to the fallback queue instead of 'Enterprise': 'Enterprise' was removed" })]);
  });

  it("an unchanged draft moves no lead after loads have moved since the leads arrived; the drift is counted apart", async () => {
    const bank = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    await submitDemo(env.testDb, env.kit, SMALL_CO, new Date(NY_MORNING.getTime() + 60_000));
    const [sarah, priya] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya")];
    expect(bank.assignments[0]?.repId).toBe(sarah);
    // Since then Sarah is full and Priya is off: today the published config sends the bank lead to Inbound.
    await env.testDb.db.repProfile.update({ where: { id: sarah }, data: { maxOpenLeads: 1 } });
    await env.testDb.db.repProfile.update({ where: { id: priya }, data: { isActive: false } });
    // And another lead (older, outside the replay) has turned the Inbound rotation.
    await submitDemo(env.testDb, env.kit, { ...SMALL_CO, email: "c@othershop.com" }, new Date(NY_MORNING.getTime() - 86_400_000));
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;

    const result = await replayRouting(env.testDb.db, env.kit.workspaceId, { draft: published, lastN: 2 });
    expect(result.summary.total).toBe(2);
    expect(result.summary.moved).toEqual([]);
    expect(result.summary.shares.every((s) => s.before === s.after)).toBe(true);
    const row = result.leads.find((l) => l.leadId === bank.id)!;
    expect(row).toMatchObject({ historic: { key: `rep:${sarah}`, pathName: "Enterprise" }, before: { pathName: "Inbound" }, after: { pathName: "Inbound" } });
    expect(result.historic).toMatchObject({ compared: 2, leadIds: expect.arrayContaining([bank.id]) });
  });

  // PGlite is one connection: a second transaction would wait for the first whatever replay does.
  it.skipIf(!process.env.TEST_DATABASE_URL)("takes no routing lock: it runs while another transaction holds the workspace's (PostgreSQL lane)", async () => {
    await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    const total = await env.testDb.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${routingLockKey(env.kit.workspaceId)}))`;
        return (await replayRouting(env.testDb.db, env.kit.workspaceId, { draft: published, lastN: 10 })).summary.total;
      },
      { timeout: 20_000 },
    );
    expect(total).toBe(1);
  });

  it("rejects a bad draft and a bad count", async () => {
    await expect(replayRouting(env.testDb.db, env.kit.workspaceId, { draft: { paths: [] }, lastN: 5 })).rejects.toMatchObject({ code: "VALIDATION" });
    const published = (await getPublishedRouting(env.testDb.db, env.kit.workspaceId))!.config;
    await expect(replayRouting(env.testDb.db, env.kit.workspaceId, { draft: published, lastN: 501 })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
