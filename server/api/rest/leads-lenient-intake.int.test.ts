// POST /api/v1/leads (an API key) with a form, leaving required answers out: the lead is kept,
// scored on the answers given, routed as usual, and each missing required answer is a warning
// (it was a 422 with every missing question and the contact was lost). The public submissions
// endpoint stays strict. Through the real handlers, the seeded demo workspace and a real database
// (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { DEMO_FORM_DEFINITION } from "../../../prisma/seed/demo-form-definition";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { leadPoster, readJson, startApiKit, type TLeadWarning } from "../../testing/api-kit";
import { handleSubmission } from "./handle-submission";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

const post = leadPoster(env, NOW);

/** The warning for a required question left out: it names the question by its label. */
const missingMessage = (label: string) => `“${label}” is required on the form; not given: the lead is kept and scored on the answers given`;
const LABELS = new Map(DEMO_FORM_DEFINITION.steps.flatMap((step) => step.fields.map((field) => [field.key, field.label] as const)));
const isMissingWarning = (w: TLeadWarning) => w.message.endsWith(" is required on the form; not given: the lead is kept and scored on the answers given");

/** The demo form's required questions a body with only these answers leaves out, as warnings. */
const missingWarnings = (given: Record<string, unknown>) =>
  Object.entries(BANK_VP)
    .filter(([key]) => !(key in given))
    .map(([key]) => ({ path: `answers.${key}`, message: missingMessage(LABELS.get(key)!) }));

describe(`POST /api/v1/leads with a form and required answers left out (${lane})`, () => {
  it("only the email → 201: the lead is stored, scored on what was given, routed, each missing required answer a warning", async () => {
    const { status, json } = await post({ form: "demo", answers: { email: "x@corp.com" } });
    expect(status).toBe(201);
    expect(json.lead).toMatchObject({ form: { slug: "demo" }, person: { email: "x@corp.com" } });
    expect(json.lead.answers.map((a) => a.key)).toEqual(["email"]);
    expect(json.lead.score.total).toBe(0);
    // Routed as usual: scored 0, the demo form's "disqualified" tier, which routing does not assign.
    expect({ status: json.lead.status, tier: json.lead.tier?.key, assignment: json.lead.assignment }).toEqual({ status: "DISQUALIFIED", tier: "disqualified", assignment: null });
    const required = json.warnings!.filter(isMissingWarning).map((w) => w.path);
    expect(required).toEqual(expect.arrayContaining(["answers.full_name", "answers.role", "answers.consent", "answers.industry"]));
    expect(required).not.toContain("answers.email");
    expect(json.warnings).toContainEqual({ path: "answers.full_name", message: `“Full name” is required on the form; not given: the lead is kept and scored on the answers given` });
    expect(await env.testDb.db.lead.count()).toBe(1);
  });

  it("the answers given are scored and routed as usual: a bank VP without a name or consent is scored and assigned like one", async () => {
    const { full_name: _name, consent: _consent, ...given } = BANK_VP;
    const full = await post({ form: "demo", answers: BANK_VP });
    const partial = await post({ form: "demo", answers: given });
    expect([full.status, partial.status]).toEqual([201, 201]);
    expect(partial.json.lead.score.total).toBe(full.json.lead.score.total);
    expect(partial.json.lead.tier).toEqual(full.json.lead.tier);
    // …and routed like one: assigned by the same path.
    expect(partial.json.lead.assignment).toMatchObject({ kind: "ROUTED", isCurrent: true, path: full.json.lead.assignment!.path });
    expect(partial.json.warnings).toEqual(missingWarnings(given));
  });

  it("an idempotent replay answers the same warnings (200, the first lead, nothing written)", async () => {
    const headers = { "idempotency-key": "crm-missing-1" };
    const first = await post({ form: "demo", answers: { email: "x@corp.com", role: "vp" } }, headers);
    const again = await post({ form: "demo", answers: { role: "vp", email: "x@corp.com" } }, headers);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.json.lead.id).toBe(first.json.lead.id);
    expect(again.json.warnings).toEqual(first.json.warnings);
    expect(first.json.warnings).toContainEqual({ path: "answers.full_name", message: missingMessage("Full name") });
    expect(await env.testDb.db.lead.count()).toBe(1);
  });

  it("an invalid value for a question that applies is still a 422 at its path, without the missing ones; nothing written", async () => {
    const { status, json } = await post({ form: "demo", answers: { email: "x@corp.com", industry: "banking" } });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["answers.industry"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("the public submissions endpoint stays strict: a 422 at each missing required answer, nothing written", async () => {
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { email: "x@corp.com" }, context: { fillTimeMs: 20_000 } }),
    });
    const { status, json } = await readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(expect.arrayContaining(["answers.full_name", "answers.consent"]));
    // Each 422 detail names its question, so an integrator reading it knows which one.
    expect(json.error.details).toContainEqual({ path: "answers.full_name", message: "“Full name” is required" });
    expect(json.error.details).toContainEqual({ path: "answers.role", message: "“Which best describes your role?” is required" });
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});

describe(`POST /api/v1/leads: a lead that is only its person, and unusual valid emails (${lane})`, () => {
  it.each<[string, Record<string, unknown>]>([
    ["answers left out", {}],
    ["answers null", { answers: null }],
  ])("%s → 201 with no answers (it was a 422 'expected record')", async (_name, extra) => {
    const { status, json } = await post({ person: { email: "ok@example.com" }, ...extra });
    expect(status).toBe(201);
    expect(json.lead).toMatchObject({ person: { email: "ok@example.com" }, answers: [] });
  });

  it.each([
    ["zoë@exämple.com", "zoë@exämple.com"],
    ["ZOË@Example.com", "zoë@example.com"],
    ["a@b.c", "a@b.c"],
  ])("person.email %s → 201, stored lower-cased as %s (it was a 422 and the lead was lost)", async (email, stored) => {
    const { status, json } = await post({ answers: {}, person: { email } });
    expect(status).toBe(201);
    expect(json.lead.person?.email).toBe(stored);
  });

  it("the same address in another case is the same person", async () => {
    const first = await post({ person: { email: "zoë@exämple.com" } });
    const second = await post({ person: { email: "ZOË@EXÄMPLE.com" } });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await env.testDb.db.person.count()).toBe(1);
  });

  it("not an address is still a 422 at person.email, nothing written", async () => {
    const { status, json } = await post({ person: { email: "ann at acme.io" } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "person.email", message: expect.stringContaining("Enter a valid email address") }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});
