import { describe, expect, it } from "vitest";
import { MONEY_AMOUNT_MESSAGE } from "../validation/money-amount";
import { requestIssues } from "../validation/request-issues";
import { BLANK_FORM_MESSAGE, BLANK_MESSAGE, readCreateLeadRequest, submittedAtIssues, ZFreeAnswers } from "./create-lead-request";
import { withLeadingWarnings } from "./intake-leniency";

const person = { email: "x@ex-ample.com" };
/** As POST /api/v1/leads reads a body: blank text for an optional property taken as null (with a warning each), then the schema. */
const parse = (body: unknown) => {
  const { parsed, warnings } = readCreateLeadRequest(body);
  if (!parsed.success) return { ok: false, issues: requestIssues(parsed.error.issues) };
  return { ok: true, data: parsed.data, ...(warnings.length > 0 ? { warnings } : {}) };
};

describe("ZCreateLeadRequest: a lead is not refused for what it can keep", () => {
  // null is "not given" for every optional property: what GET /api/v1/leads/{id} answers can be sent back (each was a 422).
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["person's name, company and phone null", { person: { ...person, name: null, company: null, phone: null } }, { person }],
    ["person null", { person: null }, {}],
    ["a UTM value null: left out", { utm: { utm_source: null, utm_medium: "cpc" } }, { utm: { utm_medium: "cpc" } }],
    ["utm null", { utm: null }, {}],
    ["source, timeZone, form, tier, estimatedValue null", { source: null, timeZone: null, form: null, tier: null, estimatedValue: null }, {}],
    // A finite number where free text is expected is taken as its text (each was a 422).
    ["a phone number as a number", { person: { ...person, phone: 12345 } }, { person: { ...person, phone: "12345" } }],
    ["a UTM value as a number", { utm: { utm_id: 123 } }, { utm: { utm_id: "123" } }],
    ["a name, company and source as numbers", { person: { ...person, name: 7, company: 3.5 }, source: 42 }, { person: { ...person, name: "7", company: "3.5" }, source: "42" }],
    ["text is trimmed", { person: { ...person, phone: "  +1 555  " } }, { person: { ...person, phone: "+1 555" } }],
    // A CRM contact with no email: kept on the lead (it was a 422 "Enter an email address as text" at person.email).
    ["a person with a name and phone, no email", { person: { name: "Bob", phone: "+49 30 1234567" } }, { person: { name: "Bob", phone: "+49 30 1234567" } }],
    ["person.email null: not given", { person: { email: null, company: "Initech" } }, { person: { company: "Initech" } }],
    ["an empty person (the rule on a person or an answer judges it)", { person: {} }, { person: {} }],
  ])("%s → accepted", (_name, extra, expected) => {
    expect(parse({ answers: { a: "b" }, ...extra })).toEqual({ ok: true, data: { answers: { a: "b" }, ...expected } });
  });

  // Identifiers and what cannot be text stay a 422 at their path (empty text is "not given": below).
  it.each<[string, Record<string, unknown>, string]>([
    ["person.email text that is no address", { person: { email: "bob", name: "Bob" } }, "person.email"],
    ["an unknown person property (person stays strict)", { person: { name: "Bob", mobile: "+1 555" } }, "person.mobile"],
    ["person.email a number", { person: { email: 5 } }, "person.email"],
    ["a phone object", { person: { ...person, phone: { n: 1 } } }, "person.phone"],
    ["a phone too long", { person: { ...person, phone: "1".repeat(51) } }, "person.phone"],
    ["a UTM value infinite", { utm: { utm_id: Number.POSITIVE_INFINITY } }, "utm.utm_id"],
    ["a tier as a number", { tier: 3 }, "tier"],
    ["a time zone as a number", { timeZone: 1 }, "timeZone"],
    ["a source over 50 characters", { source: "s".repeat(51) }, "source"],
    ["answers a list", { answers: ["a"] }, "answers"],
  ])("%s → 422 at %s", (_name, extra, path) => {
    const result = parse({ answers: { a: "b" }, ...extra });
    expect(result.ok).toBe(false);
    expect(result.issues?.map((i) => i.path)).toContain(path);
  });
});

describe("ZCreateLeadRequest: empty text for an optional property is \"not given\", like null, with a warning at its path", () => {
  // A CRM sends "" (or spaces) for a field it does not have. Each was a 422 (person.email and source on
  // purpose: "identifiers are not coerced", "Give a source or leave it out") and the lead was lost, while
  // null was taken. Now empty or blank text is null, and a warning at its path says it was taken as not given.
  const blank = (path: string) => ({ path, message: BLANK_MESSAGE });
  it.each<[string, Record<string, unknown>, Record<string, unknown>, { path: string; message: string }[]]>([
    ["person.email \"\" with a name: a contact without an email", { person: { email: "", name: "Bob" } }, { person: { name: "Bob" } }, [blank("person.email")]],
    ["person's name, company and phone \"\"", { person: { ...person, name: "", company: " ", phone: "" } }, { person }, [blank("person.name"), blank("person.company"), blank("person.phone")]],
    ["person \"\"", { person: "" }, {}, [blank("person")]],
    ["source \"\" (the default \"api\" applies)", { source: "" }, {}, [blank("source")]],
    ["source blank (spaces, a tab, a line break)", { source: " \t\n " }, {}, [blank("source")]],
    ["timeZone \"\"", { timeZone: "" }, {}, [blank("timeZone")]],
    ["tier \"\"", { tier: "" }, {}, [blank("tier")]],
    ["estimatedValue \"\"", { estimatedValue: "" }, {}, [blank("estimatedValue")]],
    ["submittedAt \"\" (dated now)", { submittedAt: "" }, {}, [blank("submittedAt")]],
    ["consent \"\"", { consent: "" }, {}, [blank("consent")]],
    ["a UTM value \"\": left out", { utm: { utm_source: "", utm_medium: "cpc" } }, { utm: { utm_medium: "cpc" } }, [blank("utm.utm_source")]],
    ["utm \"\"", { utm: "" }, {}, [blank("utm")]],
    ["form \"\": no form, and the warning says what that means", { form: "" }, {}, [{ path: "form", message: BLANK_FORM_MESSAGE }]],
    ["in the body's order", { tier: "", person: { ...person, name: "" }, form: "" }, { person }, [blank("tier"), blank("person.name"), { path: "form", message: BLANK_FORM_MESSAGE }]],
  ])("%s → accepted as not given", (_name, extra, expected, warnings) => {
    expect(parse({ answers: { a: "b" }, ...extra })).toEqual({ ok: true, data: { answers: { a: "b" }, ...expected }, warnings });
  });

  it("answers \"\": none", () => {
    expect(parse({ answers: "", person })).toEqual({ ok: true, data: { answers: {}, person }, warnings: [blank("answers")] });
  });

  // What is not an optional property of the lead stays a 422 at its path.
  it.each<[string, Record<string, unknown>, string]>([
    ["an unknown property, even empty", { colour: "" }, "colour"],
    ["an unknown person property, even empty", { person: { ...person, mobile: "" } }, "person.mobile"],
    ["consent.marketing \"\" (required in consent)", { consent: { marketing: "" } }, "consent.marketing"],
    ["a UTM name too long, its value empty", { utm: { ["u".repeat(61)]: "" } }, `utm.${"u".repeat(61)}`],
  ])("%s → 422 at its path", (_name, extra, path) => {
    const result = parse({ answers: { a: "b" }, ...extra });
    expect(result.ok).toBe(false);
    expect(result.issues?.map((i) => i.path)).toContain(path);
  });
});

describe("withLeadingWarnings: the empty values' warnings first, one warning per path", () => {
  const w = (path: string, message: string) => ({ path, message });
  it.each<[string, ReturnType<typeof w>[], ReturnType<typeof w>[], ReturnType<typeof w>[]]>([
    ["none first", [], [w("person", "B")], [w("person", "B")]],
    ["first, then the lead's", [w("source", "A")], [w("answers.x", "B")], [w("source", "A"), w("answers.x", "B")]],
    ["at the same path: joined, once", [w("person", "A")], [w("answers.x", "B"), w("person", "C")], [w("person", "A. C"), w("answers.x", "B")]],
  ])("%s", (_name, first, warnings, expected) => {
    expect(withLeadingWarnings(first, warnings)).toEqual(expected);
  });
});

describe("ZCreateLeadRequest: answers may be left out, unusual valid emails are taken", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    // It was a 422 "answers: Invalid input: expected record, received undefined".
    ["answers left out: none", { person }, { answers: {}, person }],
    ["answers null: none", { answers: null, person }, { answers: {}, person }],
    // It was a 422 "Enter a valid email address" (zod's z.email()): the lead was lost.
    ["an internationalized address", { person: { email: "zoë@exämple.com" } }, { answers: {}, person: { email: "zoë@exämple.com" } }],
    ["an upper-case one (lower-cased where the person is stored)", { person: { email: "ZOË@Example.com" } }, { answers: {}, person: { email: "ZOË@Example.com" } }],
    ["a one-letter TLD", { person: { email: "a@b.c" } }, { answers: {}, person: { email: "a@b.c" } }],
    ["surrounding spaces trimmed", { person: { email: " ann@acme.io " } }, { answers: {}, person: { email: "ann@acme.io" } }],
  ])("%s → accepted", (_name, body, expected) => {
    expect(parse(body)).toEqual({ ok: true, data: expected });
  });
});

describe("ZCreateLeadRequest and free answers: messages in plain words, at their path", () => {
  const freeIssues = (answers: unknown) => {
    const parsed = ZFreeAnswers.safeParse(answers);
    return parsed.success ? [] : requestIssues(parsed.error.issues, ["answers"]);
  };
  it.each<[string, () => { path: string; message: string }[], { path: string; message: RegExp }]>([
    ["a free answer key with a space (was 'Invalid key in record')", () => freeIssues({ "First Name": "Ann" }), { path: "answers.First Name", message: /^Not a valid answer key: Use 1–64 characters: letters, digits, _ \. - \(e\.g\. first_name\)/ }],
    ["answers not an object (was 'expected record, received array')", () => parse({ answers: ["a"] }).issues ?? [], { path: "answers", message: /^Give the answers as an object of key → value/ }],
    ["a UTM name too long (was 'Invalid key in record')", () => parse({ utm: { ["u".repeat(61)]: "x" } }).issues ?? [], { path: `utm.${"u".repeat(61)}`, message: /^Not a valid UTM name: at most 60 characters$/ }],
    ["person.email not an address", () => parse({ person: { email: "ann at acme.io" } }).issues ?? [], { path: "person.email", message: /^Enter a valid email address \(one @/ }],
  ])("%s", (_name, issues, expected) => {
    expect(issues()).toEqual([{ path: expected.path, message: expect.stringMatching(expected.message) }]);
  });
});

describe("ZCreateLeadRequest: submittedAt (a lead from the past)", () => {
  // Kept as its UTC instant: two spellings of one instant are one request (the Idempotency-Key fingerprint).
  it.each<[string, unknown, Record<string, unknown>]>([
    ["UTC", "2026-11-02T09:30:00Z", { submittedAt: "2026-11-02T09:30:00.000Z" }],
    ["with an offset: the same instant", "2026-11-02T10:30:00+01:00", { submittedAt: "2026-11-02T09:30:00.000Z" }],
    ["with milliseconds", "2026-11-02T09:30:00.250-05:00", { submittedAt: "2026-11-02T14:30:00.250Z" }],
    ["the earliest accepted", "2000-01-01T00:00:00Z", { submittedAt: "2000-01-01T00:00:00.000Z" }],
    ["null: not given", null, {}],
  ])("%s → accepted", (_name, submittedAt, expected) => {
    expect(parse({ answers: {}, submittedAt })).toEqual({ ok: true, data: { answers: {}, ...expected } });
  });

  const FORMAT = /^Use an ISO 8601 date-time with an offset/;
  it.each<[string, unknown, RegExp]>([
    ["no offset (a local time of which zone?)", "2026-11-02T09:30:00", FORMAT],
    ["a date without a time", "2026-11-02", FORMAT],
    ["a Unix timestamp", 1_762_075_800, FORMAT],
    ["not a date", "last Tuesday", FORMAT],
    ["an impossible date", "2026-02-30T09:30:00Z", FORMAT],
    ["before 2000", "1999-12-31T23:59:59Z", /^Give a time from 2000-01-01 on$/],
  ])("%s → 422 at submittedAt naming the rule", (_name, submittedAt, message) => {
    const result = parse({ answers: {}, submittedAt });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([{ path: "submittedAt", message: expect.stringMatching(message) }]);
  });
});

describe("submittedAtIssues: not in the future past 5 minutes of clock skew", () => {
  const now = new Date("2026-12-01T15:00:00Z");
  it.each<[string, string | undefined, boolean]>([
    ["not given", undefined, true],
    ["a month ago", "2026-11-01T15:00:00Z", true],
    ["now", "2026-12-01T15:00:00Z", true],
    ["5 minutes ahead (a fast clock)", "2026-12-01T15:05:00Z", true],
    ["5 minutes and a second ahead", "2026-12-01T15:05:01Z", false],
    ["tomorrow", "2026-12-02T15:00:00Z", false],
  ])("%s → accepted: %s", (_name, at, isAccepted) => {
    const issues = submittedAtIssues(at === undefined ? undefined : new Date(at), now);
    expect(issues).toEqual(isAccepted ? [] : [{ path: "submittedAt", message: expect.stringMatching(/^Must not be in the future \(at most 5 minutes ahead/) }]);
  });
});

describe("ZCreateLeadRequest: estimatedValue is an amount of money (not negative, at most 999,999,999,999.99)", () => {
  // 1e12 was taken and could not be stored (the column holds 12 digits before the point).
  it.each<[string, unknown, number | "refused"]>([
    ["zero", 0, 0],
    ["with cents", 12_500.5, 12_500.5],
    ["the largest", 999_999_999_999.99, 999_999_999_999.99],
    ["one trillion", 1e12, "refused"],
    ["twenty digits", 12_345_678_901_234_567_000, "refused"],
    ["negative", -5, "refused"],
    // A decimal string is the same amount (a CRM's money field; the outcome events' amount takes it too); it was refused.
    ["a decimal string", "5000", 5000],
    ["a decimal string with cents", "12500.50", 12_500.5],
    // Thousands commas in their places, as CRMs export money (the outcome events' amount took them; this was a 422).
    ["a string with thousands separators", "1,000", 1000],
    ["thousands separators with cents", "1,200,000.50", 1_200_000.5],
    ["an ambiguous comma", "1,20", "refused"],
    ["a plus sign", "+5", "refused"],
    ["a negative string", "-5", "refused"],
    ["a string in exponent notation", "1e3", "refused"],
    ["a string of 13 digits", "1000000000000", "refused"],
    ["a boolean", true, "refused"],
  ])("%s (%j)", (_name, estimatedValue, expected) => {
    const result = parse({ person, estimatedValue });
    if (expected === "refused") expect(result.issues).toEqual([{ path: "estimatedValue", message: MONEY_AMOUNT_MESSAGE }]);
    else expect(result).toEqual({ ok: true, data: { answers: {}, person, estimatedValue: expected } });
  });
});
