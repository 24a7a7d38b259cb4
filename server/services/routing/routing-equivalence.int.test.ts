// One lead, one config, four ways to decide: "Test a lead" (dashboard), the REST routing test,
// live routing of the submission, and Replay. They share one loader and one assembly
// (load-routing-inputs.ts, domain/routing/routing-lead.ts), so they must agree — including on a
// rule over `utm.source`, the short alias of the stored utm_source that Replay once lacked. The
// engine's records are compared through the service (Test a lead); the REST test answers the public
// decision, compared with the one GET /api/v1/leads/{id} shows for the live lead (no assignmentId).
import { describe, expect, it } from "vitest";
import { startApiKit } from "../../testing/api-kit";
import { liveDecisionAsDryRun, restDryRun } from "../../testing/public-decision";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { replayRouting } from "./replay-routing";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { getPublishedRouting, publishRouting } from "./routing-settings";
import { testRoutingLead } from "./test-lead";
import { readStoredDecision } from "../../domain/routing/stored-decision";

const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit(startApiKit);

const essentials = (d: Pick<TRoutingDecision, "outcome" | "pathId" | "repId" | "teamId" | "reasons" | "skipped">) => ({
  outcome: d.outcome,
  pathId: d.pathId,
  repId: d.repId,
  teamId: d.teamId,
  reasons: d.reasons,
  skipped: d.skipped,
});

describe("routing equivalence: live = test a lead = REST test = replay", () => {
  it.each([
    { name: "a utm.source rule sends the LinkedIn lead to Tom by name", utmSource: "linkedin", path: "linkedin" },
    { name: "without the campaign the same lead takes the Enterprise path", utmSource: "newsletter", path: "enterprise" },
  ])("$name", async ({ utmSource, path }) => {
    const { testDb, kit } = env;
    const tom = await kit.repIdOf("Tom");
    const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
    const config: TRoutingConfig = {
      ...published,
      paths: [{ id: "linkedin", name: "LinkedIn", when: { kind: "rule", ref: "utm.source", operator: "equals", value: "linkedin" }, destination: { type: "rep", repId: tom } }, ...published.paths],
    };
    await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config });
    const answers = { ...BANK_VP, utm_source: utmSource };

    const previewed = await testRoutingLead(testDb.db, kit.workspaceId, { lead: { formSlug: "demo", answers, utm: { utm_source: utmSource } }, at: NY_MORNING });
    const rest = await restDryRun(testDb.db, kit.key, { lead: { form: "demo", answers, utm: { utm_source: utmSource } }, at: NY_MORNING.toISOString() }, NY_MORNING);
    expect(rest.status).toBe(200);
    const lead = await submitDemo(testDb, kit, answers, NY_MORNING);
    const live = readStoredDecision(lead.assignments[0]!.decision)!;

    expect(live.pathId).toBe(path);
    expect(essentials(previewed.decision)).toEqual(essentials(live));
    expect(rest.json.decision).toMatchObject({ outcome: live.outcome, path: { id: path } });
    expect(rest.json.decision).toEqual(await liveDecisionAsDryRun(testDb.db, kit.workspaceId, lead.id));
    expect(rest.json.rep?.id).toBe(live.repId);

    // Replay decides the stored lead afresh with the published config: same path, same rep, no move.
    const replay = await replayRouting(testDb.db, kit.workspaceId, { draft: config, lastN: 1 });
    expect(replay.summary.moved).toEqual([]);
    expect(replay.leads[0]).toMatchObject({ leadId: lead.id, before: { key: `rep:${live.repId}` }, after: { key: `rep:${live.repId}`, pathName: live.pathName } });
  });

  it("a learned pool: the same draw from the same counts, recorded with the decision; Replay re-derives it from the record", async () => {
    const { testDb, kit } = env;
    const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
    const learned = { type: "learned" as const, outcome: "won" as const, segmentBy: ["industry" as const], floorShare: 0, warmUpOutcomes: 0, fallback: "round_robin" as const, enabled: true, shrinkage: 5, halfLifeWeeks: null };
    const withChooser = (chooser: typeof learned): TRoutingConfig => ({
      ...published,
      paths: published.paths.map((p) => (p.id === "enterprise" && p.destination.type === "team" ? { ...p, destination: { ...p.destination, strategy: { filters: [{ type: "capacity" as const, maxOpenPipelineValue: null, leaveWithinDays: null }], chooser, accountOwnership: false } } } : p)),
    });
    const config = withChooser(learned);
    await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config });
    const enterprise = config.paths.find((p) => p.id === "enterprise")!.destination as { teamId: string };
    const team = await testDb.db.teamMember.findMany({ where: { teamId: enterprise.teamId }, select: { repId: true } });
    const sarah = await kit.repIdOf("Sarah");
    const counts = async (best: string, wins: number) => {
      await testDb.db.learnedOutcomeCounter.deleteMany({ where: { workspaceId: kit.workspaceId } });
      await testDb.db.learnedOutcomeCounter.createMany({
        data: team.map(({ repId }) => ({ workspaceId: kit.workspaceId, poolId: `enterprise/${enterprise.teamId}`, definition: "won:industry", repId, segmentKey: "financial services", week: 2900, successes: repId === best ? wins : 0, failures: repId === best ? 2 : 40 })),
      });
    };
    await counts(sarah, 40);

    const previewed = await testRoutingLead(testDb.db, kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at: NY_MORNING });
    const rest = await restDryRun(testDb.db, kit.key, { lead: { form: "demo", answers: BANK_VP }, at: NY_MORNING.toISOString() }, NY_MORNING);
    expect(rest.status).toBe(200);
    const lead = await submitDemo(testDb, kit, BANK_VP, NY_MORNING);
    const live = readStoredDecision(lead.assignments[0]!.decision)!;
    expect(live).toMatchObject({ pathId: "enterprise", repId: sarah, learningUsed: { definition: "won:industry", segmentKey: "financial services" } });
    expect(live.reasons.map((r) => r.code)).toContain("LEARNED_CHOICE");
    expect({ ...essentials(previewed.decision), learningUsed: previewed.decision.learningUsed }).toEqual({ ...essentials(live), learningUsed: live.learningUsed });
    // Through HTTP, the public decision: the same learned choice (its reason and data), the same rep.
    expect(rest.json.decision).toEqual(await liveDecisionAsDryRun(testDb.db, kit.workspaceId, lead.id));
    expect(rest.json.decision.reasons.map((r) => r.code)).toContain("LEARNED_CHOICE");
    expect(rest.json.rep?.id).toBe(sarah);

    // Test a lead shows each rep's expected rate and chance of being chosen, the same each time (seeded by the lead).
    const odds = previewed.learnedOdds!;
    expect(odds[0]).toMatchObject({ repId: sarah, name: expect.stringContaining("Sarah") });
    expect(odds[0]!.probability).toBeGreaterThan(0.9);
    expect(odds[0]!.expected).toBeGreaterThan(0.8);
    expect(odds.reduce((s, o) => s + o.probability, 0)).toBeCloseTo(1, 6);
    expect((await testRoutingLead(testDb.db, kit.workspaceId, { lead: { formSlug: "demo", answers: BANK_VP }, at: NY_MORNING })).learnedOdds).toEqual(odds);

    // The counters turn against Sarah; a draft with the same definition (another warm-up) decides the
    // stored lead afresh from the counts its decision recorded: still Sarah, nothing moves.
    const other = team.find((t) => t.repId !== sarah)!.repId;
    await counts(other, 400);
    const replay = await replayRouting(testDb.db, kit.workspaceId, { draft: withChooser({ ...learned, warmUpOutcomes: 1 }), lastN: 1 });
    expect(replay.summary.moved).toEqual([]);
    expect(replay.leads[0]).toMatchObject({ leadId: lead.id, before: { key: `rep:${sarah}` }, after: { key: `rep:${sarah}` } });
    expect(replay.leads[0]!.odds![0]).toMatchObject({ repId: sarah });
    // While today's counters, tested afresh, pick the other rep.
    const now = await testRoutingLead(testDb.db, kit.workspaceId, { lead: { formSlug: "demo", answers: { ...BANK_VP, email: "someone@else.com" } }, at: NY_MORNING });
    expect(now.decision.repId).toBe(other);
  });
});
