// `submittedAt` on POST /api/v1/leads (a CRM sync, a backfill) through the handlers, with the
// seeded demo workspace and its published routing (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// the lead keeps its time in GET and analytics; one older than a day is history (stored, not
// routed); a future time is a 422 naming the rule; the time is part of the Idempotency-Key's request.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { funnelReport } from "../../services/analytics/funnel-report";
import { analyticsFilters } from "../../services/analytics/analytics-filters";
import { loadAnalyticsLabels } from "../../services/analytics/analytics-labels";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateLead, handleGetLead } from "./handle-leads";
import type { TLeadResource } from "./lead-resource";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TLeadBody = { lead: TLeadResource; warnings?: { path: string; message: string }[] };
const post = async (body: unknown, headers: Record<string, string> = {}) =>
  readJson<TLeadBody & TApiErrorBody>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body, headers }), NOW, env.kit.deps));
const get = async (id: string) => readJson<TLeadBody>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW));
/** Leads of a source submitted in [from, to] (dates, inclusive), as the funnel counts them. */
const funnelCount = async (source: string, from: string, to: string) => {
  const report = await funnelReport(env.testDb.db, env.kit.workspaceId, analyticsFilters({ from, to }, NOW), "source", await loadAnalyticsLabels(env.testDb.db, env.kit.workspaceId));
  return report.slices.find((s) => s.key === source)?.funnel.steps[0]?.count ?? 0;
};

describe(`POST /api/v1/leads with submittedAt (${lane})`, () => {
  it("a backfilled lead from last month keeps its time in GET and analytics, and is stored as history: no owner, no alert, a warning", async () => {
    const { status, json } = await post({ answers: { plan: "pro", seats: 40 }, person: { email: "old@acme-corp.com" }, source: "import", submittedAt: "2026-10-27T10:00:00-04:00" });
    expect(status).toBe(201);
    expect(json.lead).toMatchObject({ submittedAt: "2026-10-27T14:00:00.000Z", status: "NEW", assignment: null, decision: null });
    expect(json.warnings).toEqual([{ path: "submittedAt", message: expect.stringMatching(/more than 24 hours ago: stored as history, not routed/) }]);
    expect((await get(json.lead.id)).json.lead.submittedAt).toBe("2026-10-27T14:00:00.000Z");
    // Nothing routed: no assignment, no routing job.
    expect(await env.testDb.db.leadAssignment.count({ where: { leadId: json.lead.id } })).toBe(0);
    // Analytics count it in the week it was submitted, not today's.
    expect(await funnelCount("import", "2026-10-26", "2026-11-01")).toBe(1);
    expect(await funnelCount("import", "2026-11-24", "2026-12-01")).toBe(0);
  });

  it("a lead submitted 3 hours ago keeps its time and is routed now like any lead", async () => {
    const { status, json } = await post({ form: "demo", answers: BANK_VP, submittedAt: "2026-12-01T12:00:00Z" });
    expect(status).toBe(201);
    expect(json.lead).toMatchObject({ submittedAt: "2026-12-01T12:00:00.000Z", status: "ASSIGNED", assignment: { rep: { name: expect.stringContaining("Sarah") } } });
    expect(json.warnings).toBeUndefined();
  });

  it.each([
    ["10 minutes ahead", "2026-12-01T15:10:00Z"],
    ["tomorrow, with an offset", "2026-12-02T09:00:00+01:00"],
  ])("a submittedAt in the future (%s) → 422 at submittedAt naming the rule; nothing stored", async (_name, submittedAt) => {
    const { status, json } = await post({ answers: { plan: "pro" }, person: { email: "soon@acme-corp.com" }, submittedAt });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "submittedAt", message: expect.stringMatching(/^Must not be in the future \(at most 5 minutes ahead/) }]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("Idempotency-Key: the same instant (another spelling) replays; another submittedAt under the key is a 422", async () => {
    const body = { answers: { plan: "pro" }, person: { email: "sync@acme-corp.com" }, source: "import", submittedAt: "2026-11-02T09:30:00Z" };
    const first = await post(body, { "idempotency-key": "crm:42" });
    expect(first.status).toBe(201);
    const again = await post({ ...body, submittedAt: "2026-11-02T10:30:00+01:00" }, { "idempotency-key": "crm:42" });
    expect([again.status, again.json.lead.id]).toEqual([200, first.json.lead.id]);
    const other = await post({ ...body, submittedAt: "2026-11-03T09:30:00Z" }, { "idempotency-key": "crm:42" });
    expect(other.status).toBe(422);
    expect(other.json.error.details).toEqual([{ path: "headers.idempotency-key", message: expect.stringMatching(/different request/) }]);
    expect(await env.testDb.db.lead.count()).toBe(1);
  });
  it("repeats are looked for in the 30 days before the lead's own time: an October backfill is no repeat of a November lead, a November one is a repeat of the October one", async () => {
    const person = { email: "again@acme-corp.com" };
    const november = await post({ answers: { plan: "pro" }, person, source: "import", submittedAt: "2026-11-20T10:00:00Z" });
    const october = await post({ answers: { plan: "pro" }, person, source: "import", submittedAt: "2026-10-15T10:00:00Z" });
    const later = await post({ answers: { plan: "pro" }, person, source: "import", submittedAt: "2026-11-01T10:00:00Z" });
    const repeatOf = async (id: string) => (await env.testDb.db.lead.findUniqueOrThrow({ where: { id }, select: { repeatOfLeadId: true } })).repeatOfLeadId;
    expect(await repeatOf(october.json.lead.id)).toBeNull();
    expect(await repeatOf(later.json.lead.id)).toBe(october.json.lead.id);
    expect(await repeatOf(november.json.lead.id)).toBeNull();
  });
});
