// POST /api/v1/leads past the key's rate limit: a retry after a lost answer (the same
// Idempotency-Key with the same request) is answered — 200 with the first lead and its warnings —
// while everything else (a new lead, no key, another request under the key, a key without
// leads:write) stays a 429 with Retry-After and writes nothing. The limit is taken first, so a
// request under it costs no statement more. Real handlers, a real database, an in-memory limiter.
import { describe, expect, it } from "vitest";
import { createApiKey } from "../../services/api-keys/api-keys";
import { createRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead } from "./handle-leads";
import type { TLeadResource } from "./lead-resource";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TBody = { lead?: TLeadResource; warnings?: { path: string; message: string }[]; error?: { code: string } };
const HIGH = { apiKeyPerMinute: 2, formSubmissionsPer10Min: 100, formReadsPerMinute: 100, signInPer15Min: 100, emailsPerRecipientPerHour: 100, emailsPerAddressPerHour: 100 };

describe(`POST /api/v1/leads answers an idempotent replay past the key's rate limit (${lane})`, () => {
  it("over the limit: the same key and request → 200 with the first lead; anything else → 429, nothing written", async () => {
    const limit = createRateLimits({ kind: "memory" }, HIGH).apiKey; // 2 requests a minute
    const post = (body: unknown, idempotencyKey?: string, key = env.kit.key) =>
      handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key, body, headers: idempotencyKey ? { "idempotency-key": idempotencyKey } : {} }), NOW, env.kit.deps, { rateLimit: limit }).then((r) => readJson<TBody>(r));
    // `tier` with a form is ignored with a warning: the replay must carry it as the first answer did.
    const first = { form: "demo", answers: BANK_VP, tier: "hot" };

    const created = await post(first, "crm-lead-1");
    expect(created.status).toBe(201);
    expect(created.json.warnings?.map((w) => w.path)).toEqual(["tier"]);
    expect((await post({ form: "demo", answers: { ...BANK_VP, email: "two@firstbank.com" } })).status).toBe(201);

    // Limited now: the answer to the first request was lost, the CRM retries it.
    const replay = await post(first, "crm-lead-1");
    expect(replay.status).toBe(200);
    expect(replay.json.lead?.id).toBe(created.json.lead!.id);
    expect(replay.json.warnings).toEqual(created.json.warnings);
    const reordered = await post({ tier: "hot", answers: BANK_VP, form: "demo" }, "crm-lead-1"); // the same request, keys in another order
    expect(reordered.json.lead?.id).toBe(created.json.lead!.id);

    const refused: [string, Promise<{ status: number; json: TBody; headers: Headers }>][] = [
      ["a new lead", post({ form: "demo", answers: { ...BANK_VP, email: "three@firstbank.com" } })],
      ["a new key", post({ form: "demo", answers: { ...BANK_VP, email: "four@firstbank.com" } }, "crm-lead-2")],
      ["another request under the first key", post({ form: "demo", answers: { ...BANK_VP, email: "five@firstbank.com" } }, "crm-lead-1")],
      ["a body that is not JSON", post("{", "crm-lead-1")],
    ];
    for (const [name, pending] of refused) {
      const response = await pending;
      expect({ name, status: response.status, code: response.json.error?.code }).toEqual({ name, status: 429, code: "RATE_LIMITED" });
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(await env.testDb.db.lead.count()).toBe(2);
  });

  it("a key without leads:write gets its 429 over the limit, not another key's lead", async () => {
    const limit = createRateLimits({ kind: "memory" }, HIGH).apiKey;
    const writer = (body: unknown) => handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body, headers: { "idempotency-key": "crm-lead-9" } }), NOW, env.kit.deps, { rateLimit: limit });
    expect((await writer({ form: "demo", answers: BANK_VP })).status).toBe(201);
    const { key: reader } = await createApiKey(env.testDb.db, { workspaceId: env.kit.workspaceId, name: "Reader", scopes: ["leads:read"] });
    const read = () => handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: reader, body: { form: "demo", answers: BANK_VP }, headers: { "idempotency-key": "crm-lead-9" } }), NOW, env.kit.deps, { rateLimit: limit });
    expect([(await read()).status, (await read()).status, (await read()).status]).toEqual([403, 403, 429]);
  });
});
