// POST /api/v1/routing/test answered the routing engine's internal record as `decision`
// (rotationUpdates, accountOwnerToRecord, pathsTried, evaluatedAtIso …), which integrators read as
// contract. It now answers the public decision a live lead shows (GET /api/v1/leads/{id}'s
// `decision`, one mapping: domain/routing/decision-resource.ts): exactly the keys the OpenAPI
// document names for DryRunDecision, and — for the same lead, the same config and the same clock —
// equal to the decision resource of the lead routed live, but for what only a stored decision has
// (assignmentId). Through the real handlers, the seeded demo workspace and a real database (PGlite,
// or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { LIVE_ONLY_DECISION_KEYS } from "../../domain/routing/decision-resource";
import type { TDecisionResource, TLeadResource } from "./lead-resource";
import { openApiDocument } from "./openapi";
import { openApiProblems } from "../../testing/openapi-conformance";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { handleGetLead } from "./handle-leads";
import { handleTestRouting } from "./handle-routing";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

// The budget and timeline step is for companies of 200+; a smaller one answers when it starts instead.
const { budget: _budget, timeline: _timeline, ...SMALL } = BANK_VP;

type TJsonDecision = Record<keyof TDecisionResource, unknown>;
type TDryRunBody = { decision: Record<string, unknown>; rep: { id: string; name: string } | null; headline: string; reasons: string[]; configVersion: number | null };

const documentedKeys = () => Object.keys((openApiDocument.components.schemas as Record<string, { properties: Record<string, unknown> }>).DryRunDecision!.properties);

describe(`POST /api/v1/routing/test answers the public decision a live lead shows (${lane})`, () => {
  it.each([
    { name: "the bank VP: Sarah's enterprise path (least loaded), reps skipped with their reasons", answers: BANK_VP, outcome: "assigned", pathId: "enterprise" },
    { name: "an Asia-Pacific bank during New York's morning: the APAC team is off, on to Enterprise", answers: { ...BANK_VP, email: "cfo@apacbank.com", region: "apac" }, outcome: "assigned", pathId: "enterprise" },
    { name: "a mid-size company: the inbound path's round robin", answers: { ...SMALL, email: "ops@midsize.com", company: "Midsize", company_size: "20-199", industry: "technology", start_when: "asap" }, outcome: "assigned", pathId: "inbound" },
    { name: "a student: disqualified, no rep, nobody skipped (the decision kept on the lead's event)", answers: { ...BANK_VP, email: "student@uni.edu", role: "student" }, outcome: "disqualified", pathId: "disqualified" },
  ])("$name", async ({ answers, outcome, pathId }) => {
    const { testDb, kit } = env;
    // The dry run first (the live lead then takes the rotation's turn), at the instant the lead arrives.
    const dry = await readJson<TDryRunBody>(
      await handleTestRouting(testDb.db, apiRequest("POST", "/routing/test", { key: kit.key, body: { lead: { form: "demo", answers }, at: NY_MORNING.toISOString() } }), NY_MORNING),
    );
    expect(dry.status).toBe(200);
    expect(openApiProblems("RoutingTestResult", dry.json)).toEqual([]);
    // Exactly the documented keys, in their order: nothing of the engine's record.
    expect(Object.keys(dry.json.decision)).toEqual(documentedKeys());
    for (const internal of ["rotationUpdates", "accountOwnerToRecord", "pathsTried", "evaluatedAtIso", "repId", "teamId", "pathId", "learningUsed"]) expect(dry.json.decision).not.toHaveProperty(internal);

    const stored = await submitDemo(testDb, kit, answers, NY_MORNING);
    const live = await readJson<{ lead: TLeadResource }>(await handleGetLead(testDb.db, apiRequest("GET", `/leads/${stored.id}`, { key: kit.key }), stored.id, NY_MORNING));
    expect(live.status).toBe(200);
    const liveDecision = live.json.lead.decision as unknown as TJsonDecision;
    expect(liveDecision).toMatchObject({ outcome, path: { id: pathId } });

    const withoutLiveOnly = Object.fromEntries(Object.entries(liveDecision).filter(([key]) => !(LIVE_ONLY_DECISION_KEYS as readonly string[]).includes(key)));
    expect(dry.json.decision).toEqual(withoutLiveOnly);
    // The rep it would go to is the rep the live lead went to; the words are the decision's.
    const liveRep = live.json.lead.assignment?.rep;
    expect(dry.json.rep).toEqual(liveRep ? { id: liveRep.id, name: liveRep.name } : null);
    if (outcome === "assigned") expect(dry.json.rep).not.toBeNull();
    expect(dry.json.headline).toBe(liveDecision.headline);
    expect(dry.json.reasons).toEqual((liveDecision.reasons as { text: string }[]).map((r) => r.text));
    expect(dry.json.configVersion).toBe(liveDecision.configVersion);
  });
});
