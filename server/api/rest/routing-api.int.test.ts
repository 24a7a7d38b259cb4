// Routing as code through its handlers, with a real API key on the seeded demo workspace (PGlite,
// or PostgreSQL with TEST_DATABASE_URL): the document round-trips, a valid one applies atomically
// as a new version, every bad one answers with precise paths and changes nothing, and the dry run
// writes nothing.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { DEFAULT_LEARNED_CHOOSER } from "../../domain/routing/learned/learned-config";
import { handleGetRouting, handlePutRouting, handleTestRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TDoc = TRoutingDocumentView & { warnings?: unknown[] };
const getDoc = async (key = env.kit.key) => readJson<TDoc>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key }), NOW));
const put = async (body: unknown, key = env.kit.key) => readJson<TDoc & TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key, body }), NOW));
const dryRun = async (body: unknown) => readJson<TRoutingTestAnswer & TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));
const editable = (doc: TDoc) => {
  const { version: _v, warnings: _w, changed: _c, ...rest } = doc as TDoc & { changed?: boolean };
  return structuredClone(rest) as Omit<TDoc, "version" | "warnings"> & { config: NonNullable<TDoc["config"]> };
};

describe(`GET /api/v1/routing (${lane})`, () => {
  it("teams, rep routing profiles and the published config as one document; no CORS", async () => {
    const { status, json, headers } = await getDoc();
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(json.version).toBe(1);
    expect(json.teams.map((t) => t.name)).toEqual(["Enterprise", "Inside Sales", "APAC"]);
    const sarah = json.reps.find((r) => r.name === "Sarah Chen")!;
    expect(Object.keys(sarah)).toEqual(["id", "email", "name", "title", "seniority", "skills", "industries", "segments", "languages", "regions", "timeZone", "workingHours", "maxOpenLeads", "maxNewLeadsPerDay", "routingWeight", "isActive", "timeOff"]);
    expect(json.teams[0]!.members).toEqual([sarah.id, await env.kit.repIdOf("Priya")]);
    expect(json.config?.paths.map((p) => p.id)).toEqual(["nurture", "disqualified", "apac", "enterprise", "inbound"]);
  });

  it("401 without a key; another workspace sees only its own (empty) routing", async () => {
    expect((await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing"), NOW)).status).toBe(401);
    expect((await getDoc(env.kit.otherKey)).json).toEqual({ version: null, teams: [], reps: [], config: null, meetingTypes: [] });
  });
});

describe(`PUT /api/v1/routing (${lane})`, () => {
  it("the document as read applies unchanged and publishes nothing (changed false, same version)", async () => {
    const before = await getDoc();
    const { status, json } = await put(before.json);
    expect(status).toBe(200);
    expect([json.version, (json as { changed?: boolean }).changed]).toEqual([1, false]);
    expect(editable(json)).toEqual(editable(before.json));
  });

  it("applies teams, members, rep profiles and the config together; a new team is named by its key", async () => {
    const doc = editable((await getDoc()).json);
    const tom = await env.kit.repIdOf("Tom");
    const maya = await env.kit.repIdOf("Maya");
    doc.teams.push({ key: "emea", name: "EMEA", description: "Europe", isActive: true, members: [tom, maya] } as never);
    doc.teams[1]!.name = "Inside Sales NA";
    doc.teams[1]!.members = [maya, tom];
    doc.reps.find((r) => r.id === tom)!.maxOpenLeads = 3;
    doc.reps.find((r) => r.id === tom)!.timeZone = "Europe/Berlin";
    doc.config.paths.splice(2, 0, {
      id: "emea",
      name: "EMEA",
      when: { kind: "rule", ref: "lead.region", operator: "equals", value: "europe" },
      destination: { type: "team", teamId: "emea", strategy: { filters: [], chooser: { type: "round_robin", variant: "strict", maxCatchUp: null }, accountOwnership: false } },
    });
    const { status, json } = await put(doc);
    expect(status).toBe(200);
    expect(json.version).toBe(2);
    const emea = json.teams.find((t) => t.name === "EMEA")!;
    expect(emea).toMatchObject({ description: "Europe", members: [tom, maya] });
    expect(json.teams[1]).toMatchObject({ name: "Inside Sales NA", members: [maya, tom] });
    expect(json.reps.find((r) => r.id === tom)).toMatchObject({ maxOpenLeads: 3, timeZone: "Europe/Berlin" });
    expect(json.config?.paths[2]?.destination).toMatchObject({ type: "team", teamId: emea.id });
    expect((await getDoc()).json).toEqual({ ...json, warnings: undefined, changed: undefined, version: 2 } as never as TDoc);
  });

  type TBad = { name: string; edit: (doc: ReturnType<typeof editable>) => unknown; status?: number; code?: string; paths: string[] };
  const badCases: TBad[] = [
    // A 400, as on every other endpoint (it was a 422 here alone).
    { name: "malformed JSON", edit: () => '{"teams": [', status: 400, code: "MALFORMED_JSON", paths: ["body"] },
    { name: "JSON of the wrong shape", edit: (doc) => ({ ...doc, teams: "all of them" }), paths: ["teams"] },
    { name: "unknown property", edit: (doc) => ({ ...doc, owners: [] }), paths: ["owners"] },
    { name: "unknown properties of a rep and of a path, at once", edit: (doc) => ({ ...doc, reps: doc.reps.map((r, i) => (i === 0 ? { ...r, colour: "red" } : r)), config: { ...doc.config, paths: doc.config.paths.map((p, i) => (i === 0 ? { ...p, bogus: 1 } : p)) } }), paths: ["reps.0.colour", "config.paths.0.bogus"] },
    { name: "unknown rep", edit: (doc) => ({ ...doc, reps: [...doc.reps, { ...doc.reps[0]!, id: "rep_ghost" }] }), paths: ["reps.5.id"] },
    {
      name: "unknown rep as a team member and as a path's rep",
      edit: (doc) => {
        doc.teams[0]!.members.push("rep_ghost");
        doc.config.paths[1] = { ...doc.config.paths[1]!, destination: { type: "rep", repId: "rep_ghost" } };
        return doc;
      },
      paths: ["teams.0.members.2", "config.paths.1.destination.repId"],
    },
    {
      name: "unknown field in a condition",
      edit: (doc) => {
        doc.config.paths[4]!.when = { kind: "group", op: "and", conditions: [{ kind: "rule", ref: "answers.shoe_size", operator: "equals", value: "42" }] };
        return doc;
      },
      paths: ["config.paths.4.when.conditions.0.ref"],
    },
    {
      name: "time off: a period id of another rep, and an end before its start",
      edit: (doc) => {
        doc.reps[0]!.timeOff = [{ id: "leave_of_someone_else", startsAt: "2026-12-24T00:00:00Z", endsAt: "2026-12-27T00:00:00Z", note: "" }];
        doc.reps[1]!.timeOff = [{ startsAt: "2026-12-27T00:00:00Z", endsAt: "2026-12-24T00:00:00Z", note: "" } as never];
        return doc;
      },
      paths: ["reps.1.timeOff.0.endsAt"],
    },
    {
      // The repeat was reported only once the parse error was fixed: one round of fixes is enough.
      name: "a rep listed twice in a team beside a parse error: both at once",
      edit: (doc) => {
        doc.teams[0]!.members.push(doc.teams[0]!.members[0]!);
        doc.reps[1]!.timeZone = "Mars/Olympus";
        return doc;
      },
      paths: ["reps.1.timeZone", "teams.0.members.2"],
    },
    { name: "unknown team", edit: (doc) => ({ ...doc, teams: [...doc.teams, { id: "team_ghost", name: "Ghosts", description: "", isActive: true, members: [] }] }), paths: ["teams.3.id"] },
    {
      name: "missing fallback",
      edit: (doc) => {
        const { fallback: _f, ...config } = doc.config;
        return { ...doc, config };
      },
      paths: ["config.fallback"],
    },
    {
      name: "invalid time zone in a rep profile (with a valid team change beside it)",
      edit: (doc) => {
        doc.teams[0]!.name = "Renamed";
        doc.reps[1]!.timeZone = "Mars/Olympus";
        return doc;
      },
      paths: ["reps.1.timeZone"],
    },
  ];

  it.each(badCases)("$name → 4xx with paths, nothing changes", async ({ edit, status = 422, code = "VALIDATION", paths }) => {
    const before = await getDoc();
    const versions = await env.testDb.db.routingConfigVersion.count();
    const response = await put(edit(editable(before.json)));
    expect(response.status).toBe(status);
    expect(response.json.error.code).toBe(code);
    expect(response.json.error.details.map((d) => d.path).sort()).toEqual([...paths].sort());
    for (const detail of response.json.error.details) expect(detail.message).toEqual(expect.any(String));
    expect((await getDoc()).json).toEqual(before.json);
    expect(await env.testDb.db.routingConfigVersion.count()).toBe(versions);
  });

  it("time off: GET shows a rep's out-of-office periods, PUT sets them (kept by id, new without, left out deleted) and routing honours them", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    const stored = await env.testDb.db.repTimeOff.create({ data: { repId: sarah, startsAt: new Date("2026-11-01T00:00:00Z"), endsAt: new Date("2026-11-02T00:00:00Z"), note: "Dentist" } });
    const doc = editable((await getDoc()).json);
    const entry = doc.reps.find((r) => r.id === sarah)!;
    expect(entry.timeOff).toEqual([{ id: stored.id, startsAt: "2026-11-01T00:00:00.000Z", endsAt: "2026-11-02T00:00:00.000Z", note: "Dentist" }]);

    entry.timeOff = [{ id: stored.id, startsAt: "2026-11-01T00:00:00Z", endsAt: "2026-11-03T00:00:00Z", note: "Dentist, then rest" } as never, { startsAt: "2026-12-01T00:00:00+01:00", endsAt: "2026-12-04T00:00:00+01:00" } as never];
    const { status, json } = await put(doc);
    expect(status).toBe(200);
    const periods = json.reps.find((r) => r.id === sarah)!.timeOff;
    expect(periods.map(({ id: _id, ...p }) => p)).toEqual([
      { startsAt: "2026-11-01T00:00:00.000Z", endsAt: "2026-11-03T00:00:00.000Z", note: "Dentist, then rest" },
      { startsAt: "2026-11-30T23:00:00.000Z", endsAt: "2026-12-03T23:00:00.000Z", note: "" },
    ]);
    expect(periods[0]!.id).toBe(stored.id);
    const onLeave = await dryRun({ lead: { form: "demo", answers: BANK_VP }, at: NOW.toISOString() });
    expect(onLeave.json.rep?.id).not.toBe(sarah);
    expect(JSON.stringify(onLeave.json.decision.skipped.filter((s) => s.rep.id === sarah))).toContain("OUT_OF_OFFICE");

    const doc2 = editable(json);
    doc2.reps.find((r) => r.id === sarah)!.timeOff = [];
    expect((await put(doc2)).json.reps.find((r) => r.id === sarah)!.timeOff).toEqual([]);
    expect(await env.testDb.db.repTimeOff.count({ where: { repId: sarah } })).toBe(0);
  });

  it("a partial rep entry changes only the fields it gives (null = unlimited); reps and fields left out keep their values", async () => {
    const before = (await getDoc()).json;
    const tom = await env.kit.repIdOf("Tom");
    const maya = await env.kit.repIdOf("Maya");
    const { status, json } = await put({ reps: [{ id: tom, maxOpenLeads: 7, skills: ["sso"] }, { id: maya, maxNewLeadsPerDay: null, isActive: false }], config: before.config });
    expect(status).toBe(200);
    const rep = (doc: TDoc, id: string) => doc.reps.find((r) => r.id === id)!;
    expect(rep(json, tom)).toEqual({ ...rep(before, tom), maxOpenLeads: 7, skills: ["sso"] });
    expect(rep(json, maya)).toEqual({ ...rep(before, maya), maxNewLeadsPerDay: null, isActive: false });
    expect(json.reps.filter((r) => r.id !== tom && r.id !== maya)).toEqual(before.reps.filter((r) => r.id !== tom && r.id !== maya));
    expect(json.teams).toEqual(before.teams);
  });

  it("time off left out of a rep entry keeps the stored periods", async () => {
    const sarah = await env.kit.repIdOf("Sarah");
    await env.testDb.db.repTimeOff.create({ data: { repId: sarah, startsAt: new Date("2026-11-01T00:00:00Z"), endsAt: new Date("2026-11-02T00:00:00Z") } });
    const doc = editable((await getDoc()).json);
    for (const rep of doc.reps) delete (rep as Partial<typeof rep>).timeOff;
    expect((await put(doc)).status).toBe(200);
    expect(await env.testDb.db.repTimeOff.count({ where: { repId: sarah } })).toBe(1);
  });

  it("resolves the app's queue only for a config with a learned pool (as publishing does): a rebuild job is written then, and never otherwise", async () => {
    const asked: string[] = [];
    const putWith = async (body: unknown, label: string) =>
      (await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW, async () => {
        asked.push(label);
        return env.kit.queue;
      })).status;
    const doc = editable((await getDoc()).json);
    expect(await putWith(doc, "plain")).toBe(200);
    expect(asked).toEqual([]);
    const enterprise = doc.config.paths.find((p) => p.id === "enterprise")!;
    if (enterprise.destination.type !== "team") throw new Error("the demo's enterprise path routes to a team");
    enterprise.destination.strategy.chooser = DEFAULT_LEARNED_CHOOSER;
    expect(await putWith(doc, "learned")).toBe(200);
    expect(asked).toEqual(["learned"]);
    expect(await env.kit.queue.runDue("routing.rebuild-learning")).toBe(1);
  });

  it("the invalid time zone has the dashboard's message", async () => {
    const doc = editable((await getDoc()).json);
    doc.reps[1]!.timeZone = "Mars/Olympus";
    expect((await put(doc)).json.error.details).toEqual([{ path: "reps.1.timeZone", message: "Unknown time zone" }]);
  });
});

describe(`POST /api/v1/routing/test (${lane})`, () => {
  const counts = async () => ({
    leads: await env.testDb.db.lead.count(),
    assignments: await env.testDb.db.leadAssignment.count(),
    events: await env.testDb.db.leadEvent.count(),
    pointers: await env.testDb.db.rotationPointer.count(),
    emails: await env.testDb.db.emailMessage.count(),
    versions: await env.testDb.db.routingConfigVersion.count(),
  });

  it("the bank VP goes to Sarah, with the headline and reasons; nothing is written", async () => {
    const before = await counts();
    const { status, json } = await dryRun({ lead: { form: "demo", answers: BANK_VP }, at: NOW.toISOString() });
    expect(status).toBe(200);
    expect(json.decision).toMatchObject({ outcome: "assigned", path: { id: "enterprise", name: "Enterprise" } });
    expect(json.rep).toEqual({ id: await env.kit.repIdOf("Sarah"), name: "Sarah Chen" });
    expect(json.headline).toMatch(/^Routed to Sarah Chen: Enterprise path/);
    expect(json.reasons).toContain("available now");
    expect(json.skipped).toMatch(/^Skipped: Priya Patel — /);
    expect(await counts()).toEqual(before);
  });

  it("a draft config is tested instead of the published one", async () => {
    const doc = editable((await getDoc()).json);
    const config = { ...doc.config, paths: doc.config.paths.filter((p) => p.id === "inbound") };
    const { status, json } = await dryRun({ config, lead: { form: "demo", answers: BANK_VP }, at: NOW.toISOString() });
    expect(status).toBe(200);
    expect(json.decision.path?.id).toBe("inbound");
    expect(json.configVersion).toBeNull();
    expect(json.decision.configVersion).toBeNull();
    expect(await env.testDb.db.rotationPointer.count()).toBe(0);
  });

  type TConfig = ReturnType<typeof editable>["config"];
  const sameAsPut: [string, (config: TConfig) => unknown, string[]][] = [
    ["an unknown field in a path", (config) => ({ ...config, paths: config.paths.map((p, i) => (i === 0 ? { ...p, priority: 1 } : p)) }), ["config.paths.0.priority"]],
    ["an unknown team", (config) => ({ ...config, paths: config.paths.map((p) => (p.destination.type === "team" ? { ...p, destination: { ...p.destination, teamId: "team_ghost" } } : p)) }), ["config.paths.2.destination.teamId", "config.paths.3.destination.teamId", "config.paths.4.destination.teamId"]],
    ["an unknown answer in a condition", (config) => ({ ...config, paths: config.paths.map((p, i) => (i === 4 ? { ...p, when: { kind: "rule", ref: "answers.shoe_size", operator: "equals", value: "42" } } : p)) }), ["config.paths.4.when.ref"]],
    ["a missing fallback", ({ fallback: _f, ...config }) => config, ["config.fallback"]],
    ["an invalid operator deep in a group", (config) => ({ ...config, paths: config.paths.map((p, i) => (i === 4 ? { ...p, when: { kind: "group", op: "and", conditions: [{ kind: "rule", ref: "score.total", operator: "greater_than", value: 50 }] } } : p)) }), ["config.paths.4.when.conditions.0.operator"]],
    ["a fallback owner who is not a member", (config) => ({ ...config, fallback: { ...config.fallback, ownerUserId: "user_ghost" } }), ["config.fallback.ownerUserId"]],
    // A rule without a value its operator can use: the path would never match ("is not": every lead would).
    ["rules without a usable value", (config) => ({ ...config, paths: config.paths.map((p, i) => (i === 4 ? { ...p, when: { kind: "group", op: "and", conditions: [{ kind: "rule", ref: "score.total", operator: "gt", value: "high" }, { kind: "rule", ref: "answers.industry", operator: "not_equals" }, { kind: "rule", ref: "value", operator: "between", value: [10000, ""] }] } } : p)) }), ["config.paths.4.when.conditions.0.value", "config.paths.4.when.conditions.1.value", "config.paths.4.when.conditions.2.value"]],
  ];

  it.each(sameAsPut)("a draft with %s: the same 422 as PUT (one validation), nothing saved", async (_name, edit, paths) => {
    const doc = editable((await getDoc()).json);
    const config = edit(doc.config);
    const viaPut = await put({ config });
    const viaTest = await dryRun({ config, lead: { form: "demo", answers: BANK_VP }, at: NOW.toISOString() });
    expect(viaPut.status).toBe(422);
    expect(viaTest.status).toBe(422);
    expect(viaTest.json.error).toEqual(viaPut.json.error);
    expect(viaTest.json.error.details.map((d) => d.path).sort()).toEqual([...paths].sort());
  });

  it("an invalid operator names its path and the operators allowed; an unknown ref names the refs allowed", async () => {
    const config = editable((await getDoc()).json).config;
    config.paths[4]!.when = { kind: "group", op: "or", conditions: [{ kind: "rule", ref: "weather", operator: "equals", value: "sunny" }, { kind: "rule", ref: "tier", operator: "greater_than" as never, value: 1 }] };
    const first = await put({ config });
    expect(first.json.error.details).toEqual([{ path: "config.paths.4.when.conditions.1.operator", message: expect.stringMatching(/^Unknown operator "greater_than": use one of equals, not_equals, .*between, is_empty/) }]);
    (config.paths[4]!.when as { conditions: { operator: string }[] }).conditions[1]!.operator = "gt";
    const second = await dryRun({ config, lead: { answers: {} } });
    expect(second.json.error.details).toEqual([{ path: "config.paths.4.when.conditions.0.ref", message: expect.stringMatching(/"weather" is not something a routing rule can check \(use answers\.<field key>, score\.total, .*lead\.region\)/) }]);
  });

  it.each<[string, unknown, string]>([
    ["bad draft config", { config: { paths: [] }, lead: { answers: {} } }, "config.fallback"],
    ["unknown form", { lead: { form: "nope", answers: {} } }, "lead.form"],
    ["bad time", { lead: { answers: {} }, at: "tomorrow" }, "at"],
    ["unknown property", { lead: { answers: {}, colour: "red" }, dryRun: true }, "lead.colour"],
  ])("%s → 422", async (_name, body, path) => {
    const { status, json } = await dryRun(body);
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toContain(path);
  });

  const SIZES = "Please choose one of the options: “1-19”, “20-199”, “200-999”, “1000-4999”, “5000+”";
  it.each<[string, unknown]>([["not one of the options", "1000+"], ["a number", 5]])("an answer the intake would refuse (%s): 422 at its path, the options listed", async (_name, size) => {
    const { status, json } = await dryRun({ lead: { form: "demo", answers: { company_size: size, industry: "financial_services" } } });
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "lead.answers.company_size", message: SIZES }]);
  });

  it("no published config and no draft: 400 at config", async () => {
    const { status, json } = await readJson<TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.otherKey, body: { lead: { answers: {} } } }), NOW));
    expect(status).toBe(400);
    expect(json.error.details).toEqual([{ path: "config", message: "Give a draft config to test: none is published yet" }]);
  });

  it("the README's example: a few valid answers (the rest left out) are tested", async () => {
    const { status, json } = await dryRun({ lead: { form: "demo", answers: { company_size: "1000-4999", industry: "financial_services" } }, at: NOW.toISOString() });
    expect(status).toBe(200);
    expect(json.decision.outcome).toBeDefined();
  });

  it("every problem of one request at once: the body's, the draft's schema and the answers'", async () => {
    const config = editable((await getDoc()).json).config;
    config.paths[4]!.when = { kind: "rule", ref: "score.total", operator: "greater_than" as never, value: 50 };
    (config.paths[3] as Record<string, unknown>).bogus = 1;
    const { status, json } = await dryRun({ config, lead: { form: "demo", answers: { company_size: "1000+" }, colour: "red" } });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["lead.colour", "config.paths.4.when.operator", "config.paths.3.bogus", "lead.answers.company_size"]);
  });
});
