// POST /api/v1/leads (an API key) with a form: a choice answer that names an option's value in
// another letter case ("VP" for the option "vp", "NORTH_AMERICA", each value of a multiple
// choice's list) is that option — scored and routed as the option. It was a 422 "Please choose one
// of the options" and the lead was lost. A label (not a value) stays a 422 listing the values, and
// the public submissions endpoint stays strict. Through the real handlers, the seeded demo
// workspace and a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleTestRouting } from "./handle-routing";
import { handleSubmission } from "./handle-submission";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const dryRun = async (body: unknown) => readJson<TRoutingTestAnswer & TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));

describe(`POST /api/v1/leads: a choice's option value in another letter case (${lane})`, () => {
  it("role \"VP\", region \"NORTH_AMERICA\", use_case [\"Lead_Routing\"] → 201, stored, scored and routed as the options themselves", async () => {
    const exact = await post({ form: "demo", answers: { ...BANK_VP, use_case: ["lead_routing"] } });
    const shouted = await post({ form: "demo", answers: { ...BANK_VP, email: "vp2@firstbank.com", role: "VP", region: BANK_VP.region.toUpperCase(), use_case: ["Lead_Routing"] } });
    expect([exact.status, shouted.status]).toEqual([201, 201]);
    const answer = (key: string) => shouted.json.lead.answers.find((a) => a.key === key)?.value;
    expect([answer("role"), answer("region"), answer("use_case")]).toEqual(["vp", BANK_VP.region, ["lead_routing"]]);
    expect(shouted.json.warnings ?? []).toEqual(exact.json.warnings ?? []);
    expect(shouted.json.lead.score.total).toBe(exact.json.lead.score.total);
    expect(shouted.json.lead.tier).toEqual(exact.json.lead.tier);
    expect(shouted.json.lead.assignment).toMatchObject({ kind: "ROUTED", path: exact.json.lead.assignment!.path });
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: shouted.json.lead.id }, select: { answers: true } });
    expect(stored.answers).toMatchObject({ role: "vp", region: BANK_VP.region, use_case: ["lead_routing"] });
  });

  it("an option's label is not its value: still a 422 at its path listing the values, nothing written", async () => {
    const { status, json } = await post({ form: "demo", answers: { ...BANK_VP, region: "North America" } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "answers.region", message: expect.stringMatching(/^Please choose one of the options: “north_america”/) }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("the public submissions endpoint stays strict: \"VP\" is a 422 at its path (the hosted form and embed send the values)", async () => {
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { ...BANK_VP, role: "VP" }, context: { fillTimeMs: 20_000 } }),
    });
    const { status, json } = await readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["answers.role"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});

describe(`POST /api/v1/routing/test: a sample answer in another letter case is tested as the intake takes it (${lane})`, () => {
  it("role \"VP\", budget \"150K_PLUS\" → 200, the same decision as the exact values (it was a 422 \"the intake would refuse it\")", async () => {
    const answers = { company_size: "1000-4999", region: BANK_VP.region };
    const exact = await dryRun({ lead: { form: "demo", answers: { ...answers, role: "vp", budget: "150k_plus" } }, at: NOW.toISOString() });
    const shouted = await dryRun({ lead: { form: "demo", answers: { ...answers, role: "VP", budget: "150K_PLUS" } }, at: NOW.toISOString() });
    expect([exact.status, shouted.status]).toEqual([200, 200]);
    expect(shouted.json.decision).toEqual({ ...exact.json.decision, decidedAt: shouted.json.decision.decidedAt });
  });

  it("a label is still refused at lead.answers.<key>, as the intake refuses it", async () => {
    const { status, json } = await dryRun({ lead: { form: "demo", answers: { region: "North America" } }, at: NOW.toISOString() });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["lead.answers.region"]);
  });
});
