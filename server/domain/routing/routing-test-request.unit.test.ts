import { describe, expect, it } from "vitest";
import { requestIssues, type TRequestIssue } from "../validation/request-issues";
import { BLANK_FORM_MESSAGE, BLANK_MESSAGE, readCreateLeadRequest } from "../leads/create-lead-request";
import { readRoutingTestRequest, ZRoutingTestRequest } from "./routing-test-request";

const parse = (email: unknown) => {
  const parsed = ZRoutingTestRequest.safeParse({ lead: { answers: {}, email } });
  return parsed.success ? { ok: true as const, email: parsed.data.lead.email } : { ok: false as const, issues: requestIssues(parsed.error.issues) };
};

// POST /api/v1/routing/test: the sample lead's email is checked as the intake checks person.email
// (validation/email-address.ts), so every lead the intake takes can be tested. With zod's z.email()
// an internationalized address or a one-letter TLD, both taken by POST /api/v1/leads, were a 422.
describe("ZRoutingTestRequest: lead.email takes what the intake takes", () => {
  it.each([
    ["an internationalized address", "zoë@exämple.com", "zoë@exämple.com"],
    ["a one-letter TLD", "a@b.c", "a@b.c"],
    ["an upper-case one", "ANN@Acme.io", "ANN@Acme.io"],
    ["surrounding spaces trimmed", " ann@acme.io ", "ann@acme.io"],
  ])("%s → accepted", (_name, email, expected) => {
    expect(parse(email)).toEqual({ ok: true, email: expected });
  });

  it.each([
    ["no @", "ann at acme.io"],
    ["a display name", "Ann <ann@acme.io>"],
    ["no dot in the domain", "ann@acme"],
    ["over 254 characters", `${"a".repeat(64)}@${"b".repeat(190)}.io`],
  ])("%s → 422 at lead.email in the intake's words", (_name, email) => {
    expect(parse(email)).toEqual({ ok: false, issues: [{ path: "lead.email", message: expect.stringMatching(/^Enter a valid email address/) }] });
  });
});

// POST /api/v1/routing/test takes the sample lead as POST /api/v1/leads takes the same fields
// (create-lead-request.ts): null and empty or blank text are "not given" (blank with a warning at
// its path), a number is free text's text (source, UTM values), a null UTM value is left out; what
// the intake refuses stays a 422, at lead.<path>, in the same words. It refused all of these: a lead
// the intake really receives (`utm: {"utm_source": null}`, `source: 7`, `timeZone: ""`) could not
// be dry-run. One table, read by both readers: they must agree.
type TLeadFields = Partial<Record<"form" | "answers" | "email" | "timeZone" | "source" | "utm" | "tier" | "estimatedValue", unknown>>;
type TOutcome = { ok: true; warnings: string[]; values: TLeadFields } | { ok: false; issues: { path: string; message: string }[] };

/** The intake's body for these fields: the email is person.email; its paths said as routing/test's ("lead.…"). */
function throughIntake(fields: TLeadFields): TOutcome {
  const { email, ...rest } = fields;
  const sent = "email" in fields ? { ...rest, person: { email } } : rest;
  const at = (path: string) => (path === "person.email" ? "lead.email" : `lead.${path}`);
  const { warnings, parsed } = readCreateLeadRequest(sent);
  if (!parsed.success) return { ok: false, issues: requestIssues(parsed.error.issues).map((i) => ({ ...i, path: at(i.path) })) };
  const values: Record<string, unknown> = { ...parsed.data, email: parsed.data.person?.email };
  return { ok: true, warnings: warnings.map((w) => `${at(w.path)}: ${w.message}`), values: Object.fromEntries(Object.keys(fields).map((k) => [k, values[k]])) };
}

function throughRoutingTest(fields: TLeadFields): TOutcome {
  const { warnings, parsed } = readRoutingTestRequest({ lead: { answers: {}, ...fields } });
  if (!parsed.success) return { ok: false, issues: requestIssues(parsed.error.issues) };
  const lead = parsed.data.lead as Record<string, unknown>;
  return { ok: true, warnings: warnings.map((w) => `${w.path}: ${w.message}`), values: Object.fromEntries(Object.keys(fields).map((k) => [k, lead[k]])) };
}

describe("readRoutingTestRequest: the sample lead is read as POST /api/v1/leads reads it", () => {
  const blank = (path: string, message = BLANK_MESSAGE) => `lead.${path}: ${message}`;
  it.each<[string, TLeadFields, string[], TLeadFields]>([
    ["a null UTM value: left out", { utm: { utm_source: null, utm_medium: "cpc" } }, [], { utm: { utm_medium: "cpc" } }],
    ["a number as a UTM value: its text", { utm: { utm_campaign: 2026 } }, [], { utm: { utm_campaign: "2026" } }],
    ["an empty UTM value: not given, a warning", { utm: { utm_source: "" } }, [blank("utm.utm_source")], { utm: {} }],
    ["a number as the source: its text", { source: 7 }, [], { source: "7" }],
    ["an empty source: not given, a warning", { source: "" }, [blank("source")], { source: undefined }],
    ["a blank source: not given, a warning", { source: "   " }, [blank("source")], { source: undefined }],
    ["a null source", { source: null }, [], { source: undefined }],
    ["an empty time zone: not given, a warning", { timeZone: "" }, [blank("timeZone")], { timeZone: undefined }],
    ["a null time zone", { timeZone: null }, [], { timeZone: undefined }],
    ["an empty email: not given, a warning", { email: "" }, [blank("email")], { email: undefined }],
    ["a null email", { email: null }, [], { email: undefined }],
    ["an empty tier: not given, a warning", { tier: "" }, [blank("tier")], { tier: undefined }],
    ["a null estimated value", { estimatedValue: null }, [], { estimatedValue: undefined }],
    ["null answers: none", { answers: null }, [], { answers: {} }],
    ["several at once: a warning each, in the body's order", { source: "", utm: { utm_source: " ", utm_term: null }, email: "" }, [blank("source"), blank("utm.utm_source"), blank("email")], { source: undefined, utm: {}, email: undefined }],
  ])("%s → accepted by both", (_name, fields, warnings, values) => {
    const expected = { ok: true, warnings, values };
    expect(throughIntake(fields)).toEqual(expected);
    expect(throughRoutingTest(fields)).toEqual(expected);
  });

  it.each<[string, TLeadFields, string[]]>([
    // An unknown time zone is no 422 in either: a warning at (lead.)timeZone, the lead kept (lead-time-zone.int.test.ts).
    ["a malformed email", { email: "ann at acme.io" }, ["lead.email"]],
    ["a number as the email (an identifier is not coerced)", { email: 7 }, ["lead.email"]],
    ["a number as the time zone", { timeZone: 7 }, ["lead.timeZone"]],
    ["a boolean as the source", { source: true }, ["lead.source"]],
    ["a source over 50 characters", { source: "x".repeat(51) }, ["lead.source"]],
    ["an object as a UTM value", { utm: { utm_source: {} } }, ["lead.utm.utm_source"]],
    ["a tier that is no tier key", { tier: "Hot Tier" }, ["lead.tier"]],
    ["a negative estimated value", { estimatedValue: -1 }, ["lead.estimatedValue"]],
    ["answers as a list", { answers: [] }, ["lead.answers"]],
  ])("%s → a 422 at its lead path in both, in the same words", (_name, fields, paths) => {
    const intake = throughIntake(fields);
    expect(intake.ok).toBe(false);
    expect(intake.ok === false && intake.issues.map((i) => i.path)).toEqual(paths);
    expect(throughRoutingTest(fields)).toEqual(intake);
  });

  // A dry run stores nothing: a blank lead.form said "the lead is stored without a form" (the
  // intake's words). It says "tested" now; the rest of the sentence is the intake's, one source.
  it("an empty form: a lead without a form in both, each warning in its own words (the intake's unchanged)", () => {
    const intake = throughIntake({ form: "" });
    const dryRun = throughRoutingTest({ form: "" });
    expect(intake).toEqual({ ok: true, warnings: [blank("form", BLANK_FORM_MESSAGE)], values: { form: undefined } });
    expect(BLANK_FORM_MESSAGE).toMatch(/: the lead is stored without a form — /);
    const tested = BLANK_FORM_MESSAGE.replace("the lead is stored without a form", "the lead is tested without a form");
    expect(tested).not.toBe(BLANK_FORM_MESSAGE);
    expect(dryRun).toEqual({ ok: true, warnings: [blank("form", tested)], values: { form: undefined } });
  });
});

// The request's own `at` (when the sample lead arrives) is read as the intake reads submittedAt:
// absent, null, empty or blank is "not given" (now), a blank one with the intake's warning at `at`;
// a malformed one stays a 422 at `at`. `at: ""` was a 422 while the intake took submittedAt "".
describe("readRoutingTestRequest: a blank at is not given (now), as the intake's submittedAt", () => {
  const read = (body: Record<string, unknown>) => {
    const { warnings, parsed } = readRoutingTestRequest(body);
    return parsed.success ? { ok: true as const, at: parsed.data.at ?? undefined, warnings } : { ok: false as const, issues: requestIssues(parsed.error.issues), warnings };
  };
  const lead = { answers: {} };
  it.each<[string, Record<string, unknown>, string | undefined, TRequestIssue[]]>([
    ["at absent", { lead }, undefined, []],
    ["at null", { lead, at: null }, undefined, []],
    ["at empty", { lead, at: "" }, undefined, [{ path: "at", message: BLANK_MESSAGE }]],
    ["at blank", { lead, at: "   " }, undefined, [{ path: "at", message: BLANK_MESSAGE }]],
    ["an instant", { lead, at: "2026-12-01T15:00:00Z" }, "2026-12-01T15:00:00Z", []],
    ["a blank at and a blank lead value: a warning each, in the body's order", { at: "", lead: { answers: {}, source: "" } }, undefined, [{ path: "at", message: BLANK_MESSAGE }, { path: "lead.source", message: BLANK_MESSAGE }]],
    ["the same, lead first", { lead: { answers: {}, source: "" }, at: "" }, undefined, [{ path: "lead.source", message: BLANK_MESSAGE }, { path: "at", message: BLANK_MESSAGE }]],
  ])("%s → accepted", (_name, body, at, warnings) => {
    expect(read(body)).toEqual({ ok: true, at, warnings });
    // The intake takes submittedAt the same way (the warning in the same words).
    if (typeof body.at === "string" && body.at.trim() === "") expect(readCreateLeadRequest({ submittedAt: body.at }).warnings).toEqual([{ path: "submittedAt", message: BLANK_MESSAGE }]);
  });

  it.each<[string, unknown]>([
    ["a malformed one", "yesterday"],
    ["an instant without an offset", "2026-12-01T15:00:00"],
    ["a number", 1764601200000],
  ])("%s → a 422 at at", (_name, at) => {
    const read1 = read({ lead, at });
    expect(read1.ok).toBe(false);
    expect(read1.ok === false && read1.issues.map((i) => i.path)).toEqual(["at"]);
  });
});
