// A trusted caller's number for a text question is taken as its text (numbers-as-text.ts); the
// public submissions (requiredAnswers "enforce") stay strict.
import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "../forms/definition";
import { matchNativePattern } from "../forms/pattern-matcher";
import { checkAnswers, type TRequiredAnswers } from "./missing-required";
import { withNumbersAsText } from "./numbers-as-text";

const definition = ZFormDefinition.parse({
  title: "CRM form",
  steps: [
    {
      id: "one",
      fields: [
        { key: "email", type: "email", label: "Work email" },
        { key: "zip", type: "short_text", label: "Zip code", validation: { pattern: "^[0-9]{5}$", patternMessage: "Use 5 digits" } },
        { key: "employees", type: "short_text", label: "Employees" },
        { key: "short", type: "short_text", label: "Short", validation: { maxLength: 3 } },
        { key: "notes", type: "long_text", label: "Notes" },
        { key: "phone", type: "phone", label: "Phone" },
        { key: "site", type: "url", label: "Website" },
        { key: "day", type: "date", label: "Day" },
        { key: "budget", type: "number", label: "Budget" },
        { key: "src", type: "hidden", label: "Source" },
        { key: "role", type: "single_choice", label: "Role", options: [{ value: "vp", label: "VP" }, { value: "ic", label: "IC" }] },
        { key: "vp_note", type: "short_text", label: "VP note" },
        { key: "seats", type: "dropdown", label: "Seats", options: [{ value: "5", label: "5 seats" }, { value: "10", label: "10 seats" }, { value: "2.5", label: "Two and a half" }] },
        { key: "tools", type: "multiple_choice", label: "Tools", options: [{ value: "1", label: "One" }, { value: "2", label: "Two" }, { value: "crm", label: "CRM" }] },
        { key: "plan", type: "single_choice", label: "Plan", options: [{ value: "100", label: "100 leads" }, { value: "1000", label: "1,000 leads" }] },
      ],
    },
  ],
  logic: [{ id: "note_for_vp", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "vp_note" } }],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
});

const check = (answers: Record<string, unknown>, mode: TRequiredAnswers = "warn") => checkAnswers(definition, answers, matchNativePattern, mode);

describe("checkAnswers for a trusted caller: a number for a text question is taken as its text", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["short text: 94107 → \"94107\", held to its pattern", { zip: 94107 }, { zip: "94107" }],
    ["short text without rules: an employee count", { employees: 250 }, { employees: "250" }],
    ["negative and decimal numbers as JSON spells them", { employees: -1.5, notes: 0.25 }, { employees: "-1.5", notes: "0.25" }],
    ["long text", { notes: 42 }, { notes: "42" }],
    ["phone: 14155550123 → \"14155550123\"", { phone: 14155550123 }, { phone: "14155550123" }],
    ["number and hidden questions keep taking numbers as before", { budget: 1200, src: 7 }, { budget: 1200, src: "7" }],
    ["a dropdown's option spelled by a number: 10 → \"10\"", { seats: 10 }, { seats: "10" }],
    ["…a decimal one as JSON spells it", { seats: 2.5 }, { seats: "2.5" }],
    ["a single choice's option", { plan: 1000 }, { plan: "1000" }],
    ["a multiple choice's list of numbers and texts", { tools: [1, "crm", 2] }, { tools: ["1", "crm", "2"] }],
  ])("%s (no warning: nothing is lost, as for person.name)", (_name, answers, expected) => {
    expect(check(answers)).toEqual({ ok: true, answers: expected, endOutcomeId: null, notApplicable: {}, warnings: [] });
  });

  it.each<[string, Record<string, unknown>, { path: string; message: string }]>([
    ["the text is validated as text: a pattern it does not match", { zip: 123 }, { path: "answers.zip", message: "Use 5 digits" }],
    ["…and a maximum length", { short: 12345 }, { path: "answers.short", message: "Please enter no more than 3 characters" }],
    ["a phone number too short is not a phone number", { phone: 12 }, { path: "answers.phone", message: "Please enter a valid phone number" }],
    ["an email never is a number: still a 422", { email: 5 }, { path: "answers.email", message: "Please enter a valid email address" }],
    ["a web address neither", { site: 5 }, { path: "answers.site", message: "Please enter a valid web address, like https://example.com" }],
    ["a date is not converted", { day: 20261201 }, { path: "answers.day", message: "Please enter a valid date (YYYY-MM-DD)" }],
    ["a number that is no option's value is not converted", { role: 1 }, { path: "answers.role", message: "Please choose one of the options" }],
    ["…for a dropdown either (7 seats are not offered)", { seats: 7 }, { path: "answers.seats", message: "Please choose one of the options" }],
    ["…nor in a multiple choice's list", { tools: [1, 3] }, { path: "answers.tools", message: "Please choose only from the options" }],
  ])("%s → a 422 at its path", (_name, answers, issue) => {
    expect(check(answers)).toEqual({ ok: false, issues: [expect.objectContaining(issue)] });
  });

  it("an answer that does not apply is kept as given: the number stays a number in notApplicable", () => {
    expect(check({ role: "ic", vp_note: 7 })).toMatchObject({ ok: true, answers: { role: "ic" }, notApplicable: { vp_note: 7 }, warnings: [expect.objectContaining({ path: "answers.vp_note" })] });
    expect(check({ role: "vp", vp_note: 7 })).toMatchObject({ ok: true, answers: { role: "vp", vp_note: "7" }, notApplicable: {}, warnings: [] });
  });

  it("the public submissions (enforce) stay strict: a number for a text question is a 422 \"Please enter text\"", () => {
    expect(check({ employees: 250 }, "enforce")).toEqual({ ok: false, issues: [{ path: "answers.employees", message: "Please enter text" }] });
    expect(check({ seats: 10 }, "enforce")).toMatchObject({ ok: false, issues: [{ path: "answers.seats" }] });
  });
});

describe("withNumbersAsText", () => {
  it("converts only finite numbers of text-like questions; the same object when nothing is converted", () => {
    const answers = { employees: "250", budget: 3, email: 4, unknown: 5 };
    expect(withNumbersAsText(definition, answers).answers).toBe(answers);
    expect(withNumbersAsText(definition, { employees: 1e21 }).answers).toEqual({ employees: "1e+21" });
  });
});

describe("checkAnswers for a trusted caller: a choice's option value in another letter case is that option", () => {
  // A CRM's picklist sends "VP" or "Vp" for the option "vp"; it was a 422 "not one of the options" and the lead was lost.
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["single choice: \"VP\" → \"vp\"", { role: "VP" }, { role: "vp" }],
    ["…with spaces around: \" Ic \" → \"ic\"", { role: " Ic " }, { role: "ic" }],
    ["multiple choice: each value of the list", { tools: ["CRM", "1"] }, { tools: ["crm", "1"] }],
    ["multiple choice given as one text", { tools: "Crm" }, { tools: ["crm"] }],
  ])("%s (no warning: the option is the one named)", (_name, answers, expected) => {
    expect(check(answers)).toEqual({ ok: true, answers: expected, endOutcomeId: null, notApplicable: {}, warnings: [] });
  });

  it("a case-folded answer that the logic then shows is that option (the logic reads the option's value)", () => {
    expect(check({ role: "VP", vp_note: "x" })).toMatchObject({ ok: true, answers: { role: "vp", vp_note: "x" }, notApplicable: {}, warnings: [] });
  });

  it("an answer that does not apply is kept as sent, in its own letter case", () => {
    expect(check({ role: "ic", vp_note: "x" })).toMatchObject({ ok: true, notApplicable: { vp_note: "x" } });
    const hidden = ZFormDefinition.parse({
      ...definition,
      logic: [{ id: "hide_role", when: { kind: "rule", ref: "employees", operator: "equals", value: "1" }, action: { type: "hide_field", fieldKey: "role" } }],
    });
    expect(checkAnswers(hidden, { employees: "1", role: "VP" }, matchNativePattern, "warn")).toMatchObject({ ok: true, notApplicable: { role: "VP" } });
  });

  it.each<[string, Record<string, unknown>, { path: string; message: string }]>([
    ["a label is not an option's value: still a 422", { seats: "5 Seats" }, { path: "answers.seats", message: "Please choose one of the options" }],
    ["no option reads so in any case", { role: "Director" }, { path: "answers.role", message: "Please choose one of the options" }],
  ])("%s", (_name, answers, issue) => {
    expect(check(answers)).toEqual({ ok: false, issues: [expect.objectContaining(issue)] });
  });

  it("two options that differ only by letter case: only the exact value is taken", () => {
    const twins = ZFormDefinition.parse({
      title: "Twins",
      steps: [{ id: "one", fields: [{ key: "grade", type: "single_choice", label: "Grade", options: [{ value: "a", label: "a" }, { value: "A", label: "A" }] }] }],
      outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
      defaultOutcomeId: "thanks",
    });
    const run = (grade: string) => checkAnswers(twins, { grade }, matchNativePattern, "warn");
    expect(run("A")).toMatchObject({ ok: true, answers: { grade: "A" } });
    expect(run(" a ")).toMatchObject({ ok: false });
  });

  it("the public submissions (enforce) stay strict: \"VP\" is not an option", () => {
    expect(check({ role: "VP" }, "enforce")).toMatchObject({ ok: false, issues: [{ path: "answers.role" }] });
  });
});
