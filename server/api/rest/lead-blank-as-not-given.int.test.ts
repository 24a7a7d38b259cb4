// POST /api/v1/leads (an API key) with empty text for an optional property — what a CRM sends for
// a field it does not have: `person.email: ""`, `source: ""`, `form: ""`, a UTM value "" … It was a
// 422 at that path and the lead was lost, while null was taken. Now empty or blank text is "not
// given", exactly like null: the lead is stored as the same body with null would be, and the 201
// has a warning at each such path. The public submissions endpoint stays strict. Through the real
// handlers, the seeded demo workspace and a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { BLANK_FORM_MESSAGE, BLANK_MESSAGE } from "../../domain/leads/create-lead-request";
import { NO_CONTACT_MESSAGE } from "../../domain/leads/intake-leniency";
import { NO_PERSON_OR_ANSWER_MESSAGE } from "../../domain/leads/lead-substance";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { openApiProblems } from "../../testing/openapi-conformance";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleSubmission } from "./handle-submission";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const blank = (path: string) => ({ path, message: BLANK_MESSAGE });

/** What the lead row keeps of the request's own values. */
const storedOf = (id: string) =>
  env.testDb.db.lead.findUniqueOrThrow({
    where: { id },
    select: { formId: true, source: true, tier: true, timeZone: true, estimatedValue: true, utm: true, personId: true, contactCompany: true, submittedAt: true, status: true },
  });

describe(`POST /api/v1/leads: empty text for an optional property is not given (${lane})`, () => {
  it("a CRM's \"\" for every optional property → 201, stored as the same lead with null, a warning at each path; the public submissions endpoint stays strict", async () => {
    const lead = (person: Record<string, unknown>, empty: "" | " " | null) => ({
      form: empty,
      source: empty,
      timeZone: empty,
      tier: empty,
      estimatedValue: empty,
      submittedAt: empty,
      consent: empty,
      utm: { utm_source: empty, utm_medium: "cpc" },
      person: { email: empty, company: empty, ...person },
      answers: { seats: 10 },
    });
    const blanks = await post(lead({ name: "Bob Slydell", phone: "+49 30 1234567" }, ""));
    const spaces = await post(lead({ name: "Samir Nagheenanajar", phone: "+49 30 7654321" }, " "));
    const nulls = await post(lead({ name: "Milton Waddams", phone: "+49 30 1111111" }, null));
    expect([blanks.status, spaces.status, nulls.status]).toEqual([201, 201, 201]);
    const expected = [
      { path: "form", message: BLANK_FORM_MESSAGE },
      ...["source", "timeZone", "tier", "estimatedValue", "submittedAt", "consent", "utm.utm_source", "person.email", "person.company"].map(blank),
    ];
    expect(blanks.json.warnings).toEqual(expected);
    expect(spaces.json.warnings).toEqual(expected);
    expect(nulls.json.warnings ?? []).toEqual([]);
    expect(openApiProblems("LeadResponse", blanks.json)).toEqual([]);

    // Stored exactly as with null: no form, source "api", unscored, dated now, a contact without an email (no Person), routed.
    const [fromBlanks, fromSpaces, fromNulls] = await Promise.all([storedOf(blanks.json.lead.id), storedOf(spaces.json.lead.id), storedOf(nulls.json.lead.id)]);
    expect(fromBlanks).toEqual({ formId: null, source: "api", tier: "unscored", timeZone: null, estimatedValue: null, utm: { utm_medium: "cpc" }, personId: null, contactCompany: null, submittedAt: NOW, status: "ASSIGNED" });
    expect(fromSpaces).toEqual(fromBlanks);
    expect(fromNulls).toEqual(fromBlanks);
    expect(blanks.json.lead).toMatchObject({ person: null, contact: { name: "Bob Slydell", email: null, company: null, phone: "+49 30 1234567" } });

    // The hosted form and the embed send proper values: there an empty time zone is still a 422 at its path.
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { ...BANK_VP, email: "public@firstbank.com" }, context: { fillTimeMs: 20_000, timeZone: "" } }),
    });
    const submitted = await readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(submitted.status).toBe(422);
    expect(submitted.json.error.details.map((d) => d.path)).toEqual(["context.timeZone"]);
    expect(await env.testDb.db.lead.count()).toBe(3);
  });

  it("person.email \"\" with a form: the form's email answer makes the person; scored and routed like the same lead without it", async () => {
    const plain = await post({ form: "demo", answers: { ...BANK_VP, email: "plain@firstbank.com" } });
    const empty = await post({ form: "demo", answers: BANK_VP, person: { email: "", name: "" } });
    expect([plain.status, empty.status]).toEqual([201, 201]);
    expect(empty.json.warnings).toEqual([blank("person.email"), blank("person.name")]);
    expect(empty.json.lead.person).toMatchObject({ email: BANK_VP.email, name: BANK_VP.full_name });
    expect(empty.json.lead.score.total).toBe(plain.json.lead.score.total);
    expect(empty.json.lead.tier).toEqual(plain.json.lead.tier);
    expect(empty.json.lead.assignment).toMatchObject({ kind: "ROUTED", path: plain.json.lead.assignment!.path });
  });

  it("form \"\": a lead without a form — its answers stored as given, unscored — and the warning says so", async () => {
    const { status, json } = await post({ form: "", answers: BANK_VP });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "form", message: BLANK_FORM_MESSAGE }]);
    expect(json.lead).toMatchObject({ form: null, tier: { key: "unscored" }, score: { total: 0 } });
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.lead.id }, select: { answers: true } });
    expect(stored.answers).toEqual(BANK_VP);
  });

  it("person \"\" and nobody to reply to: one warning at person says both", async () => {
    const { status, json } = await post({ person: "", answers: { company: "Initech" } });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "person", message: `${BLANK_MESSAGE}. ${NO_CONTACT_MESSAGE}` }]);
  });

  it("only empty text is still nothing sent: the 422 at person of a lead with neither a person nor an answer, nothing stored", async () => {
    const { status, json } = await post({ person: { email: "" }, source: "", answers: { note: "" } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "person", message: NO_PERSON_OR_ANSWER_MESSAGE }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});
