// A lead sent without a form (POST /api/v1/leads) carries answers under its own keys. Listed in
// the routing config's apiAnswerKeys (through PUT /api/v1/routing, validated like any document),
// `answers.<key>` reads them as it reads a form's field — and live routing, "Test a lead", the
// REST routing test and Replay agree on such a lead, as routing-equivalence.int.test.ts asks.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { handleGetRouting, handlePutRouting } from "../../api/rest/handle-routing";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { liveDecisionAsDryRun, restDryRun } from "../../testing/public-decision";
import { useRoutingKit } from "../../testing/routing-kit";
import { replayRouting } from "./replay-routing";
import { testRoutingLead } from "./test-lead";

const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const essentials = (d: Pick<TRoutingDecision, "outcome" | "pathId" | "repId" | "teamId" | "reasons" | "skipped">) => ({
  outcome: d.outcome,
  pathId: d.pathId,
  repId: d.repId,
  teamId: d.teamId,
  reasons: d.reasons,
  skipped: d.skipped,
});

type TDoc = { config: TRoutingConfig; version: number } & TApiErrorBody;
const put = async (body: unknown) => readJson<TDoc>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NY_MORNING));

/** The published document with a first path sending `answers.crm_plan = enterprise` to Tom, and `apiAnswerKeys` as given. */
async function documentWithCrmPath(apiAnswerKeys: string[] | undefined) {
  const { json } = await readJson<TDoc & Record<string, unknown>>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NY_MORNING));
  const { version: _version, ...doc } = structuredClone(json);
  const tom = await env.kit.repIdOf("Tom");
  doc.config.paths.unshift({ id: "crm_enterprise", name: "CRM enterprise plan", when: { kind: "rule", ref: "answers.crm_plan", operator: "equals", value: "enterprise" }, destination: { type: "rep", repId: tom } });
  if (apiAnswerKeys) doc.config.apiAnswerKeys = apiAnswerKeys;
  return { doc, tom };
}

describe(`answers of leads without a form in routing rules (${lane})`, () => {
  it("a key no form has and the config does not list: PUT is a 422 at the ref, naming apiAnswerKeys", async () => {
    const { doc } = await documentWithCrmPath(undefined);
    const { status, json } = await put(doc);
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "config.paths.0.when.ref", message: expect.stringMatching(/^Path “CRM enterprise plan”: "crm_plan" is not a question on any form of this workspace \(archived forms do not count\); for answers sent by the API without a form, list the key in apiAnswerKeys$/) }]);
  });

  it.each([
    { name: "the listed answer matches: Tom, by the CRM path", plan: "enterprise", path: "crm_enterprise" },
    { name: "another value: the lead goes on to the next paths", plan: "starter", path: null },
  ])("$name — live = Test a lead = REST test = Replay", async ({ plan, path }) => {
    const { testDb, kit } = env;
    const { doc, tom } = await documentWithCrmPath(["crm_plan"]);
    const applied = await put(doc);
    expect(applied.status).toBe(200);
    expect(applied.json.config.apiAnswerKeys).toEqual(["crm_plan"]);

    // Previewed first (the live lead then takes the rotation's turn), as the intake will see it.
    const lead = { answers: { crm_plan: plan, seats: 40 }, person: { email: "cto@bigco-example.com" }, timeZone: "America/New_York" };
    const sample = { answers: lead.answers, email: lead.person.email, timeZone: lead.timeZone, source: "api", tier: "unscored" };
    const previewed = await testRoutingLead(testDb.db, kit.workspaceId, { lead: sample, at: NY_MORNING });
    const rest = await restDryRun(testDb.db, kit.key, { lead: sample, at: NY_MORNING.toISOString() }, NY_MORNING);
    expect(rest.status).toBe(200);

    const created = await readJson<{ lead: { id: string } }>(await handleCreateLead(testDb.db, apiRequest("POST", "/leads", { key: kit.key, body: lead }), NY_MORNING, kit.deps));
    expect(created.status).toBe(201);
    const stored = await testDb.db.lead.findUniqueOrThrow({ where: { id: created.json.lead.id }, include: { assignments: true } });
    const live = readStoredDecision(stored.assignments[0]!.decision)!;
    if (path) expect(live).toMatchObject({ pathId: path, repId: tom });
    else expect(live.pathId).not.toBe("crm_enterprise");
    expect(essentials(previewed.decision)).toEqual(essentials(live));
    // Through HTTP the public decision: the one GET /api/v1/leads/{id} shows for the live lead (no assignmentId), the same rep.
    expect(rest.json.decision).toEqual(await liveDecisionAsDryRun(testDb.db, kit.workspaceId, stored.id));
    expect(rest.json.decision.path?.id).toBe(live.pathId);
    expect(rest.json.rep?.id).toBe(live.repId);

    // Replay decides the stored lead afresh with the published config: same path, same owner, no move.
    const replay = await replayRouting(testDb.db, kit.workspaceId, { draft: applied.json.config, lastN: 1 });
    expect(replay.summary.moved).toEqual([]);
    expect(replay.leads[0]).toMatchObject({ leadId: stored.id, after: { pathName: live.pathName } });
  });
});
