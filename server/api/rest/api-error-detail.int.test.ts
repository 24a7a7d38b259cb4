// What an integrator with curl reads in a 422 (real handlers, a real API key, the seeded demo
// workspace; PGlite, or PostgreSQL with TEST_DATABASE_URL):
// - POST /api/v1/leads: an answer that is not one of a choice question's options names the
//   allowed values (the first 20, then "…and N more"); the hosted form's endpoint keeps the
//   prospect's short message (the options are next to the control there).
// - GET /api/v1/leads: a bad limit, cursor or filter value is refused in plain words at the
//   parameter's name, not in zod's wording.
// - PUT /api/v1/routing: a rep listed twice in a team is refused at the second entry, naming the
//   rep (it was silently listed once), and nothing changes.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { BANK_VP, publishDemoVersion, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateLead, handleListLeads } from "./handle-leads";
import { handleGetRouting, handlePutRouting, handleTestRouting } from "./handle-routing";
import { handleSubmission } from "./handle-submission";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const SIZES = "“1-19”, “20-199”, “200-999”, “1000-4999”, “5000+”";
const USE_CASES = "“lead_routing”, “lead_scoring”, “forms”, “scheduling”, “analytics”";

const postLead = async (body: unknown) => readJson<TApiErrorBody>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps));
const list = async (query: string) => readJson<TApiErrorBody>(await handleListLeads(env.testDb.db, apiRequest("GET", `/leads?${query}`, { key: env.kit.key }), NOW));
const put = async (body: unknown) => readJson<TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));
const getDoc = async () => (await readJson<{ version: number; teams: { id: string; name: string; members: string[] }[]; reps: unknown[]; config: unknown; meetingTypes: unknown[] }>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW))).json;

describe(`POST /api/v1/leads: a choice answer that is not an option (${lane})`, () => {
  it.each<[string, Record<string, unknown>, { path: string; message: string }]>([
    ["single choice (was only “Please choose one of the options”)", { company_size: "1000+" }, { path: "answers.company_size", message: `Please choose one of the options: ${SIZES}` }],
    ["a number for a choice", { company_size: 5 }, { path: "answers.company_size", message: `Please choose one of the options: ${SIZES}` }],
    ["multiple choice", { use_case: ["lead_routing", "crm"] }, { path: "answers.use_case", message: `Please choose only from the options: ${USE_CASES}` }],
  ])("%s: 422 at its path, the allowed values listed, nothing written", async (_name, patch, detail) => {
    const { status, json } = await postLead({ form: "demo", answers: { ...BANK_VP, ...patch } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([detail]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("in a body refused for its shape too (every problem in one 422)", async () => {
    const { status, json } = await postLead({ form: "demo", answers: { ...BANK_VP, company_size: "1000+" }, score: 99 });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "score", message: "Unknown property" }, { path: "answers.company_size", message: `Please choose one of the options: ${SIZES}` }]);
  });

  it("a question with many options: the first 20 values and how many more", async () => {
    const extra = Array.from({ length: 18 }, (_, i) => ({ value: `sector_${i + 1}`, label: `Sector ${i + 1}` }));
    await publishDemoVersion(env.testDb, env.kit, (definition) => ({
      ...definition,
      steps: definition.steps.map((step) => ({ ...step, fields: step.fields.map((field) => (field.key === "industry" ? { ...field, options: [...(field.options ?? []), ...extra] } : field)) })),
    }));
    const { status, json } = await postLead({ form: "demo", answers: { ...BANK_VP, industry: "banking" } });
    expect(status).toBe(422);
    const first20 = ["financial_services", "technology", "healthcare", "retail", "manufacturing", "education", "other", ...extra.slice(0, 13).map((o) => o.value)];
    expect(json.error.details).toEqual([{ path: "answers.industry", message: `Please choose one of the options: ${first20.map((v) => `“${v}”`).join(", ")}, …and 5 more` }]);
  });

  it("the hosted form's endpoint keeps the prospect's short message (the options are on the page)", async () => {
    const body = { answers: { ...BANK_VP, company_size: "1000+" }, context: { startedAt: new Date(NOW.getTime() - 60_000).toISOString(), source: "hosted" } };
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const { status, json } = await readJson<TApiErrorBody>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission }));
    expect(status).toBe(422);
    // (the logic then asks a question the BANK_VP answers skip: a required one left empty, also in the 422)
    expect(json.error.details).toContainEqual({ path: "answers.company_size", message: "Please choose one of the options" });
  });
});

describe(`GET /api/v1/leads: bad query values in plain words (${lane})`, () => {
  const LIMIT = "limit must be a whole number from 1 to 100 (default 50)";
  it.each<[string, string, string]>([
    ["limit=abc", "limit", LIMIT],
    ["limit=0", "limit", LIMIT],
    ["limit=1000", "limit", LIMIT],
    ["limit=2.5", "limit", LIMIT],
    ["cursor=garbage", "cursor", "Not a cursor this API returned (use nextCursor as given)"],
    [`cursor=${"9".repeat(250)}`, "cursor", "Not a cursor this API returned (use nextCursor as given)"],
    ["ownerRepId=", "ownerRepId", "ownerRepId must be a rep id of 1 to 100 characters (owner.repId of a lead, or GET /api/v1/members)"],
  ])("?%s → 422 at %j: %j", async (query, path, message) => {
    const { status, json } = await list(query);
    expect(status).toBe(422);
    expect(json.error.code).toBe("VALIDATION");
    expect(json.error.details).toEqual([{ path, message }]);
  });
});

describe(`PUT /api/v1/routing: a rep listed twice in a team (${lane})`, () => {
  it("422 at the second entry naming the rep and the first; nothing changes", async () => {
    const before = await getDoc();
    const sarah = await env.kit.repIdOf("Sarah");
    const priya = await env.kit.repIdOf("Priya");
    const { version: _v, ...doc } = structuredClone(before);
    expect(doc.teams[0]).toMatchObject({ name: "Enterprise", members: [sarah, priya] });
    doc.teams[0]!.members = [sarah, priya, sarah];
    const { status, json } = await put(doc);
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "teams.0.members.2", message: `Sarah Chen (rep “${sarah}”) is already listed at teams.0.members.0: list each rep once` }]);
    expect(await getDoc()).toEqual(before);
  });

  it("the document as GET returns it (each rep once) still applies; a dry run with the published config is unaffected", async () => {
    const { version: _v, ...doc } = await getDoc();
    expect((await put(doc)).status).toBe(200);
    const dry = await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body: { lead: { form: "demo", answers: BANK_VP } } }), NOW);
    expect(dry.status).toBe(200);
  });
});
