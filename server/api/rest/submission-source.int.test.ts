// Who may say "api": only a caller with an API key (POST /api/v1/leads). A form's public submissions
// endpoint (no key) records "public_api" when its caller names no source, and also when it names
// "api" (kept, 201, with a warning at context.source — never a 422); the hosted page's and the
// embed's own sources are kept. So the leads filter and analytics tell a server integration from an
// anonymous post. Real handlers, the seeded demo workspace, a real database.
import { describe, expect, it } from "vitest";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { listLeadFilterOptions } from "../../services/leads/list-leads";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead, handleGetLead } from "./handle-leads";
import { handleSubmission } from "./handle-submission";
import type { TLeadResource } from "./lead-resource";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TWarning = { path: string; message: string };

async function submit(context: Record<string, unknown>, email: string) {
  const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: { ...BANK_VP, email }, context: { fillTimeMs: 20_000, ...context } }),
  });
  const response = await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps });
  return readJson<{ leadId: string; warnings?: TWarning[] }>(response);
}

const sourceOf = async (leadId: string) => (await readJson<{ lead: TLeadResource }>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${leadId}`, { key: env.kit.key }), leadId, NOW))).json.lead.source;

describe(`a public submission never claims "api" (${lane})`, () => {
  it.each<[string, Record<string, unknown>, string, string[]]>([
    ["no source", {}, "public_api", []],
    ['"api" (an anonymous caller claiming the API key\'s source)', { source: "api" }, "public_api", ["context.source"]],
    ['"public_api"', { source: "public_api" }, "public_api", []],
    ['"hosted" (the hosted page)', { source: "hosted" }, "hosted", []],
    ['"embed" (the embed)', { source: "embed" }, "embed", []],
  ])("context.source %s (%j) → 201, recorded as %s", async (_name, context, source, warningPaths) => {
    const { status, json } = await submit(context, "vp@firstbank.com");
    expect(status).toBe(201);
    expect((json.warnings ?? []).map((w) => w.path)).toEqual(warningPaths);
    if (warningPaths.length > 0) expect(json.warnings![0]!.message).toContain('"public_api"');
    expect(await sourceOf(json.leadId)).toBe(source);
  });

  it("the leads filter and analytics see an API-key lead and an anonymous post apart", async () => {
    const anonymous = await submit({ source: "api" }, "anon@firstbank.com");
    const keyed = await readJson<{ lead: TLeadResource }>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: { ...BANK_VP, email: "crm@firstbank.com" } } }), NOW, env.kit.deps));
    expect(keyed.status).toBe(201);
    expect(keyed.json.lead.source).toBe("api");
    expect(await sourceOf(anonymous.json.leadId)).toBe("public_api");
    expect((await listLeadFilterOptions(env.testDb.db, env.kit.workspaceId)).sources.sort()).toEqual(["api", "public_api"]);
  });
});
