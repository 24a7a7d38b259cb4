// What an anonymous prospect may and may not affect through the public submission endpoint, next
// to the trusted API (an API key): idempotency keys belong to their caller, and a submission never
// rewrites a known person. Real handlers, the seeded demo workspace, a real database.
import { describe, expect, it } from "vitest";
import { ALL_API_KEY_SCOPES, createApiKey } from "../../services/api-keys/api-keys";
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

type TLeadBody = { lead: TLeadResource };

/** An anonymous submission of the demo form, as the hosted page sends it. */
async function submitAnonymously(answers: Record<string, unknown>, idempotencyKey?: string) {
  const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
    method: "POST",
    headers: { "content-type": "application/json", ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}) },
    body: JSON.stringify({ answers, context: { fillTimeMs: 20_000, source: "embed" } }),
  });
  const response = await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps });
  return readJson<{ leadId: string }>(response);
}

function importLead(body: unknown, options: { key?: string; idempotencyKey?: string } = {}) {
  const headers = options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : undefined;
  return handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: options.key ?? env.kit.key, body, headers }), NOW, env.kit.deps).then((r) => readJson<TLeadBody>(r));
}

describe(`idempotency keys belong to their caller (${lane})`, () => {
  it("attack: a public submitter pre-claims an idempotency key so a later API import returns their lead", async () => {
    const claimed = await submitAnonymously({ ...BANK_VP, email: "mallory@evil.example", full_name: "Mallory" }, "crm-import-0001");
    expect(claimed.status).toBe(201);

    const imported = await importLead({ form: "demo", answers: BANK_VP }, { idempotencyKey: "crm-import-0001" });
    expect(imported.status).toBe(201);
    expect(imported.json.lead.id).not.toBe(claimed.json.leadId);
    expect(imported.json.lead.person?.email).toBe("vp@firstbank.com");

    // Each caller still replays its own lead with that key …
    expect((await importLead({ form: "demo", answers: BANK_VP }, { idempotencyKey: "crm-import-0001" })).json.lead.id).toBe(imported.json.lead.id);
    const again = await submitAnonymously({ ...BANK_VP, email: "mallory@evil.example", full_name: "Mallory" }, "crm-import-0001");
    expect(again).toMatchObject({ status: 200, json: { leadId: claimed.json.leadId } });
    // … and another API key of the workspace has keys of its own.
    const { key: secondKey } = await createApiKey(env.testDb.db, { workspaceId: env.kit.workspaceId, name: "Second CRM", scopes: ALL_API_KEY_SCOPES });
    const second = await importLead({ form: "demo", answers: BANK_VP }, { key: secondKey, idempotencyKey: "crm-import-0001" });
    expect(second.status).toBe(201);
    expect([claimed.json.leadId, imported.json.lead.id]).not.toContain(second.json.lead.id);
    expect(await env.testDb.db.lead.count()).toBe(3);
  });
});

describe(`a submission stores what it was given on its own lead (${lane})`, () => {
  it("attack: an anonymous submission renames a known person on all earlier leads", async () => {
    const db = env.testDb.db;
    const known = await importLead({ form: "demo", answers: BANK_VP });
    expect(known.json.lead.person).toMatchObject({ email: "vp@firstbank.com", name: "Victoria Park", company: "First Bank" });

    const forged = await submitAnonymously({ ...BANK_VP, full_name: "Mallory Forger", company: "Evil Corp" });
    expect(forged.status).toBe(201);

    // The earlier lead and the person record are untouched …
    const earlier = await handleGetLeadJson(known.json.lead.id);
    expect(earlier.person).toMatchObject({ name: "Victoria Park", company: "First Bank" });
    expect(await db.person.findFirstOrThrow({ where: { email: "vp@firstbank.com" } })).toMatchObject({ name: "Victoria Park", company: "First Bank" });
    // … and the forged values live on the anonymous lead only (same person, by email).
    const own = await handleGetLeadJson(forged.json.leadId);
    expect(own.person).toMatchObject({ email: "vp@firstbank.com", name: "Mallory Forger", company: "Evil Corp" });

    // A trusted source (an API key) may change the person; each lead still shows what it came with.
    await importLead({ answers: { note: "renamed in the CRM" }, person: { email: "vp@firstbank.com", name: "Victoria P. Park", company: "First Bank plc" } });
    expect(await db.person.findFirstOrThrow({ where: { email: "vp@firstbank.com" } })).toMatchObject({ name: "Victoria P. Park", company: "First Bank plc" });
    expect((await handleGetLeadJson(known.json.lead.id)).person).toMatchObject({ name: "Victoria Park", company: "First Bank" });
    expect((await handleGetLeadJson(forged.json.leadId)).person).toMatchObject({ name: "Mallory Forger", company: "Evil Corp" });
  });
});

async function handleGetLeadJson(id: string): Promise<TLeadResource> {
  const response = await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW);
  return (await readJson<TLeadBody>(response)).json.lead;
}
