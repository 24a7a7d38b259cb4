// Bad input gets a clear error and loses nothing: what the intake keeps (with warnings) instead of
// refusing, and what it still refuses, through the real REST handlers of both intake endpoints
// (POST /api/v1/leads with an API key, POST /api/v1/forms/{slug}/submissions without), the seeded
// demo workspace and a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateLead, handleGetLead } from "./handle-leads";
import { handleSubmission } from "./handle-submission";
import type { TLeadResource } from "./lead-resource";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TWarning = { path: string; message: string };
const context = { fillTimeMs: 20_000, source: "embed" };
type TLeadBody = { lead: TLeadResource; warnings?: TWarning[] };
type TSubmissionBody = { leadId: string; booking?: { token: string; expiresAt: string } };

const post = (body: unknown, headers: Record<string, string> = {}) =>
  handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body, headers }), NOW, env.kit.deps).then((r) => readJson<TLeadBody & TApiErrorBody>(r));
const get = (id: string) => handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW).then((r) => readJson<TLeadBody>(r));

function submit(body: unknown, headers: Record<string, string> = {}) {
  const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }).then((r) => readJson<TSubmissionBody & TApiErrorBody>(r));
}

describe(`POST /api/v1/leads keeps a lead that carries the API's own nulls or numbers (${lane})`, () => {
  it.each<[string, Record<string, unknown>]>([
    ["person's name, company and phone null", { person: { email: "x@ex-ample.com", name: null, company: null, phone: null } }],
    ["a UTM value null", { utm: { utm_source: null } }],
    ["source null", { source: null }],
    ["timeZone null", { timeZone: null }],
    ["person null", { person: null }],
  ])("%s → 201 (it was a 422 and the lead was lost)", async (_name, extra) => {
    const { status, json } = await post({ answers: { a: "b" }, ...extra });
    expect(status).toBe(201);
    expect(json.lead).toMatchObject({ source: "api", utm: {} });
    expect(await env.testDb.db.lead.count()).toBe(1);
  });

  it("what GET /leads/{id} answers can be posted back as it is", async () => {
    const first = await post({ answers: { a: "b" }, person: { email: "x@ex-ample.com" } });
    const read = (await get(first.json.lead.id)).json.lead;
    expect(read.person).toEqual({ email: "x@ex-ample.com", name: null, company: null, phone: null });
    const echoed = await post({ answers: { a: "b" }, person: read.person, source: read.source, utm: read.utm });
    expect(echoed.status).toBe(201);
    expect(echoed.json.lead.person).toEqual(read.person);
  });

  it("a number where free text is expected is taken as its text: phone 12345, utm_id 123", async () => {
    const { status, json } = await post({ answers: { a: "b" }, person: { email: "n@shop.com", phone: 12345 }, utm: { utm_id: 123, utm_source: "crm" } });
    expect(status).toBe(201);
    expect(json.lead.person?.phone).toBe("12345");
    expect(json.lead.utm).toEqual({ utm_id: "123", utm_source: "crm" });
  });

  it("identifiers are not coerced: a number for person.email or tier is still a 422 at its path, nothing written", async () => {
    const { status, json } = await post({ answers: { a: "b" }, person: { email: 5 }, tier: 3 });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path).sort()).toEqual(["person.email", "tier"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});

describe(`POST /api/v1/leads: strictness that used to lose the lead now keeps it with warnings (${lane})`, () => {
  it("without a form, 101 answers → 201 with the first 100 kept and a warning for the last (it was a 422)", async () => {
    const answers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    const { status, json } = await post({ answers, person: { email: "many@shop.com" } });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "answers.k100", message: expect.stringContaining("At most 100 answers") }]);
    expect(json.lead.answers).toHaveLength(100);
  });

  it("person.email and answers.email differ: person.email is the lead's contact, and a warning says so", async () => {
    const { status, json } = await post({ form: "demo", answers: BANK_VP, person: { email: "owner@firstbank.com" } });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "person.email", message: expect.stringMatching(/^Differs from answers\.email: person\.email is the lead's contact/) }]);
    expect(json.lead.person?.email).toBe("owner@firstbank.com");
    expect(json.lead.answers.find((a) => a.key === "email")?.value).toBe("vp@firstbank.com");
  });

  it("a form lead with person.email and no email answer: person.email answers the form's required email question (it was a 422 at answers.email)", async () => {
    const { email: _email, ...withoutEmail } = BANK_VP;
    const { status, json } = await post({ form: "demo", answers: withoutEmail, person: { email: "VP@FirstBank.com" } });
    expect(status).toBe(201);
    expect(json.warnings).toBeUndefined();
    expect(json.lead.person?.email).toBe("vp@firstbank.com");
    expect(json.lead.answers.find((a) => a.key === "email")?.value).toBe("VP@FirstBank.com");
    expect(json.lead.tier.key).toBe("sales_ready");
    // Without person, the lead is kept without a contact, and a warning says the required email was not given (it was a 422).
    const missing = await post({ form: "demo", answers: withoutEmail });
    expect(missing.status).toBe(201);
    expect(missing.json.warnings).toEqual([{ path: "answers.email", message: expect.stringMatching(/^“Work email” is required on the form; not given/) }]);
  });

  it("tier and estimatedValue sent with a form → 201 with a warning each; the form's scoring decides (it was a 422)", async () => {
    const { status, json } = await post({ form: "demo", answers: BANK_VP, tier: "cold", estimatedValue: 1 });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([
      { path: "tier", message: expect.stringContaining("Ignored") },
      { path: "estimatedValue", message: expect.stringContaining("Ignored") },
    ]);
    expect(json.lead.tier.key).toBe("sales_ready");
    expect(json.lead.estimatedValue).not.toBe(1);
  });
});

describe(`the public submissions' Idempotency-Key replays only the same body (${lane})`, () => {
  it("attack: the same key with another body → 422 at headers.idempotency-key, no lead id, no booking token, nothing written", async () => {
    const first = await submit({ answers: BANK_VP, context }, { "idempotency-key": "pub-1" });
    expect(first.status).toBe(201);
    expect(first.json.booking?.token).toEqual(expect.any(String));

    const replayed = await submit({ answers: { email: "attacker@evil.com" } }, { "idempotency-key": "pub-1" });
    expect(replayed.status).toBe(422);
    expect(replayed.json).toEqual({ error: expect.objectContaining({ code: "VALIDATION", details: [{ path: "headers.idempotency-key", message: expect.stringContaining("different request") }] }) });
    expect(JSON.stringify(replayed.json)).not.toContain(first.json.leadId);
    expect(await env.testDb.db.lead.count()).toBe(1);
  });

  it("the browser's retry of the same answers (a new fill time, the keys in another order) → 200 with the lead and its booking token", async () => {
    const first = await submit({ answers: BANK_VP, context }, { "idempotency-key": "pub-2" });
    const reordered = Object.fromEntries(Object.entries(BANK_VP).reverse());
    const again = await submit({ context: { ...context, fillTimeMs: 95_000 }, answers: reordered }, { "idempotency-key": "pub-2" });
    expect(again.status).toBe(200);
    expect(again.json.leadId).toBe(first.json.leadId);
    expect(again.json.booking?.token).toEqual(expect.any(String));
    expect(await env.testDb.db.lead.count()).toBe(1);
  });
});

describe(`request headers both intake endpoints share (${lane})`, () => {
  /** A JSON body in ISO-8859-1 ("é" as the single byte 0xE9), labelled as such. */
  const latin1 = (json: unknown) => Uint8Array.from(JSON.stringify(json), (c) => c.charCodeAt(0));
  const latin1Headers = { "content-type": "application/json; charset=iso-8859-1" };

  it("an ASCII body labelled charset=iso-8859-1 is read as it always was", async () => {
    expect((await post({ answers: { a: "b" } }, latin1Headers)).status).toBe(201);
    expect((await submit({ answers: BANK_VP, context }, latin1Headers)).status).toBe(201);
  });

  it("a base64 Idempotency-Key (+ / =) is accepted and replays (it was a 422)", async () => {
    const key = "q+/Zx8W2Yp9Kd3Q=";
    const apiFirst = await post({ answers: { a: "b" } }, { "idempotency-key": key });
    const apiAgain = await post({ answers: { a: "b" } }, { "idempotency-key": key });
    expect([apiFirst.status, apiAgain.status]).toEqual([201, 200]);
    const publicFirst = await submit({ answers: BANK_VP, context }, { "idempotency-key": key });
    const publicAgain = await submit({ answers: BANK_VP, context }, { "idempotency-key": key });
    expect([publicFirst.status, publicAgain.status]).toEqual([201, 200]);
    expect(await env.testDb.db.lead.count()).toBe(2);
  });

  it.each([
    ["POST /api/v1/leads", () => handleCreateLead(env.testDb.db, new Request("http://localhost/api/v1/leads", { method: "POST", headers: { ...latin1Headers, authorization: `Bearer ${env.kit.key}` }, body: latin1({ answers: { city: "Orléans" } }) }), NOW, env.kit.deps).then((r) => readJson<TApiErrorBody>(r))],
    ["POST /api/v1/forms/{slug}/submissions", () => handleSubmission(env.testDb.db, new Request("http://localhost/api/v1/forms/demo/submissions", { method: "POST", headers: latin1Headers, body: latin1({ answers: { ...BANK_VP, full_name: "Zoé" }, context }) }), "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }).then((r) => readJson<TApiErrorBody>(r))],
  ])("%s with an ISO-8859-1 body → 415 naming UTF-8 (it was a 400 MALFORMED_JSON)", async (_name, send) => {
    const { status, json } = await send();
    expect(status).toBe(415);
    expect(json.error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", details: [{ path: "headers.content-type", message: expect.stringMatching(/^Only UTF-8 is accepted/) }] });
    expect(await env.testDb.db.lead.count()).toBe(0);
  });
});
