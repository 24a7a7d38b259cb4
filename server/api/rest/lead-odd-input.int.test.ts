// What an integrator sends that the intake cannot keep as it is — an odd answer key on a lead
// without a form, a NUL character inside a value — keeps the lead (a lead is never lost to
// strictness) and says what happened in `warnings`; and a NUL in a path id is a 400 naming the
// path parameter. Through the real handlers, the seeded demo workspace and a real database
// (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetLead } from "./handle-leads";
import { handleDeleteWebhook } from "./handle-webhooks";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

const post = leadPoster(env, NOW);

const LONG_KEY = "k".repeat(70);

describe(`POST /api/v1/leads without a form: answer keys it cannot route on (${lane})`, () => {
  // It was a 422 for the whole lead (the contact lost); with a form the same keys were already kept as not applicable.
  it("a key over 64 characters and a question as a key: 201, kept as not applicable, a warning at each", async () => {
    const { status, json } = await post({ answers: { company: "Acme", [LONG_KEY]: "x", "What is your budget?": "10k" }, person: { email: "odd-keys@acme.io" } });
    expect(status).toBe(201);
    expect(json.lead.answers.map((a) => a.key)).toEqual(["company"]);
    expect(json.lead.notApplicableAnswers).toEqual({ [LONG_KEY]: "x", "What is your budget?": "10k" });
    expect(json.warnings).toEqual([
      { path: `answers.${LONG_KEY}`, message: expect.stringMatching(/^Not a valid answer key \(1–64 characters: letters, digits, _ \. -\): kept on the lead as not applicable/) },
      { path: "answers.What is your budget?", message: expect.stringMatching(/^Not a valid answer key/) },
    ]);
    const stored = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.lead.id }, select: { answers: true, notApplicableAnswers: true } });
    expect(stored).toEqual({ answers: { company: "Acme" }, notApplicableAnswers: { [LONG_KEY]: "x", "What is your budget?": "10k" } });
  });

  it("an idempotent replay answers the same warnings", async () => {
    const body = { answers: { "Bad key": "x" }, person: { email: "odd-replay@acme.io" } };
    const first = await post(body, { "idempotency-key": "odd-keys-1" });
    const again = await post(body, { "idempotency-key": "odd-keys-1" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.json.warnings).toEqual(first.json.warnings);
  });
});

describe(`A NUL character inside a value (${lane})`, () => {
  // It was removed silently: the caller never learned that what was stored differs from what was sent.
  it("POST /api/v1/leads: the value is kept without it, with a warning at its path", async () => {
    const { status, json } = await post({ answers: { company: "Ac\u0000me", note: "a\u0000b" }, person: { email: "nul-answer@acme.io", name: "Ann\u0000" } });
    expect(status).toBe(201);
    expect(Object.fromEntries(json.lead.answers.map((a) => [a.key, a.value]))).toEqual({ company: "Acme", note: "ab" });
    const nul = expect.stringMatching(/^Contained a NUL character \(U\+0000\), which cannot be stored: removed/);
    expect(json.warnings).toEqual(expect.arrayContaining([{ path: "answers.company", message: nul }, { path: "answers.note", message: nul }, { path: "person.name", message: nul }]));
  });

  // As Next.js hands a path parameter over: %00 in the URL, the NUL in the decoded value.
  it("a NUL in a path id: 400 at the path parameter, documented by name", async () => {
    const lead = await readJson<TApiErrorBody>(await handleGetLead(env.testDb.db, apiRequest("GET", "/leads/%00", { key: env.kit.key }), "\u0000", NOW));
    expect([lead.status, lead.json.error.code, lead.json.error.details]).toEqual([400, "BAD_REQUEST", [{ path: "leadId", message: expect.stringContaining("NUL") }]]);
    const webhook = await readJson<TApiErrorBody>(await handleDeleteWebhook(env.testDb.db, apiRequest("DELETE", "/webhooks/a\u0000b", { key: env.kit.key }), "a\u0000b", NOW));
    expect([webhook.status, webhook.json.error.details.map((d) => d.path)]).toEqual([400, ["endpointId"]]);
  });
});
