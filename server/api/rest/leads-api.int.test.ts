// The server-to-server leads API through its handlers, with real Request objects, a real API key
// and the seeded demo workspace with its published routing (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): auth, leads with and without a form, idempotency, reasons, reassignment.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { readStoredRotation, rotationCount } from "../../domain/routing/rotation-state";
import { revokeApiKey } from "../../services/api-keys/api-keys";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateLead, handleGetLead } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";
import type { TLeadResource } from "./lead-resource";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TLeadBody = { lead: TLeadResource };
const post = (body: unknown, options: { key?: string | null; headers?: Record<string, string> } = {}) =>
  handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: options.key === undefined ? env.kit.key : options.key, body, headers: options.headers }), NOW, env.kit.deps);
const get = (id: string, key: string = env.kit.key) => handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key }), id, NOW);
const reassign = (id: string, body: unknown, key: string = env.kit.key, at = NOW) => handleReassignLead(env.testDb.db, apiRequest("POST", `/leads/${id}/reassign`, { key, body }), id, at, env.kit.deps);
const smallLead = (email: string) => ({ answers: { company_size: "20-199", industry: "technology", region: "north_america" }, person: { email } });

describe(`authentication (${lane})`, () => {
  it.each<[string, string | null, RegExp]>([
    ["missing", null, /^Send a workspace API key/],
    // The scheme without a key (an empty template variable) is a missing key, not a wrong scheme.
    ["empty bearer", "Bearer ", /^Send a workspace API key/],
    ["bare bearer", "bearer", /^Send a workspace API key/],
    // Another scheme is named as such, not blamed on the key.
    ["not a bearer", "Basic c2I6c2I=", /is not a Bearer credential/],
    ["malformed", "Bearer sb_live_short", /not valid or was revoked/],
    ["unknown", "Bearer sb_live_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", /not valid or was revoked/],
  ])("%s key → 401 with WWW-Authenticate and no CORS", async (_name, authorization, message) => {
    const response = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { body: { answers: {} }, headers: authorization ? { authorization } : {} }), NOW, env.kit.deps);
    const { status, json, headers } = await readJson<TApiErrorBody>(response);
    expect(status).toBe(401);
    expect(json.error.code).toBe("UNAUTHORIZED");
    expect(json.error.message).toMatch(message);
    expect(headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("a revoked key → 401 on every endpoint", async () => {
    await revokeApiKey(env.testDb.db, env.kit.workspaceId, env.kit.keyId, NOW);
    expect((await post(smallLead("a@acme.com"))).status).toBe(401);
    expect((await get("x")).status).toBe(401);
    expect((await reassign("x", { reason: "r" })).status).toBe(401);
  });
});

describe(`POST /api/v1/leads (${lane})`, () => {
  it("with the demo form: validated, scored and routed to Sarah, with codes and texts", async () => {
    const { status, json, headers } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP, source: "crm", utm: { utm_campaign: "q4" }, timeZone: "America/New_York" }));
    expect(status).toBe(201);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    const lead = json.lead;
    expect(lead).toMatchObject({ status: "ASSIGNED", form: { slug: "demo", version: 1 }, source: "crm", utm: { utm_campaign: "q4" }, person: { email: "vp@firstbank.com", name: "Victoria Park", company: "First Bank" } });
    expect(lead.score.total).toBeGreaterThan(0);
    expect(lead.score.dimensions.map((d) => d.key)).toEqual(["fit", "intent", "value"]);
    expect(lead.score.breakdown[0]).toEqual({ dimension: expect.any(String), points: expect.any(Number), explanation: expect.any(String) });
    expect(lead.tier).toEqual({ key: "sales_ready", label: "Sales-ready" });
    expect(lead.answers.find((a) => a.key === "industry")).toEqual({ key: "industry", label: "Industry", value: "financial_services", display: "Financial services" });
    const assignment = lead.assignment!;
    expect(assignment).toMatchObject({ kind: "ROUTED", isCurrent: true, rep: { id: await env.kit.repIdOf("Sarah"), name: "Sarah Chen", email: "sarah@demo.switchboard.dev" }, path: { id: "enterprise", name: "Enterprise" }, configVersion: 1 });
    expect(assignment.headline).toMatch(/^Routed to Sarah Chen: Enterprise path · .*financial services match.* · available now · lightest pipeline/);
    expect(assignment.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["PATH_MATCHED", "MATCHED", "AVAILABLE_NOW", "LEAST_LOADED"]));
    for (const reason of assignment.reasons) expect(reason.text).toEqual(expect.any(String));
    expect(assignment.reasons.find((r) => r.code === "AVAILABLE_NOW")).toEqual({ code: "AVAILABLE_NOW", timeZone: "America/New_York", text: "available now" });
    // Priya was in the pool and was not chosen: she is listed with her reasons.
    const priya = assignment.skipped.find((s) => s.rep.name === "Priya Patel")!;
    expect(priya.reasons.length).toBeGreaterThan(0);
    expect(priya.reasons[0]).toEqual(expect.objectContaining({ code: expect.any(String), text: expect.any(String) }));
    expect(lead.history).toHaveLength(1);
  });

  it("with the form, bad answers → 422 with their paths and nothing written", async () => {
    // tier sent with a form is only a warning now (intake-leniency.int.test.ts): the 422 names the answer.
    const { status, json } = await readJson<TApiErrorBody>(await post({ form: "demo", answers: { ...BANK_VP, industry: "banking", shoe_size: 42 }, tier: "hot" }));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["answers.industry"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("a body refused for its shape also names its answers' problems: every problem in one 422, nothing written", async () => {
    const { status, json } = await readJson<TApiErrorBody>(await post({ form: "demo", answers: { ...BANK_VP, industry: "banking" }, score: 99, person: { email: "nope" } }));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path).sort()).toEqual(["answers.industry", "person.email", "score"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
    // The answers are checked as in a valid body: a nested value is named; a required question left out is not
    // (an API key's lead is kept with a warning for it: leads-lenient-intake.int.test.ts).
    const partial = await readJson<TApiErrorBody>(await post({ form: "demo", answers: { company: { name: "x" } }, score: 99 }));
    expect(partial.json.error.details.map((d) => d.path)).toEqual(["score", "answers.company"]);
    // An unknown form adds nothing to the shape's problems (its own 422 comes once the shape is right).
    const unknownForm = await readJson<TApiErrorBody>(await post({ form: "no-such-form", answers: { industry: "banking" }, score: 99 }));
    expect(unknownForm.json.error.details.map((d) => d.path)).toEqual(["score"]);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("a CRM sync posts every field: unknown keys and answers the logic hides are kept as not applicable, 201 with warnings, routed as without them", async () => {
    const { status, json } = await readJson<TLeadBody & { warnings: { path: string; message: string }[] }>(await post({ form: "demo", answers: { ...BANK_VP, shoe_size: 42 } }));
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "answers.shoe_size", message: expect.stringContaining("not applicable") }]);
    const row = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.lead.id } });
    expect(row.notApplicableAnswers).toEqual({ shoe_size: 42 });
    expect(row.answers).not.toHaveProperty("shoe_size");
    expect(row.status).toBe("ASSIGNED");
  });

  it("without a form: answers as given, tier as sent, routed the same way", async () => {
    const { status, json } = await readJson<TLeadBody>(
      await post({ answers: { company_size: "1000-4999", industry: "financial_services", region: "north_america", seats: 40, sso: true, tools: ["salesforce"] }, person: { email: "CFO@BigBank.com", name: "Carl" }, tier: "sales_ready", estimatedValue: 90000 }),
    );
    expect(status).toBe(201);
    expect(json.lead).toMatchObject({ form: null, tier: { key: "sales_ready" }, score: { total: 0, dimensions: [], breakdown: [] }, estimatedValue: 90000, source: "api", person: { email: "cfo@bigbank.com" } });
    expect(json.lead.answers).toContainEqual({ key: "tools", label: "tools", value: ["salesforce"], display: "salesforce" });
    expect(json.lead.assignment?.rep?.name).toBe("Sarah Chen");
  });

  it("without a form, an answer that is not a plain value is left out with a warning: the lead is kept (it was a 422)", async () => {
    const { status, json } = await readJson<TLeadBody & { warnings: { path: string; message: string }[] }>(await post({ answers: { company: { name: "x" }, seats: 40, note: null }, person: { email: "nested@shop.com" } }));
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "answers.company", message: expect.stringContaining("not kept") }]);
    expect(json.lead.answers.map((a) => a.key)).toEqual(["seats"]);
  });

  it("without a form and without a tier: unscored, score 0, round-robin in Inside Sales", async () => {
    const { json } = await readJson<TLeadBody>(await post(smallLead("amy@shop.com")));
    expect(json.lead.tier).toEqual({ key: "unscored", label: "Unscored" });
    expect(json.lead.assignment).toMatchObject({ rep: { name: "Tom Becker" }, path: { id: "inbound" } });
    expect(json.lead.assignment!.reasons.map((r) => r.code)).toContain("ROUND_ROBIN_TURN");
  });

  it.each<[string, string, unknown]>([
    // "bad answer key" is no longer a 422: kept as not applicable with a warning (lead-odd-input.int.test.ts).
    ["unknown property", "score", { answers: {}, score: 99 }],
    ["bad email", "person.email", { answers: {}, person: { email: "nope" } }],
    // An unknown time zone is no longer a 422: the lead kept without one, a warning at timeZone (lead-time-zone.int.test.ts).
    ["a time zone that is not text", "timeZone", { answers: {}, timeZone: 7 }],
    ["unknown form", "form", { form: "no-such-form", answers: {} }],
    // answers left out is no longer a 422 (a lead may be only its person: leads-lenient-intake.int.test.ts).
    ["answers not an object", "answers", { answers: ["x"], person: { email: "a@b.co" } }],
  ])("%s → 422 at %s", async (_name, path, body) => {
    const { status, json } = await readJson<TApiErrorBody>(await post(body));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toContain(path);
    expect(await env.testDb.db.lead.count()).toBe(0);
  });

  it("malformed JSON → 400; over 64 KB → 413", async () => {
    expect((await readJson<TApiErrorBody>(await post('{"answers": '))).json.error).toMatchObject({ code: "MALFORMED_JSON", details: [{ path: "body" }] });
    expect((await post({ answers: { a: "x".repeat(70_000) } })).status).toBe(413);
  });

  it("the same Idempotency-Key twice → the same lead, 201 then 200", async () => {
    const headers = { "idempotency-key": "crm-42" };
    const first = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }, { headers }));
    const second = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }, { headers }));
    const free = await readJson<TLeadBody>(await post(smallLead("x@shop.com"), { headers: { "idempotency-key": "crm-43" } }));
    const freeAgain = await readJson<TLeadBody>(await post(smallLead("x@shop.com"), { headers: { "idempotency-key": "crm-43" } }));
    expect([first.status, second.status, free.status, freeAgain.status]).toEqual([201, 200, 201, 200]);
    expect(second.json.lead.id).toBe(first.json.lead.id);
    expect(freeAgain.json.lead.id).toBe(free.json.lead.id);
    expect(await env.testDb.db.lead.count()).toBe(2);
    expect(await env.testDb.db.leadAssignment.count()).toBe(2);
  });

  it("the same Idempotency-Key with another request → 422 naming the header, nothing written; the same request in another key order → 200 with the first answer's warnings", async () => {
    type TBody = TLeadBody & { warnings?: { path: string; message: string }[] };
    const headers = { "idempotency-key": "crm-77" };
    const first = await readJson<TBody>(await post({ form: "demo", answers: { ...BANK_VP, full_name: "First Idem", shoe_size: 42 } }, { headers }));
    expect(first.status).toBe(201);
    const other = await readJson<TApiErrorBody>(await post({ form: "demo", answers: { ...BANK_VP, full_name: "Second Idem", shoe_size: 42 } }, { headers }));
    expect(other.status).toBe(422);
    expect(other.json.error.details).toEqual([{ path: "headers.idempotency-key", message: expect.stringContaining("different request") }]);
    const reordered = Object.fromEntries(Object.entries({ ...BANK_VP, full_name: "First Idem", shoe_size: 42 }).reverse());
    const again = await readJson<TBody>(await post({ answers: reordered, form: "demo" }, { headers }));
    expect(again.status).toBe(200);
    expect(again.json.lead.id).toBe(first.json.lead.id);
    expect(again.json.warnings).toEqual(first.json.warnings);
    expect(again.json.warnings).toEqual([{ path: "answers.shoe_size", message: expect.any(String) }]);
    expect(await env.testDb.db.lead.count()).toBe(1);
  });
});

describe(`GET /api/v1/leads/{id} (${lane})`, () => {
  it("the lead of the key's workspace; another workspace's key → 404", async () => {
    const { json } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const mine = await readJson<TLeadBody>(await get(json.lead.id));
    expect(mine.status).toBe(200);
    expect(mine.json).toEqual(JSON.parse(JSON.stringify(json)));
    const theirs = await readJson<TApiErrorBody>(await get(json.lead.id, env.kit.otherKey));
    expect(theirs.status).toBe(404);
    expect(theirs.json.error.code).toBe("NOT_FOUND");
    expect(theirs.json.error.details).toEqual([{ path: "leadId", message: "Not found" }]);
    const notTheirs = await readJson<TApiErrorBody>(await reassign(json.lead.id, { reason: "mine now" }, env.kit.otherKey));
    expect([notTheirs.status, notTheirs.json.error.details]).toEqual([404, [{ path: "leadId", message: "Not found" }]]);
    // A 409 about the lead's state names the lead too; a 401 (about the key) has no path.
    await env.testDb.db.lead.update({ where: { id: json.lead.id }, data: { status: "CLOSED" } });
    const closed = await readJson<TApiErrorBody>(await reassign(json.lead.id, { reason: "mine now" }));
    expect([closed.status, closed.json.error.details.map((d) => d.path)]).toEqual([409, ["leadId"]]);
    const noKey = await readJson<TApiErrorBody>(await get(json.lead.id, ""));
    expect([noKey.status, noKey.json.error.details]).toEqual([401, []]);
    expect((await get("no-such-lead")).status).toBe(404);
    // A NUL in the id (GET /leads/%00) reached the database and was a 500; it is the caller's input.
    // As Next.js hands it over: %00 in the URL, the NUL in the decoded parameter (a bare trailing NUL would be stripped from a URL).
    const nul = await readJson<TApiErrorBody>(await handleGetLead(env.testDb.db, apiRequest("GET", "/leads/%00", { key: env.kit.key }), "\u0000", NOW));
    expect([nul.status, nul.json.error.code, nul.json.error.details[0]?.path]).toEqual([400, "BAD_REQUEST", "leadId"]);
    // Nor can another workspace file leads on this workspace's form.
    const foreign = await readJson<TApiErrorBody>(await post({ form: "demo", answers: BANK_VP }, { key: env.kit.otherKey }));
    expect(foreign.status).toBe(422);
    expect(foreign.json.error.details).toEqual([{ path: "form", message: expect.any(String) }]);
  });

  it.each<[string, string, string]>([
    ["nurture", "nurture", "NURTURE"],
    ["disqualified", "disqualified", "DISQUALIFIED"],
  ])("a %s lead carries its decision (path, reasons, config version) like a routed one", async (tier, pathId, reasonCode) => {
    const { json: created } = await readJson<TLeadBody>(await post({ answers: { company_size: "1-19" }, person: { email: `${tier}@tiny.io` }, tier }));
    const { status, json } = await readJson<TLeadBody>(await get(created.lead.id));
    expect(status).toBe(200);
    expect(json.lead.status).toBe(reasonCode);
    expect(json.lead.assignment).toBeNull();
    expect(json.lead.decision).toMatchObject({ outcome: tier, path: { id: pathId, name: expect.any(String) }, configVersion: 1, assignmentId: null, headline: expect.any(String) });
    expect(json.lead.decision!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["PATH_MATCHED", reasonCode]));
    for (const reason of json.lead.decision!.reasons) expect(reason.text).toEqual(expect.any(String));
    expect(created.lead.decision).toEqual(json.lead.decision);
  });

  it("a routed lead's decision is its current assignment's", async () => {
    const { json } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const assignment = json.lead.assignment!;
    expect(json.lead.decision).toEqual({
      outcome: "assigned",
      path: assignment.path,
      strategy: assignment.strategy,
      configVersion: 1,
      decidedAt: assignment.assignedAt,
      assignmentId: assignment.id,
      headline: assignment.headline,
      reasons: assignment.reasons,
      skipped: assignment.skipped,
    });
  });

  it("a lead stored with its assignment but no routing events (the demo's history, an import) shows that assignment's decision", async () => {
    const { json: created } = await readJson<TLeadBody>(await post({ form: "demo", answers: { ...BANK_VP, email: "history@firstbank.com" } }));
    await env.testDb.db.leadEvent.deleteMany({ where: { leadId: created.lead.id } });
    const { json } = await readJson<TLeadBody>(await get(created.lead.id));
    expect(json.lead.decision).not.toBeNull();
    expect(json.lead.decision).toEqual(created.lead.decision);
  });

  it("skipped reps carry their reasons: Sarah at capacity when the lead goes to Priya", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await env.testDb.db.repProfile.update({ where: { id: sarah }, data: { maxOpenLeads: 0 } });
    const { json } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const assignment = json.lead.assignment!;
    expect(assignment.rep?.name).toBe("Priya Patel");
    expect(assignment.skipped).toContainEqual({ rep: { id: sarah, name: "Sarah Chen" }, pathId: "enterprise", reasons: [{ code: "AT_CAPACITY_OPEN", open: 0, max: 0, text: "at capacity 0/0" }] });
  });
});

describe(`POST /api/v1/leads/{id}/reassign (${lane})`, () => {
  it("to a named rep (Tom): manual override recorded with its reason, one current owner, alert", async () => {
    const { json: created } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const tom = await env.kit.repIdOf("Tom");
    const { status, json } = await readJson<TLeadBody>(await reassign(created.lead.id, { toRepId: tom, reason: "Knows the buyer" }, env.kit.key, new Date(NOW.getTime() + 60_000)));
    expect(status).toBe(200);
    expect(json.lead.status).toBe("ASSIGNED");
    expect(json.lead.assignment).toMatchObject({ kind: "REASSIGNED", rep: { id: tom }, note: "Knows the buyer", headline: "Routed to Tom Becker: assigned manually" });
    expect(json.lead.assignment!.reasons).toEqual([{ code: "MANUAL_OVERRIDE", repId: tom, byUserId: null, reason: "Knows the buyer", text: "assigned manually: Knows the buyer" }]);
    expect(json.lead.history.map((a) => [a.rep?.name, a.isCurrent, a.endedAt !== null])).toEqual([
      ["Sarah Chen", false, true],
      ["Tom Becker", true, false],
    ]);
    const row = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: created.lead.id }, include: { assignments: true, events: true } });
    expect(row.ownerRepId).toBe(tom);
    expect(row.assignments.filter((a) => a.isCurrent)).toHaveLength(1);
    expect(row.events.find((e) => e.type === "reassigned")?.data).toMatchObject({ mode: "manual", from: await env.kit.repIdOf("Sarah"), to: tom, reason: "Knows the buyer", byUserId: null });
    await runAfterCommitJobs(env.kit); // the alert is stored after commit, by its job
    expect(await env.testDb.db.emailMessage.count({ where: { template: "rep-alert", to: { has: "tom@demo.switchboard.dev" } } })).toBe(1);
  });

  it("to the next best rep: routed again without the current owner, with the event", async () => {
    const { json: created } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const { status, json } = await readJson<TLeadBody>(await reassign(created.lead.id, { reason: "Conflict of interest" }));
    expect(status).toBe(200);
    expect(json.lead.assignment).toMatchObject({ kind: "REASSIGNED", rep: { name: "Priya Patel" }, note: "Conflict of interest", path: { id: "enterprise" } });
    const events = await env.testDb.db.leadEvent.findMany({ where: { leadId: created.lead.id, type: "reassigned" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ mode: "next_best", from: await env.kit.repIdOf("Sarah"), to: await env.kit.repIdOf("Priya"), reason: "Conflict of interest" });
    expect(await env.testDb.db.leadAssignment.count({ where: { leadId: created.lead.id, isCurrent: true } })).toBe(1);
  });

  it("gives a round-robin rep its turn back in the pool", async () => {
    const { json: created } = await readJson<TLeadBody>(await post(smallLead("amy@shop.com")));
    const tom = await env.kit.repIdOf("Tom");
    expect(created.lead.assignment?.rep?.id).toBe(tom);
    const pointer = () => env.testDb.db.rotationPointer.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, poolId: { startsWith: "inbound/" } } });
    expect(rotationCount(readStoredRotation((await pointer()).state), tom)).toBe(1);
    await reassign(created.lead.id, { toRepId: await env.kit.repIdOf("Priya"), reason: "Upsell" });
    expect(rotationCount(readStoredRotation((await pointer()).state), tom)).toBe(0);
  });

  it("routes from a pool pointer an earlier release stored (credits by rep id) and stores it in today's form", async () => {
    const { json: first } = await readJson<TLeadBody>(await post(smallLead("amy@shop.com")));
    const tom = await env.kit.repIdOf("Tom");
    expect(first.lead.assignment?.rep?.id).toBe(tom);
    const where = { workspaceId: env.kit.workspaceId, poolId: { startsWith: "inbound/" } };
    const stored = readStoredRotation((await env.testDb.db.rotationPointer.findFirstOrThrow({ where })).state)!;
    // The earlier form, with every other member five turns ahead: Tom, who just had a turn, is owed the next one.
    const credits = Object.fromEntries(stored.repIds.map((id, i) => [id, stored.counts[i]! + (id === tom ? 0 : 5)]));
    const { repIds: _ids, counts: _counts, ...head } = stored;
    await env.testDb.db.rotationPointer.updateMany({ where, data: { state: { ...head, credits } } });
    const { json: second } = await readJson<TLeadBody>(await post(smallLead("bo@shop.com")));
    expect(second.lead.assignment?.rep?.id).toBe(tom);
    const after = (await env.testDb.db.rotationPointer.findFirstOrThrow({ where })).state as Record<string, unknown>;
    expect(after).not.toHaveProperty("credits");
    expect(rotationCount(readStoredRotation(after), tom)).toBe(credits[tom]! + 1);
    expect(readStoredRotation(after)?.repIds).toEqual(stored.repIds);
  });

  it.each<[string, (ids: { tom: string; sarah: string }) => unknown, string]>([
    ["reason missing", () => ({}), "reason"],
    ["reason too long", () => ({ reason: "x".repeat(501) }), "reason"],
    ["unknown rep", () => ({ toRepId: "nobody", reason: "r" }), "toRepId"],
    ["unknown property", () => ({ reason: "r", force: true }), "force"],
  ])("%s → 422", async (_name, body, path) => {
    const { json: created } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const ids = { tom: await env.kit.repIdOf("Tom"), sarah: await env.kit.repIdOf("Sarah") };
    const { status, json } = await readJson<TApiErrorBody>(await reassign(created.lead.id, body(ids)));
    expect(status).toBe(422);
    if (path) expect(json.error.details.map((d) => d.path)).toContain(path);
    expect(await env.testDb.db.leadAssignment.count()).toBe(1);
  });

  it("an inactive rep cannot be chosen", async () => {
    const { json: created } = await readJson<TLeadBody>(await post({ form: "demo", answers: BANK_VP }));
    const tom = await env.kit.repIdOf("Tom");
    await env.testDb.db.repProfile.update({ where: { id: tom }, data: { isActive: false } });
    expect((await reassign(created.lead.id, { toRepId: tom, reason: "r" })).status).toBe(422);
  });
});
