// POST /api/v1/routing/test dry-runs a lead the intake (POST /api/v1/leads) really receives:
// `utm: {"utm_source": null}`, `source: 7`, `timeZone: ""`, `email: ""` were 422s at lead.<path>,
// while the intake takes them (null and empty text "not given", a number as free text's text). Now
// the sample lead is read with the intake's pieces: the dry run answers 200, the blank values named
// in `warnings` at lead.<path> with the intake's words, and the values reach the rules (a rule on
// source "7" and utm.campaign "2026" matches). What the intake refuses is a 422 here too, at
// lead.<path> in the same words. Through the real handlers, the seeded demo workspace and a real
// database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { BLANK_FORM_MESSAGE, BLANK_MESSAGE } from "../../domain/leads/create-lead-request";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRequestIssue } from "../../domain/validation/request-issues";
import type { TRoutingTestAnswer } from "../../domain/routing/decision-resource";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { openApiProblems } from "../../testing/openapi-conformance";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetRouting, handleTestRouting } from "./handle-routing";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const postLead = leadPoster(env, NOW);
const dryRun = async (body: unknown) =>
  readJson<TRoutingTestAnswer & { warnings: TRequestIssue[] } & TApiErrorBody>(await handleTestRouting(env.testDb.db, apiRequest("POST", "/routing/test", { key: env.kit.key, body }), NOW));

/** A draft of the published config whose enterprise path takes exactly the leads from source "7" with utm.campaign "2026". */
async function draftOnSourceAndCampaign() {
  const { config } = (await readJson<TRoutingDocumentView>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW))).json;
  const when = { kind: "group", op: "and", conditions: [{ kind: "rule", ref: "source", operator: "equals", value: "7" }, { kind: "rule", ref: "utm.campaign", operator: "equals", value: "2026" }] };
  return { ...config!, paths: config!.paths.map((p) => (p.id === "enterprise" ? { ...p, when } : p)) };
}

/** The same values as a POST /api/v1/leads body (the email is person.email there) and as routing/test's lead. */
const asIntake = ({ email, ...lead }: Record<string, unknown>) => ({ ...lead, person: { email, name: "Ann Example" } });
const atIntakePath = (path: string) => path.replace(/^person\./, "").replace(/^/, "lead.");

describe(`POST /api/v1/routing/test: the sample lead as the intake takes it (${lane})`, () => {
  it("null, empty and numeric values the intake takes: 200, the intake's warnings at lead.<path>, the values routed", async () => {
    const lead = { answers: { seats: 10 }, source: 7, utm: { utm_source: null, utm_medium: "", utm_campaign: 2026 }, timeZone: "", email: "", tier: " ", estimatedValue: null };
    const intake = await postLead(asIntake(lead));
    expect(intake.status).toBe(201);

    const { status, json } = await dryRun({ config: await draftOnSourceAndCampaign(), lead, at: NOW.toISOString() });
    expect(status).toBe(200);
    const warnings = ["lead.utm.utm_medium", "lead.timeZone", "lead.email", "lead.tier"].map((path) => ({ path, message: BLANK_MESSAGE }));
    expect(json.warnings).toEqual(warnings);
    expect((intake.json.warnings ?? []).map((w) => ({ ...w, path: atIntakePath(w.path) }))).toEqual(expect.arrayContaining(warnings));
    // source 7 is "7" and utm_campaign 2026 is "2026": the draft's enterprise rule matched.
    expect(json.decision.path?.id).toBe("enterprise");
    expect(openApiProblems("RoutingTestResult", json)).toEqual([]);

    const other = await dryRun({ config: await draftOnSourceAndCampaign(), lead: { ...lead, source: 8 }, at: NOW.toISOString() });
    expect(other.status).toBe(200);
    expect(other.json.decision.path?.id).not.toBe("enterprise");
  });

  it("an empty form: a lead without a form (its answers not checked); the warning at lead.form says tested, the intake's says stored", async () => {
    const { status, json } = await dryRun({ lead: { form: "", answers: { company_size: "not an option" } }, at: NOW.toISOString() });
    expect(status).toBe(200);
    // A dry run stores nothing: it said "the lead is stored without a form" (the intake's words).
    expect(json.warnings).toEqual([{ path: "lead.form", message: BLANK_FORM_MESSAGE.replace("the lead is stored without a form", "the lead is tested without a form") }]);
    expect(json.warnings[0]!.message).not.toContain("stored");
    const intake = await postLead({ form: "", answers: { company_size: "not an option" }, person: { email: "ann@acme.io" } });
    expect(intake.status).toBe(201);
    expect(intake.json.warnings).toEqual(expect.arrayContaining([{ path: "form", message: BLANK_FORM_MESSAGE }]));
  });

  // `at: ""` was a 422 while the intake takes submittedAt "" as not given: now it is now, with the
  // intake's warning at `at`; a malformed `at` stays a 422 there.
  it.each<[string, unknown]>([
    ["an empty", ""],
    ["a blank", "  "],
  ])("%s at: not given (now), the intake's warning at at", async (_name, at) => {
    const { status, json } = await dryRun({ lead: { answers: {}, source: "" }, at });
    expect(status).toBe(200);
    expect(json.warnings).toEqual([{ path: "lead.source", message: BLANK_MESSAGE }, { path: "at", message: BLANK_MESSAGE }]);
    // Decided for now: the public decision's decidedAt (JSON: the instant's ISO text).
    expect(json.decision.decidedAt).toBe(NOW.toISOString());
    expect(openApiProblems("RoutingTestResult", json)).toEqual([]);
    const intake = await postLead({ person: { email: "ann@acme.io" }, submittedAt: at });
    expect(intake.status).toBe(201);
    expect(intake.json.warnings).toEqual(expect.arrayContaining([{ path: "submittedAt", message: BLANK_MESSAGE }]));
  });

  it("a null at is now; a malformed at is still a 422 at at", async () => {
    const nullAt = await dryRun({ lead: { answers: {} }, at: null });
    expect(nullAt.status).toBe(200);
    expect(nullAt.json.decision.decidedAt).toBe(NOW.toISOString());
    const { status, json } = await dryRun({ lead: { answers: {} }, at: "yesterday" });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["at"]);
  });

  it("a lead with nothing blank: warnings is empty", async () => {
    const { status, json } = await dryRun({ lead: { answers: {} }, at: NOW.toISOString() });
    expect(status).toBe(200);
    expect(json.warnings).toEqual([]);
    expect(openApiProblems("RoutingTestResult", json)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    // An unknown time zone is a warning in both now, not a 422 (lead-time-zone.int.test.ts).
    ["a malformed email", { email: "ann at acme.io" }],
    ["a boolean as the source", { source: true }],
    ["an object as a UTM value", { utm: { utm_source: {} } }],
    ["a tier that is no tier key", { tier: "Hot Tier" }],
  ])("%s: a 422 in the intake, the same 422 at lead.<path> here", async (_name, values) => {
    const intake = await postLead(asIntake({ answers: { seats: 10 }, email: "ann@acme.io", ...values }));
    expect(intake.status).toBe(422);
    const { status, json } = await dryRun({ lead: { answers: { seats: 10 }, email: "ann@acme.io", ...values }, at: NOW.toISOString() });
    expect(status).toBe(422);
    expect(json.error.details).toEqual(intake.json.error.details.map((d) => ({ ...d, path: atIntakePath(d.path) })));
  });
});
