import { describe, expect, it } from "vitest";
import { ZField, type TFieldType } from "./definition";
import { matchRe2Pattern, re2PatternProblem } from "./re2-pattern";
import { isEmailAddress } from "../validation/email-address";
import { validateFieldValue, type TFieldValueResult } from "./validate-field-value";

const field = (type: TFieldType, extra: Record<string, unknown> = {}) => ZField.parse({ key: "q", type, label: "Question", ...extra });
const ok = (value: unknown): TFieldValueResult => ({ ok: true, value } as TFieldValueResult);
const fail = (message: string): TFieldValueResult => ({ ok: false, message });
/** A choice answer that is not an option: the short message, and the code the leads API keys on to list the options (allowed-options.ts). */
const notAnOption = (message: string): TFieldValueResult => ({ ok: false, message, code: "not_an_option" });
const options = [{ value: "a", label: "A" }, { value: "b", label: "B" }, { value: "c", label: "C" }];
const long = (n: number) => "x".repeat(n);

type TCase = [string, ReturnType<typeof field>, unknown, TFieldValueResult];

describe("validateFieldValue", () => {
  it.each<TCase>([
    // required and empty, for every kind of empty
    ["required + undefined", field("short_text", { required: true }), undefined, fail("“Question” is required")],
    ["required + null", field("number", { required: true }), null, fail("“Question” is required")],
    ["required + blank", field("email", { required: true }), "   ", fail("“Question” is required")],
    ["required + []", field("multiple_choice", { required: true, options }), [], fail("“Question” is required")],
    ["required, a long label: cut to 60 characters with …, on one line", field("short_text", { required: true, label: `What is\nthe ${"very ".repeat(20)}biggest problem?` }), "", fail(`“What is the ${"very ".repeat(9)}ve…” is required`)],
    ["required, a label with quotes and markup: as given (the page renders text)", field("email", { required: true, label: '<b>"Work" email</b>' }), "", fail('“<b>"Work" email</b>” is required')],
    ["optional + empty → no answer", field("url"), "", ok(undefined)],
    // short_text / long_text
    ["short text trimmed", field("short_text"), "  Ann  ", ok("Ann")],
    ["short text not a string", field("short_text"), 42, fail("Please enter text")],
    ["short text default max 500", field("short_text"), long(501), fail("Please enter no more than 500 characters")],
    ["short text 500 ok", field("short_text"), long(500), ok(long(500))],
    ["long text default max 5000", field("long_text"), long(5001), fail("Please enter no more than 5000 characters")],
    ["long text 5000 ok", field("long_text"), long(5000), ok(long(5000))],
    ["minLength", field("short_text", { validation: { minLength: 3 } }), "ab", fail("Please enter at least 3 characters")],
    ["maxLength", field("short_text", { validation: { maxLength: 1 } }), "ab", fail("Please enter no more than 1 character")],
    ["pattern ok (anchored)", field("short_text", { validation: { pattern: "[A-Z]{2}\\d{3}" } }), "AB123", ok("AB123")],
    ["pattern fails (whole value)", field("short_text", { validation: { pattern: "[A-Z]{2}\\d{3}" } }), "AB1234", fail("Please use the expected format")],
    ["pattern custom message", field("short_text", { validation: { pattern: "\\d+", patternMessage: "Digits only, please" } }), "x", fail("Digits only, please")],
    ["invalid pattern checks nothing", field("short_text", { validation: { pattern: "(" } }), "x", ok("x")],
    // email
    ["email ok", field("email"), " ann@acme.io ", ok("ann@acme.io")],
    ["email invalid", field("email"), "ann@", fail("Please enter a valid email address")],
    ["email too long", field("email"), `${long(250)}@acme.io`, fail("Please enter a valid email address")],
    ["email not a string", field("email"), 1, fail("Please enter a valid email address")],
    // phone
    ["phone ok", field("phone"), "+1 (415) 555-0100", ok("+1 (415) 555-0100")],
    ["phone dots", field("phone"), "030.1234.5678", ok("030.1234.5678")],
    ["phone too few digits", field("phone"), "12-34", fail("Please enter a valid phone number")],
    ["phone too many digits", field("phone"), "1".repeat(21), fail("Please enter a valid phone number")],
    ["phone letters", field("phone"), "555-CALL-NOW", fail("Please enter a valid phone number")],
    // url
    ["url https", field("url"), "https://acme.io/pricing", ok("https://acme.io/pricing")],
    ["url http", field("url"), "http://acme.io", ok("http://acme.io")],
    ["url without scheme gets https", field("url"), "acme.io", ok("https://acme.io")],
    ["url other scheme", field("url"), "ftp://acme.io", fail("Please enter a valid web address, like https://example.com")],
    ["url javascript", field("url"), "javascript:alert(1)", fail("Please enter a valid web address, like https://example.com")],
    ["url no dot", field("url"), "localhost", fail("Please enter a valid web address, like https://example.com")],
    ["url with spaces", field("url"), "acme io", fail("Please enter a valid web address, like https://example.com")],
    // phone and url: the length and pattern the builder offers hold, on the answer as typed (trimmed), after its format
    ["phone under its minimum length", field("phone", { validation: { minLength: 12 } }), " 030 1234 ", fail("Please enter at least 12 characters")],
    ["phone at its minimum length", field("phone", { validation: { minLength: 12 } }), "030 1234 567", ok("030 1234 567")],
    ["phone over its maximum length", field("phone", { validation: { maxLength: 10 } }), "+1 415 555 0100", fail("Please enter no more than 10 characters")],
    ["phone not matching its pattern", field("phone", { validation: { pattern: "\\+44.*", patternMessage: "A UK number, please" } }), "+1 415 555 0100", fail("A UK number, please")],
    ["phone matching its pattern", field("phone", { validation: { pattern: "\\+44.*" } }), "+44 20 7946 0000", ok("+44 20 7946 0000")],
    ["phone: an invalid number says so first", field("phone", { validation: { minLength: 12 } }), "abc", fail("Please enter a valid phone number")],
    ["url over its maximum length (as typed: no https:// counted)", field("url", { validation: { maxLength: 10 } }), "acme.io/pricing", fail("Please enter no more than 10 characters")],
    ["url at its maximum length, stored with https://", field("url", { validation: { maxLength: 7 } }), "acme.io", ok("https://acme.io")],
    ["url under its minimum length", field("url", { validation: { minLength: 12 } }), "acme.io", fail("Please enter at least 12 characters")],
    ["url not matching its pattern", field("url", { validation: { pattern: ".*linkedin\\.com/.*" } }), "https://acme.io", fail("Please use the expected format")],
    ["url matching its pattern", field("url", { validation: { pattern: ".*linkedin\\.com/.*" } }), "https://linkedin.com/in/ann", ok("https://linkedin.com/in/ann")],
    // number / currency
    ["number", field("number"), 42, ok(42)],
    ["numeric string", field("number"), " 42.5 ", ok(42.5)],
    ["thousands commas", field("currency"), "1,200,000", ok(1200000)],
    ["negative", field("number"), "-3", ok(-3)],
    ["not a number", field("number"), "lots", fail("Please enter a number")],
    ["ambiguous commas", field("number"), "1,5", fail("Please enter a number")],
    ["infinite", field("number"), Infinity, fail("Please enter a number")],
    ["boolean", field("number"), true, fail("Please enter a number")],
    ["below min", field("number", { validation: { min: 0 } }), -1, fail("Please enter a number of at least 0")],
    ["above max", field("number", { validation: { max: 10 } }), "11", fail("Please enter a number no greater than 10")],
    ["at max", field("number", { validation: { min: 0, max: 10 } }), 10, ok(10)],
    // single choices
    ["single_choice option", field("single_choice", { options }), "b", ok("b")],
    ["single_choice unknown", field("single_choice", { options }), "z", notAnOption("Please choose one of the options")],
    ["single_choice list", field("single_choice", { options }), ["a"], notAnOption("Please choose one of the options")],
    ["dropdown option", field("dropdown", { options }), "c", ok("c")],
    ["dropdown label is not a value", field("dropdown", { options }), "C", notAnOption("Please choose one of the options")],
    ["company_size default band", field("company_size"), "201-1000", ok("201-1000")],
    ["company_size unknown band", field("company_size"), "huge", notAnOption("Please choose one of the options")],
    ["company_size own options", field("company_size", { options: [{ value: "small", label: "Small" }] }), "small", ok("small")],
    ["yes_no", field("yes_no"), "no", ok("no")],
    ["yes_no boolean", field("yes_no"), true, ok("yes")],
    ["yes_no false", field("yes_no"), false, ok("no")],
    ["yes_no in capitals", field("yes_no"), "Yes", ok("yes")],
    ["yes_no spelled true", field("yes_no"), "true", ok("yes")],
    ["yes_no spelled FALSE, padded", field("yes_no"), " FALSE ", ok("no")],
    ["yes_no other", field("yes_no"), "maybe", notAnOption("Please choose one of the options")],
    ["yes_no number", field("yes_no"), 1, notAnOption("Please choose one of the options")],
    // multiple_choice
    ["multiple", field("multiple_choice", { options }), ["a", "c"], ok(["a", "c"])],
    ["multiple from one string", field("multiple_choice", { options }), "a", ok(["a"])],
    ["multiple unknown", field("multiple_choice", { options }), ["a", "z"], notAnOption("Please choose only from the options")],
    ["multiple duplicates", field("multiple_choice", { options }), ["a", "a"], fail("Please choose each option only once")],
    ["multiple not a list", field("multiple_choice", { options }), 3, notAnOption("Please choose from the options")],
    ["minSelected", field("multiple_choice", { options, validation: { minSelected: 2 } }), ["a"], fail("Please choose at least 2 options")],
    ["maxSelected", field("multiple_choice", { options, validation: { maxSelected: 1 } }), ["a", "b"], fail("Please choose no more than 1 option")],
    // date
    ["date", field("date"), "2026-02-28", ok("2026-02-28")],
    ["leap day", field("date"), "2024-02-29", ok("2024-02-29")],
    ["not a leap year", field("date"), "2025-02-29", fail("Please enter a valid date (YYYY-MM-DD)")],
    ["month 13", field("date"), "2026-13-01", fail("Please enter a valid date (YYYY-MM-DD)")],
    ["other format", field("date"), "28/02/2026", fail("Please enter a valid date (YYYY-MM-DD)")],
    ["date time", field("date"), "2026-02-28T10:00:00Z", fail("Please enter a valid date (YYYY-MM-DD)")],
    // consent
    ["consent true", field("consent"), true, ok(true)],
    ["consent false (optional)", field("consent"), false, ok(false)],
    ["consent string", field("consent"), "true", ok(true)],
    ["consent unanswered (optional)", field("consent"), undefined, ok(undefined)],
    ["required consent false", field("consent", { required: true }), false, fail("Please tick this box to continue")],
    ["required consent missing", field("consent", { required: true }), undefined, fail("Please tick this box to continue")],
    ["required consent true", field("consent", { required: true }), true, ok(true)],
    ["consent other", field("consent"), "on", fail("Please tick or untick this box")],
    // statement
    ["statement takes no value", field("statement"), "x", fail("This item does not take an answer")],
    ["statement empty", field("statement", { required: true }), undefined, ok(undefined)],
    // hidden
    ["hidden text", field("hidden"), "newsletter", ok("newsletter")],
    ["hidden number stored as text", field("hidden"), 7, ok("7")],
    ["hidden 500", field("hidden"), long(500), ok(long(500))],
    ["hidden too long", field("hidden"), long(501), fail("This answer is too long (at most 500 characters)")],
    // raw length caps, before any other check (public input never reaches a check at any size)
    ["text over 10,000 raw characters", field("long_text", { validation: { maxLength: 10_000 } }), long(10_001), fail("This answer is too long (at most 10,000 characters)")],
    ["text of blanks over the cap", field("short_text"), " ".repeat(10_001), fail("This answer is too long (at most 10,000 characters)")],
    ["number digits over the cap", field("number"), "1".repeat(51), fail("This answer is too long (at most 50 characters)")],
    ["phone over the cap", field("phone"), "1".repeat(51), fail("This answer is too long (at most 50 characters)")],
    ["email over the cap", field("email"), `${long(320)}@acme.io`, fail("This answer is too long (at most 320 characters)")],
    ["url over the cap", field("url"), `https://acme.io/${long(2000)}`, fail("This answer is too long (at most 2,000 characters)")],
    ["choice value over the cap", field("single_choice", { options }), long(201), fail("This answer is too long (at most 200 characters)")],
    ["one multiple-choice value over the cap", field("multiple_choice", { options }), ["a", long(201)], fail("This answer is too long (at most 200 characters)")],
    ["date over the cap", field("date"), `2026-02-28${" ".repeat(50)}`, fail("This answer is too long (at most 50 characters)")],
    // patterns through RE2 (linear time): a backtracking pattern answers at once
    ["(a+)+ on 40 a's and a mismatch", field("short_text", { validation: { pattern: "(a+)+" } }), `${"a".repeat(40)}!`, fail("Please use the expected format")],
    ["(a+)+ on 40 a's", field("short_text", { validation: { pattern: "(a+)+" } }), "a".repeat(40), ok("a".repeat(40))],
    ["hidden object", field("hidden"), { a: 1 }, fail("This value is not valid")],
  ])("%s", (_name, f, value, expected) => expect(validateFieldValue(f, value, matchRe2Pattern)).toEqual(expected));
});

describe("re2PatternProblem", () => {
  it.each<[string, string, RegExp | null]>([
    ["a plain pattern", "[A-Z]{2}\\d{3}", null],
    ["nested quantifiers (linear in RE2)", "(a+)+", null],
    ["a backreference", "(a)\\1", /escape/],
    ["a lookahead", "(?=a)a", /Perl syntax/],
    ["an unclosed group", "(a", /missing closing \)/],
  ])("%s", (_name, pattern, problem) => {
    const found = re2PatternProblem(pattern);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe("email answers: the same check as the leads API's person.email (email-address.ts)", () => {
  it.each<[string, boolean]>([
    ["ann@acme.io", true],
    ["first.last+tag@sub.example.co.uk", true],
    ["o'brien@acme.com", true],
    ["a@b.c", true],
    ["zoë@exämple.com", true],
    ["ZOË@Example.com", true],
    ["  ann@acme.io  ", true],
    ["no-at.acme.io", false],
    ["ann@acme", false],
    ["ann smith@acme.io", false],
    [`${"x".repeat(64)}@${"d".repeat(186)}.io`, true],
    [`${"x".repeat(64)}@${"d".repeat(187)}.io`, false],
  ])("%s → %s, as isEmailAddress", (address, expected) => {
    const field = ZField.parse({ key: "q", type: "email", label: "Email" });
    expect(validateFieldValue(field, address, matchRe2Pattern).ok).toBe(expected);
    expect(isEmailAddress(address.trim())).toBe(expected);
  });
});
