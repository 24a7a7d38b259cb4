// POST /api/v1/leads (an API key) with a form: a JSON number for a text question (a CRM's zip
// code, employee count or phone number) is taken as its text and validated as text; it was a 422
// "Please enter text" and the lead was lost, while person.name: 123 was taken. An email or web
// address sent as a number stays a 422; the public submissions endpoint stays strict. Through the
// real handlers, the seeded demo workspace and a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleSubmission } from "./handle-submission";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);

describe(`POST /api/v1/leads: a number for a text question (${lane})`, () => {
  it("full_name: 123 → 201, stored as the text \"123\", scored and routed like the same lead with text", async () => {
    const text = await post({ form: "demo", answers: { ...BANK_VP, full_name: "123", company: "4711" } });
    const number = await post({ form: "demo", answers: { ...BANK_VP, email: "vp2@firstbank.com", full_name: 123, company: 4711 } });
    expect([text.status, number.status]).toEqual([201, 201]);
    const answer = (key: string) => number.json.lead.answers.find((a) => a.key === key);
    expect([answer("full_name")?.value, answer("company")?.value]).toEqual(["123", "4711"]);
    expect(number.json.warnings ?? []).toEqual([]);
    expect(number.json.lead.score.total).toBe(text.json.lead.score.total);
    expect(number.json.lead.assignment).toMatchObject({ kind: "ROUTED", path: text.json.lead.assignment!.path });
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: number.json.lead.id }, select: { answers: true } });
    expect(stored.answers).toMatchObject({ full_name: "123", company: "4711" });
  });

  it("a number that is none of a choice question's option values (the role's are words) is not converted: still a 422 at its path, nothing written", async () => {
    const { status, json } = await post({ form: "demo", answers: { ...BANK_VP, role: 1 } });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["answers.role"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("an email given as a number can never be one: still a 422 at its path", async () => {
    const { status, json } = await post({ form: "demo", answers: { ...BANK_VP, email: 5 } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "answers.email", message: "Please enter a valid email address" }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("the public submissions endpoint stays strict: a 422 \"Please enter text\" at its path (the hosted form and embed send text)", async () => {
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { ...BANK_VP, full_name: 123 }, context: { fillTimeMs: 20_000 } }),
    });
    const { status, json } = await readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "answers.full_name", message: "Please enter text" }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});
