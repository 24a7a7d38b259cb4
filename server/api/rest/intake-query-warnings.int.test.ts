// The intakes of another system's data — POST /api/v1/leads, POST /api/v1/leads/{id}/events and
// the public submissions — keep what they are sent when the URL carries a query parameter they do
// not read, and say so: a warning at query.<name> ("Unknown query parameter `source` ignored: this
// endpoint reads only its JSON body"), first in `warnings`. They ignored it silently:
// `POST /leads?source=hubspot` answered 201 as if the source were set. A lead is never lost to
// strictness. An idempotent replay answers as before (the query is not part of the request's
// fingerprint), with the warnings of the request it answers. Real handlers, a real database.
import { describe, expect, it } from "vitest";
import { createRateLimits, unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson, startApiKit, type TLeadAnswerBody } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { handleLeadEvent } from "./handle-lead-events";
import { handleCreateLead } from "./handle-leads";
import { handleSubmission } from "./handle-submission";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const db = () => env.testDb.db;
const ignored = (name: string) => ({ path: `query.${name}`, message: `Unknown query parameter \`${name}\` ignored: this endpoint reads only its JSON body` });
type TWarnings = { warnings?: { path: string; message: string }[] };

const postLead = (query: string, body: unknown, headers: Record<string, string> = {}, options: Parameters<typeof handleCreateLead>[4] = {}) =>
  handleCreateLead(db(), apiRequest("POST", `/leads${query}`, { key: env.kit.key, body, headers }), NOW, env.kit.deps, options).then((r) => readJson<TLeadAnswerBody>(r));
const postEvent = (leadId: string, query: string, body: unknown) =>
  handleLeadEvent(db(), apiRequest("POST", `/leads/${leadId}/events${query}`, { key: env.kit.key, body }), leadId, new Date(NOW.getTime() + 3_600_000), async () => env.kit.queue).then((r) => readJson<TWarnings & Record<string, unknown>>(r));
const submit = (query: string, body: unknown, headers: Record<string, string> = {}) =>
  handleSubmission(db(), apiRequest("POST", `/forms/demo/submissions${query}`, { body, headers }), "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }).then((r) => readJson<TWarnings & { leadId: string }>(r));

describe(`intakes keep the data and name an ignored query parameter in warnings (${lane})`, () => {
  it("POST /leads?source=hubspot&dryRun=true → 201, the lead stored, a warning at each parameter first", async () => {
    const before = await db().lead.count();
    const { status, json } = await postLead("?source=hubspot&dryRun=true", { form: "demo", answers: BANK_VP, tier: "hot" });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([ignored("source"), ignored("dryRun"), expect.objectContaining({ path: "tier" })]);
    expect(await db().lead.count()).toBe(before + 1);
    const stored = await db().lead.findUniqueOrThrow({ where: { id: json.lead.id } });
    expect(stored.source).not.toBe("hubspot");
    expect(openApiProblems("LeadResponse", json)).toEqual([]);
    // Without a query: no such warning (and no warnings at all for a clean lead).
    expect((await postLead("", { person: { email: "bo@acme.io" } })).json.warnings).toBeUndefined();
  });

  it("POST /leads: an idempotent replay is a replay with or without the query (200, the same lead), each with its own request's warnings", async () => {
    const body = { person: { email: "ann@acme.io" }, answers: { plan: "pro" } };
    const key = { "idempotency-key": "crm-lead-q1" };
    const first = await postLead("?source=hubspot", body, key);
    expect(first.status).toBe(201);
    expect(first.json.warnings?.[0]).toEqual(ignored("source"));
    const count = await db().lead.count();

    const again = await postLead("?source=hubspot", body, key);
    expect([again.status, again.json.lead.id]).toEqual([200, first.json.lead.id]);
    expect(again.json.warnings).toEqual(first.json.warnings);
    const plain = await postLead("", body, key);
    expect([plain.status, plain.json.lead.id]).toEqual([200, first.json.lead.id]);
    expect(plain.json.warnings ?? []).not.toContainEqual(ignored("source"));
    expect(await db().lead.count()).toBe(count);

    // Past the key's limit a replay is still answered, with the query's warning.
    const limit = createRateLimits({ kind: "memory" }, { apiKeyPerMinute: 1, formSubmissionsPer10Min: 100, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 }).apiKey;
    await limit.consume(env.kit.keyId);
    const limited = await postLead("?x=1", body, key, { rateLimit: limit });
    expect([limited.status, limited.json.lead.id, limited.json.warnings?.[0]]).toEqual([200, first.json.lead.id, ignored("x")]);
    expect((await postLead("?x=1", { person: { email: "new@acme.io" } }, {}, { rateLimit: limit })).status).toBe(429);
    expect(await db().lead.count()).toBe(count);
  });

  it("POST /leads/{id}/events?source=crm → 201, the outcome recorded, the warning; a duplicate 200 with it too; none without a query", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const recordedRows = () => db().leadOutcome.count({ where: { leadId: lead.id, externalId: "crm-evt-q1" } });
    const event = { type: "contacted", occurredAt: new Date(NOW.getTime() + 60_000).toISOString(), externalId: "crm-evt-q1" };
    const recorded = await postEvent(lead.id, "?source=crm", event);
    expect(recorded.status).toBe(201);
    expect(recorded.json.warnings).toEqual([ignored("source")]);
    expect(recorded.json).toMatchObject({ isDuplicate: false, outcome: { stage: "CONTACTED", externalId: "crm-evt-q1" } });
    expect(openApiProblems("LeadEventResult", recorded.json)).toEqual([]);
    expect(await recordedRows()).toBe(1);

    const duplicate = await postEvent(lead.id, "?source=crm", event);
    expect([duplicate.status, duplicate.json.isDuplicate, duplicate.json.warnings]).toEqual([200, true, [ignored("source")]]);
    const plain = await postEvent(lead.id, "", event);
    expect([plain.status, plain.json.isDuplicate, "warnings" in plain.json]).toEqual([200, true, false]);
    expect(await recordedRows()).toBe(1);
  });

  it("POST /forms/{slug}/submissions?utm_source=ads → 201, the lead stored, the warning first; a replay the same", async () => {
    const before = await db().lead.count();
    const body = { answers: BANK_VP, context: { fillTimeMs: 20_000, source: "hosted" } };
    const created = await submit("?utm_source=ads", body, { "idempotency-key": "form-q1" });
    expect(created.status).toBe(201);
    expect(created.json.warnings?.[0]).toEqual(ignored("utm_source"));
    expect(await db().lead.count()).toBe(before + 1);
    expect(await db().lead.findUnique({ where: { id: created.json.leadId } })).not.toBeNull();

    const replay = await submit("?utm_source=ads", body, { "idempotency-key": "form-q1" });
    expect([replay.status, replay.json.leadId, replay.json.warnings?.[0]]).toEqual([200, created.json.leadId, ignored("utm_source")]);
    expect(await db().lead.count()).toBe(before + 1);
    expect((await submit("", { ...body, answers: { ...BANK_VP, email: "other@bank.example" } })).json.warnings ?? []).not.toContainEqual(ignored("utm_source"));
  });
});
