import { describe, expect, it } from "vitest";
import type { TField, TOutcome } from "@/server/domain/forms/definition";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { testState } from "@/server/domain/forms/editor/test-state";
import { draftProblem, fieldProblems, fieldProblemSummary, outcomeProblems, problemSummary, scoringPublishProblem, type TSchemaIssue, whatIsWrong } from "./draft-problems";

/** testState() with one change made in place (a fresh copy each time). */
function changed(change: (state: TEditorState) => void): TEditorState {
  const state = structuredClone(testState());
  change(state);
  return state;
}
const field = (s: TEditorState, step: number, index: number) => s.definition.steps[step]!.fields[index]!;

describe("draftProblem: the first problem in the marketer's words, and where it is", () => {
  it.each<[string, (s: TEditorState) => void, { message: string; path: string; fieldKey?: string }]>([
    [
      "a question's label cleared: named by its type and key",
      (s) => (field(s, 0, 1).label = ""),
      { message: "Step 1, question 2 (Single choice, key role): the label is empty", path: "steps.0.fields.1.label", fieldKey: "role" },
    ],
    [
      "an option's label cleared",
      (s) => (field(s, 0, 1).options![1]!.label = ""),
      { message: "Step 1, question 2 (Role), option 2: the label is empty", path: "steps.0.fields.1.options.1.label", fieldKey: "role" },
    ],
    [
      "a label too long",
      (s) => (field(s, 1, 1).label = "x".repeat(501)),
      { message: `Step 2, question 2 (${"x".repeat(501)}): the label is too long (at most 500 characters)`, path: "steps.1.fields.1.label", fieldKey: "notes" },
    ],
    [
      "a currency code of two letters",
      (s) => (field(s, 0, 2).currency = "EU"),
      { message: "Step 1, question 3 (Budget): the currency code needs exactly 3 characters", path: "steps.0.fields.2.currency", fieldKey: "budget" },
    ],
    [
      "a maximum length of 0",
      (s) => (field(s, 1, 1).validation = { maxLength: 0 }),
      { message: "Step 2, question 2 (Notes): the maximum length must be at least 1", path: "steps.1.fields.1.validation.maxLength", fieldKey: "notes" },
    ],
    [
      "a currency question's minimum above its maximum: refused as the server refuses it",
      (s) => (field(s, 0, 2).validation = { min: 5000, max: 100 }),
      { message: "Step 1, question 3 (Budget): the minimum (5,000) is more than the maximum (100)", path: "steps.0.fields.2.validation.max", fieldKey: "budget" },
    ],
    [
      "a currency question's maximum past the largest amount",
      (s) => (field(s, 0, 2).validation = { max: 5e12 }),
      { message: "Step 1, question 3 (Budget): the maximum (5,000,000,000,000) is more than the largest amount this question takes (999,999,999,999.99)", path: "steps.0.fields.2.validation.max", fieldKey: "budget" },
    ],
    [
      "a multiple choice's “pick at least” above its number of options",
      (s) => (s.definition.steps[0]!.fields[1] = { ...field(s, 0, 1), type: "multiple_choice", validation: { minSelected: 3 } }),
      { message: "Step 1, question 2 (Role): the “pick at least” (3) is more than the options this question has (2)", path: "steps.0.fields.1.validation.minSelected", fieldKey: "role" },
    ],
    [
      "a text's minimum length above its maximum length",
      (s) => (field(s, 1, 1).validation = { minLength: 50, maxLength: 20 }),
      { message: "Step 2, question 2 (Notes): the minimum length (50) is more than the maximum length (20)", path: "steps.1.fields.1.validation.maxLength", fieldKey: "notes" },
    ],
    ["the form's title cleared", (s) => (s.definition.title = ""), { message: "The form: the title is empty", path: "title" }],
    [
      "a redirect that is not http(s): the schema's own words are kept",
      (s) => (s.definition.outcomes[0] = { id: "thanks", type: "redirect", url: "ftp://example.com" }),
      { message: "End screen 1 (Go to ftp://example.com): the web address is not valid: Use an http(s) address", path: "outcomes.0.url" },
    ],
    [
      "a new redirect without an address",
      (s) => s.definition.outcomes.push({ id: "end_1", type: "redirect", url: "" }),
      { message: "End screen 2 (Go to a web address (not set)): the web address is empty", path: "outcomes.1.url" },
    ],
    [
      "an end screen's title too long: named by its title",
      (s) => (s.definition.outcomes[0] = { id: "thanks", type: "booking", title: "x".repeat(201), body: "" }),
      { message: `End screen 1 (${"x".repeat(201)}): the title is too long (at most 200 characters)`, path: "outcomes.0.title" },
    ],
    ["a tier's label cleared", (s) => (s.scoring.tiers[1]!.label = ""), { message: "Scoring, tier 2: the label is empty", path: "scoring.tiers.1.label" }],
    ["a deal value currency of four letters", (s) => (s.scoring.dealValue!.currency = "EURO"), { message: "Scoring, deal value: the currency code needs exactly 3 characters", path: "scoring.dealValue.currency" }],
  ])("%s", (_, change, expected) => {
    const { count: _count, ...problem } = draftProblem(changed(change))!;
    expect(problem).toEqual(expected);
  });

  it("a valid draft has none", () => expect(draftProblem(testState())).toBeNull());
});

describe("problemSummary", () => {
  it.each([
    [1, "Step 1: x"],
    [2, "Step 1: x (and 1 more problem)"],
    [4, "Step 1: x (and 3 more problems)"],
  ])("%i problem(s) → %s", (count, expected) => expect(problemSummary({ message: "Step 1: x", path: "steps.0", count })).toBe(expected));

  it("counts the definition's and the scoring's problems", () => {
    const state = changed((s) => {
      field(s, 0, 0).label = "";
      s.scoring.tiers[0]!.label = "";
    });
    expect(problemSummary(draftProblem(state)!)).toBe("Step 1, question 1 (Email, key email): the label is empty (and 1 more problem)");
  });
});

describe("whatIsWrong", () => {
  it.each<[TSchemaIssue, string]>([
    [{ code: "too_small", path: [], message: "", origin: "string", minimum: 1 }, "is empty"],
    [{ code: "too_small", path: [], message: "", origin: "string", minimum: 8 }, "is too short (at least 8 characters)"],
    [{ code: "too_small", path: [], message: "", origin: "array", minimum: 1 }, "is empty"],
    [{ code: "too_small", path: [], message: "", origin: "number", minimum: -1000 }, "must be at least -1000"],
    [{ code: "too_big", path: [], message: "", origin: "string", maximum: 60 }, "is too long (at most 60 characters)"],
    [{ code: "too_big", path: [], message: "", origin: "array", maximum: 30 }, "has too many (at most 30)"],
    [{ code: "too_big", path: [], message: "", origin: "number", maximum: 1000 }, "must be at most 1000"],
    [{ code: "too_big", path: [], message: "", origin: "string", maximum: 3, exact: true }, "needs exactly 3 characters"],
    [{ code: "invalid_type", path: [], message: "Invalid input: expected number, received NaN" }, "is missing or not valid"],
    [{ code: "invalid_format", path: [], message: "Invalid URL" }, "is not valid"],
    [{ code: "invalid_format", path: [], message: "Use lowercase letters, digits and _ (starting with a letter)" }, "is not valid: Use lowercase letters, digits and _ (starting with a letter)"],
  ])("%j → %s", (issue, expected) => expect(whatIsWrong(issue)).toBe(expected));
});

describe("whatIsWrong with the value at fault: an empty text says what is missing", () => {
  const url = { code: "invalid_format", path: ["url"], message: "Invalid URL" };
  it.each<[TSchemaIssue, unknown, string]>([
    [url, "", "is empty"],
    [url, "  ", "is empty"],
    [url, "example", "is not valid"],
    [url, undefined, "is not valid"],
    [{ code: "too_small", path: [], message: "", origin: "string", minimum: 8 }, "", "is too short (at least 8 characters)"],
  ])("%j with %j → %s", (issue, value, expected) => expect(whatIsWrong(issue, value)).toBe(expected));
});

describe("fieldProblems: by path inside the question, as a sentence", () => {
  const role: TField = { key: "role", type: "single_choice", label: "Role", required: false, options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }] };
  it.each<[string, TField, Record<string, string>]>([
    ["none", role, {}],
    ["the label", { ...role, label: "" }, { label: "The label is empty." }],
    ["an option's label", { ...role, options: [{ value: "vp", label: "VP" }, { value: "student", label: "" }] }, { "options.1.label": "The label is empty." }],
    ["the currency", { key: "budget", type: "currency", label: "Budget", required: false, currency: "EU" }, { currency: "The currency code needs exactly 3 characters." }],
    ["a number's minimum above its maximum: at the maximum", { key: "seats", type: "number", label: "Seats", required: false, validation: { min: 10, max: 5 } }, { "validation.max": "The minimum (10) is more than the maximum (5)." }],
    ["pick at least above pick at most", { ...role, type: "multiple_choice", validation: { minSelected: 2, maxSelected: 1 } }, { "validation.maxSelected": "The “pick at least” (2) is more than the “pick at most” (1)." }],
    ["pick at least above the number of options: at “pick at least”", { ...role, type: "multiple_choice", validation: { minSelected: 3 } }, { "validation.minSelected": "The “pick at least” (3) is more than the options this question has (2)." }],
    ["pick at most 0", { ...role, type: "multiple_choice", validation: { maxSelected: 0 } }, { "validation.maxSelected": "“pick at most” must be at least 1." }],
    ["a currency maximum past the largest amount", { key: "budget", type: "currency", label: "Budget", required: false, validation: { max: 1e12 } }, { "validation.max": "The maximum (1,000,000,000,000) is more than the largest amount this question takes (999,999,999,999.99)." }],
    ["a currency minimum below 0", { key: "budget", type: "currency", label: "Budget", required: false, validation: { min: -1 } }, { "validation.min": "The minimum (-1) is less than the smallest amount this question takes (0)." }],
    ["a phone's minimum length past the longest phone number", { key: "phone", type: "phone", label: "Phone", required: false, validation: { minLength: 80 } }, { "validation.minLength": "The minimum length (80) is more than the longest answer this question takes (50 characters)." }],
  ])("%s", (_, f, expected) => expect(fieldProblems(f)).toEqual(expected));

  it.each<[string, TField, string | undefined]>([
    ["none", role, undefined],
    ["the label", { ...role, label: "" }, "the label is empty"],
    ["an option's label: named by its place", { ...role, options: [{ value: "vp", label: "" }] }, "option 1: the label is empty"],
    ["a minimum length above the maximum length", { key: "notes", type: "long_text", label: "Notes", required: false, validation: { minLength: 9, maxLength: 3 } }, "the minimum length (9) is more than the maximum length (3)"],
  ])("fieldProblemSummary: %s", (_, f, expected) => expect(fieldProblemSummary(f)).toBe(expected));
});

describe("scoringPublishProblem: what publish will refuse, shown before publishing", () => {
  const noPoints = (s: TEditorState) => {
    s.scoring.optionPoints = [];
    s.scoring.rules = [];
    s.scoring.knockouts = [];
    delete s.scoring.freeEmail;
  };
  it.each<[string, (s: TEditorState) => void, { message: string; path: string } | null]>([
    ["the test form: answers can reach every tier", () => {}, null],
    [
      "no points anywhere: every lead in the floor tier",
      noPoints,
      { path: "scoring.tiers.1.minScore", message: "Every lead would be 'Cold': no combination of answers scores more than 0, and 'Warm' needs 10. Give answers points in Scoring, or set 'Warm' to 0 to keep every lead" },
    ],
    ["no points, but the lowest tier starts at 0", (s) => { noPoints(s); s.scoring.tiers[1]!.minScore = 0; }, null],
  ])("%s", (_name, change, expected) => expect(scoringPublishProblem(changed(change))).toEqual(expected));
});

describe("outcomeProblems: an end screen's problems by its input, as a sentence", () => {
  it.each<[string, TOutcome, Record<string, string>]>([
    ["none", { id: "a", type: "message", title: "Thanks", body: "" }, {}],
    ["no web address: says what is missing", { id: "a", type: "redirect", url: "" }, { url: "The web address is empty." }],
    ["only spaces for a web address", { id: "a", type: "redirect", url: "   " }, { url: "The web address is empty." }],
    ["a web address that is not one", { id: "a", type: "redirect", url: "example" }, { url: "The web address is not valid." }],
    ["not http(s)", { id: "a", type: "redirect", url: "mailto:sales@example.com" }, { url: "The web address is not valid: Use an http(s) address." }],
    ["a title too long", { id: "a", type: "booking", title: "x".repeat(201), body: "" }, { title: "The title is too long (at most 200 characters)." }],
    ["a text too long", { id: "a", type: "message", title: "", body: "x".repeat(2001) }, { body: "The text is too long (at most 2000 characters)." }],
  ])("%s", (_, outcome, expected) => expect(outcomeProblems(outcome)).toEqual(expected));
});
