// POST /api/v1/leads refuses a lead with neither a person nor an answer (it made a lead routed and
// mailed to a rep as "New unscored lead: Unknown"): a 422 at `person`, nothing stored, routed or
// mailed — with a form and without. A company answer alone is still kept. The public submissions
// endpoint keeps its form's own rules: a form whose questions are all optional takes an empty
// submission. Through the real REST handlers, the seeded demo workspace and a real database
// (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { NO_PERSON_OR_ANSWER_MESSAGE } from "../../domain/leads/lead-substance";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { publishDemoVersion, useRoutingKit } from "../../testing/routing-kit";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { handleSubmission } from "./handle-submission";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);

/** Leads, assignments and emails stored: a refused request leaves none. */
const stored = async () => {
  const { db } = env.testDb;
  return { leads: await db.lead.count(), assignments: await db.leadAssignment.count(), emails: await db.emailMessage.count() };
};

describe(`POST /api/v1/leads needs a person or at least one answer (${lane})`, () => {
  it.each<[string, Record<string, unknown>]>([
    ["{} (without a form)", {}],
    ["only source, utm, tier and estimatedValue", { source: "webinar", utm: { utm_source: "crm" }, tier: "hot", estimatedValue: 5000 }],
    ["only empty answers", { answers: { name: "", company: null, tags: [] } }],
    ["a form and no answers", { form: "demo" }],
    ["a form and only empty answers", { form: "demo", answers: { email: "", role: null } }],
  ])("%s → 422 at person, nothing stored, routed or mailed", async (_name, body) => {
    const { status, json } = await post(body, { "idempotency-key": "empty-1" });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "person", message: NO_PERSON_OR_ANSWER_MESSAGE }]);
    expect(await stored()).toEqual({ leads: 0, assignments: 0, emails: 0 });
  });

  it.each<[string, Record<string, unknown>]>([
    ["a person only", { person: { email: "ann@initech.com" } }],
    ["a company answer only, no person (a lead nobody can reply to, kept)", { answers: { company: "Initech" } }],
    ["a form and a person only", { form: "demo", person: { email: "ann@initech.com" } }],
  ])("%s → 201", async (_name, body) => {
    const { status } = await post(body);
    expect(status).toBe(201);
    expect((await stored()).leads).toBe(1);
  });
});

describe(`POST /api/v1/forms/{slug}/submissions keeps its form's own required questions (${lane})`, () => {
  it("a form whose questions are all optional takes an empty submission (201): the form's rules decide", async () => {
    await publishDemoVersion(env.testDb, env.kit, (definition) => ({
      ...definition,
      steps: definition.steps.map((step) => ({ ...step, fields: step.fields.map((field) => ({ ...field, required: false })) })),
    }));
    const request = apiRequest("POST", "/forms/demo/submissions", { key: null, body: { answers: {}, context: { fillTimeMs: 20_000, source: "hosted" } } });
    const { status } = await readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(status).toBe(201);
  });
});
