// One lead, one config, four ways to decide: "Test a lead" (dashboard), the REST routing test,
// live routing of the submission, and Replay. They share one loader and one assembly
// (load-routing-inputs.ts, domain/routing/routing-lead.ts), so they must agree — including on a
// rule over `utm.source`, the short alias of the stored utm_source that Replay once lacked.
import { describe, expect, it } from "vitest";
import { handleTestRouting } from "../../api/rest/handle-routing";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { replayRouting } from "./replay-routing";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { getPublishedRouting, publishRouting } from "./routing-settings";
import { testRoutingLead } from "./test-lead";

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
    const rest = await readJson<{ decision: TRoutingDecision }>(
      await handleTestRouting(testDb.db, apiRequest("POST", "/routing/test", { key: kit.key, body: { lead: { form: "demo", answers, utm: { utm_source: utmSource } }, at: NY_MORNING.toISOString() } }), NY_MORNING),
    );
    expect(rest.status).toBe(200);
    const lead = await submitDemo(testDb, kit, answers, NY_MORNING);
    const live = lead.assignments[0]!.decision as unknown as TRoutingDecision;

    expect(live.pathId).toBe(path);
    expect(essentials(previewed.decision)).toEqual(essentials(live));
    expect(essentials(rest.json.decision)).toEqual(essentials(live));

    // Replay decides the stored lead afresh with the published config: same path, same rep, no move.
    const replay = await replayRouting(testDb.db, kit.workspaceId, { draft: config, lastN: 1 });
    expect(replay.summary.moved).toEqual([]);
    expect(replay.leads[0]).toMatchObject({ leadId: lead.id, before: { key: `rep:${live.repId}` }, after: { key: `rep:${live.repId}`, pathName: live.pathName } });
  });
});
