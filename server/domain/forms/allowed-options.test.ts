import { describe, expect, it } from "vitest";
import type { TFormDefinition } from "./definition";
import { listOptionValues, MAX_LISTED_OPTIONS, withAllowedOptions } from "./allowed-options";
import { NOT_AN_OPTION_MESSAGE, NOT_FROM_THE_OPTIONS_MESSAGE, NOT_ONLY_THE_OPTIONS_MESSAGE, tooLongMessage } from "./validate-field-value";

type TIssue = { path: string; message: string; code?: string };
/** An issue as validateSubmission gives a choice answer that is not an option: its short message and the code. */
const notAnOption = (path: string, message: string): TIssue => ({ path, message, code: "not_an_option" });

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `v${i + 1}`, label: `Option ${i + 1}` }));
const definition = {
  steps: [
    {
      fields: [
        { key: "role", type: "single_choice", label: "Role", options: [{ value: "vp", label: "VP" }, { value: "ic", label: "Individual" }] },
        { key: "size", type: "company_size", label: "Size" },
        { key: "ok", type: "yes_no", label: "OK?" },
        { key: "tools", type: "multiple_choice", label: "Tools", options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] },
        { key: "many", type: "dropdown", label: "Country", options: options(25) },
        { key: "email", type: "email", label: "Email" },
      ],
    },
  ],
} as unknown as TFormDefinition;

describe("listOptionValues", () => {
  it.each<[string, string[], string]>([
    ["one", ["a"], "“a”"],
    ["a few", ["a", "b", "c"], "“a”, “b”, “c”"],
    ["exactly the most listed", options(MAX_LISTED_OPTIONS).map((o) => o.value), options(20).map((o) => `“${o.value}”`).join(", ")],
    ["more: the first 20 and a count", options(25).map((o) => o.value), `${options(20).map((o) => `“${o.value}”`).join(", ")}, …and 5 more`],
  ])("%s", (_name, values, expected) => expect(listOptionValues(values)).toBe(expected));
});

describe("withAllowedOptions", () => {
  it.each<[string, TIssue[], string, TIssue[]]>([
    ["a single choice: its values, not labels", [notAnOption("answers.role", NOT_AN_OPTION_MESSAGE)], "", [notAnOption("answers.role", "Please choose one of the options: “vp”, “ic”")]],
    ["company size without options: the default bands", [notAnOption("answers.size", NOT_AN_OPTION_MESSAGE)], "", [notAnOption("answers.size", "Please choose one of the options: “1-10”, “11-50”, “51-200”, “201-1000”, “1001-5000”, “5001+”")]],
    ["yes/no", [notAnOption("answers.ok", NOT_AN_OPTION_MESSAGE)], "", [notAnOption("answers.ok", "Please choose one of the options: “yes”, “no”")]],
    ["multiple choice, a value not an option", [notAnOption("answers.tools", NOT_ONLY_THE_OPTIONS_MESSAGE)], "", [notAnOption("answers.tools", "Please choose only from the options: “a”, “b”")]],
    ["multiple choice, not a list", [notAnOption("answers.tools", NOT_FROM_THE_OPTIONS_MESSAGE)], "", [notAnOption("answers.tools", "Please choose from the options: “a”, “b”")]],
    ["many options: the first 20 and how many more", [notAnOption("answers.many", NOT_AN_OPTION_MESSAGE)], "", [notAnOption("answers.many", `Please choose one of the options: ${options(20).map((o) => `“${o.value}”`).join(", ")}, …and 5 more`)]],
    ["with a prefix", [notAnOption("lead.answers.role", NOT_AN_OPTION_MESSAGE)], "lead.", [notAnOption("lead.answers.role", "Please choose one of the options: “vp”, “ic”")]],
    ["another problem of a choice question: as it is", [{ path: "answers.role", message: tooLongMessage(200) }, { path: "answers.tools", message: "Please choose each option only once" }], "", [{ path: "answers.role", message: tooLongMessage(200) }, { path: "answers.tools", message: "Please choose each option only once" }]],
    ["not a choice question, unknown keys, other paths: as they are", [{ path: "answers.email", message: "Please enter a valid email address" }, notAnOption("answers.colour", NOT_AN_OPTION_MESSAGE), { path: "person.email", message: "x" }], "", [{ path: "answers.email", message: "Please enter a valid email address" }, notAnOption("answers.colour", NOT_AN_OPTION_MESSAGE), { path: "person.email", message: "x" }]],
    // Keyed on the code, not the text: the short message without the code is someone else's words (as it is) …
    ["the short message without the code: as it is", [{ path: "answers.role", message: NOT_AN_OPTION_MESSAGE }, { path: "answers.tools", message: NOT_ONLY_THE_OPTIONS_MESSAGE }], "", [{ path: "answers.role", message: NOT_AN_OPTION_MESSAGE }, { path: "answers.tools", message: NOT_ONLY_THE_OPTIONS_MESSAGE }]],
    // … and a reworded message with the code still gets the list.
    ["the code with other words: the list follows them", [notAnOption("answers.role", "Pick a role")], "", [notAnOption("answers.role", "Pick a role: “vp”, “ic”")]],
  ])("%s", (_name, issues, prefix, expected) => expect(withAllowedOptions(definition, issues, prefix)).toEqual(expected));
});
