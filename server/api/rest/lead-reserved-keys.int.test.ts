// A key named "__proto__" in a record the caller fills (answers, utm) cannot be kept as a property
// of a JavaScript object: the schema's record left it out SILENTLY — the lead stored without that
// answer and no warning, breaking "a lead is never lost to strictness … and what is not kept is
// said". It is left out with a warning at its path (the answer's text is not lost unannounced),
// on both intake endpoints. Real handlers, the seeded demo workspace, a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleSubmission } from "./handle-submission";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const post = leadPoster(env, NOW);
const reserved = expect.stringMatching(/^"__proto__" cannot be kept as a key: left out/);

// Raw JSON text: a JS object literal would set the prototype instead of sending the key.
describe(`"__proto__" as a key on POST /api/v1/leads (${lane})`, () => {
  it("without a form: 201, the other answers kept, a warning at answers.__proto__", async () => {
    const { status, json } = await post('{"person":{"email":"proto-free@acme.io"},"answers":{"__proto__":"budget 10k","company":"Acme"}}');
    expect(status).toBe(201);
    expect(json.lead.answers.map((a) => a.key)).toEqual(["company"]);
    expect(json.warnings).toEqual([{ path: "answers.__proto__", message: reserved }]);
  });

  it("an object under it (it was silently swallowed, too): the same warning", async () => {
    const { status, json } = await post('{"person":{"email":"proto-obj@acme.io"},"answers":{"__proto__":{"email":"x@y.co"},"company":"Acme"}}');
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "answers.__proto__", message: reserved }]);
  });

  it("with a form and in utm: a warning at each path", async () => {
    const body = JSON.stringify({ form: "demo", person: { email: "proto-form@acme.io" }, answers: { ...BANK_VP, email: "proto-form@acme.io" }, utm: { utm_source: "x" } });
    const sent = body.replace('"answers":{', '"answers":{"__proto__":"y",').replace('"utm":{', '"utm":{"__proto__":"z",');
    const { status, json } = await post(sent);
    expect(status).toBe(201);
    expect(json.warnings).toEqual(expect.arrayContaining([{ path: "answers.__proto__", message: reserved }, { path: "utm.__proto__", message: reserved }]));
  });

  it("an idempotent replay answers the same warnings", async () => {
    const body = '{"person":{"email":"proto-replay@acme.io"},"answers":{"__proto__":"x","company":"Acme"}}';
    const first = await post(body, { "idempotency-key": "proto-1" });
    const again = await post(body, { "idempotency-key": "proto-1" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.json.warnings).toEqual(first.json.warnings);
  });
});

describe(`"__proto__" as an answer key on POST /api/v1/forms/{slug}/submissions (${lane})`, () => {
  it("201 with a warning at answers.__proto__", async () => {
    const body = JSON.stringify({ answers: { ...BANK_VP, email: "proto-public@acme.io" }, context: { fillTimeMs: 20_000 } }).replace('"answers":{', '"answers":{"__proto__":"x",');
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", { method: "POST", headers: { "content-type": "application/json" }, body });
    const { status, json } = await readJson<{ warnings?: { path: string; message: string }[] }>(
      await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }),
    );
    expect(status).toBe(201);
    expect(json.warnings).toEqual(expect.arrayContaining([{ path: "answers.__proto__", message: reserved }]));
  });
});
