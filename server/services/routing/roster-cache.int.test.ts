// The per-process roster cache never decides with a stale roster: a rep set on leave, or edited,
// between two leads is honoured by the next decision (the roster version moved by trigger, and
// live routing compared it under the lock). Real submissions on the seeded demo workspace.
import { describe, expect, it } from "vitest";
import { setRepActive } from "../reps/set-rep-active";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { cachedRoster } from "./roster-cache";
import { getPublishedRouting, publishedRoutingVersion } from "./routing-settings";
import { readStoredDecision } from "../../domain/routing/stored-decision";

// Tuesday 1 December 2026, 10:00 in New York.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit();

const rosterVersion = async (workspaceId: string) =>
  Number((await env.testDb.db.routingRosterVersion.findUnique({ where: { workspaceId } }))?.version ?? 0);

describe("the routing roster cache", () => {
  it("a rep set on leave between two leads gets no lead; set inactive, neither; back, the next one", async () => {
    const { workspaceId } = env.kit;
    const sarah = await env.kit.repIdOf("Sarah");
    const priya = await env.kit.repIdOf("Priya");
    expect((await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING)).ownerRepId).toBe(sarah);
    const cached = await cachedRoster(env.testDb.db, workspaceId, NY_MORNING);
    expect(cached.version).toBe(await rosterVersion(workspaceId));

    // On leave from an hour ago until tomorrow: the cached roster does not know it.
    await env.testDb.db.repTimeOff.create({ data: { repId: sarah, startsAt: new Date(NY_MORNING.getTime() - 3600_000), endsAt: new Date(NY_MORNING.getTime() + 86_400_000) } });
    expect(await rosterVersion(workspaceId)).not.toBe(cached.version);
    expect((await cachedRoster(env.testDb.db, workspaceId, NY_MORNING)).version).toBe(cached.version);
    const second = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com" }, NY_MORNING);
    expect(second.ownerRepId).toBe(priya);
    const skipped = readStoredDecision(second.assignments[0]!.decision)!.skipped.find((s) => s.repId === sarah);
    expect(skipped?.reasons.map((r) => r.code)).toContain("OUT_OF_OFFICE");

    // Back from leave, and Priya deactivated (an edit through the reps service): Sarah again.
    await env.testDb.db.repTimeOff.deleteMany({ where: { repId: sarah } });
    await setRepActive(env.testDb.db, workspaceId, priya, false);
    const third = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "ceo@thirdbank.com" }, NY_MORNING);
    expect(third.ownerRepId).toBe(sarah);
    expect((await cachedRoster(env.testDb.db, workspaceId, NY_MORNING)).version).toBe(await rosterVersion(workspaceId));
  });

  it("an unchanged roster is served from the cache: routing a lead does not move the version", async () => {
    const { workspaceId } = env.kit;
    await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    const before = await rosterVersion(workspaceId);
    const cached = await cachedRoster(env.testDb.db, workspaceId, NY_MORNING);
    await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com" }, NY_MORNING);
    expect(await rosterVersion(workspaceId)).toBe(before);
    expect(await cachedRoster(env.testDb.db, workspaceId, NY_MORNING)).toBe(cached);
  });

  it("the published config is parsed once and shared frozen with routing; other callers get a copy of their own", async () => {
    const { workspaceId } = env.kit;
    const roster = await cachedRoster(env.testDb.db, workspaceId, NY_MORNING);
    const shared = await publishedRoutingVersion(env.testDb.db, roster.publishedVersionId!);
    expect(await publishedRoutingVersion(env.testDb.db, roster.publishedVersionId!)).toBe(shared);
    expect(Object.isFrozen(shared!.config.paths)).toBe(true);
    expect(() => shared!.config.paths.pop()).toThrow(TypeError);
    const copy = await getPublishedRouting(env.testDb.db, workspaceId);
    expect(copy).toEqual(shared);
    copy!.config.paths.pop(); // the editor's own copy: changing it changes nothing shared
    expect((await publishedRoutingVersion(env.testDb.db, roster.publishedVersionId!))!.config.paths).toHaveLength(shared!.config.paths.length);
    expect(copy!.config.paths.length).toBe(shared!.config.paths.length - 1);
  });
});
