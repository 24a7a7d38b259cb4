import { describe, expect, it } from "vitest";
import type { TFormDefinition } from "./definition";
import { listOptionValues, MAX_LISTED_OPTIONS, withAllowedOptions } from "./allowed-options";
import { NOT_AN_OPTION_MESSAGE, NOT_FROM_THE_OPTIONS_MESSAGE, NOT_ONLY_THE_OPTIONS_MESSAGE, tooLongMessage } from "./validate-field-value";

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
  it.each<[string, { path: string; message: string }[], string, { path: string; message: string }[]]>([
    ["a single choice: its values, not labels", [{ path: "answers.role", message: NOT_AN_OPTION_MESSAGE }], "", [{ path: "answers.role", message: "Please choose one of the options: “vp”, “ic”" }]],
    ["company size without options: the default bands", [{ path: "answers.size", message: NOT_AN_OPTION_MESSAGE }], "", [{ path: "answers.size", message: "Please choose one of the options: “1-10”, “11-50”, “51-200”, “201-1000”, “1001-5000”, “5001+”" }]],
    ["yes/no", [{ path: "answers.ok", message: NOT_AN_OPTION_MESSAGE }], "", [{ path: "answers.ok", message: "Please choose one of the options: “yes”, “no”" }]],
    ["multiple choice, a value not an option", [{ path: "answers.tools", message: NOT_ONLY_THE_OPTIONS_MESSAGE }], "", [{ path: "answers.tools", message: "Please choose only from the options: “a”, “b”" }]],
    ["multiple choice, not a list", [{ path: "answers.tools", message: NOT_FROM_THE_OPTIONS_MESSAGE }], "", [{ path: "answers.tools", message: "Please choose from the options: “a”, “b”" }]],
    ["many options: the first 20 and how many more", [{ path: "answers.many", message: NOT_AN_OPTION_MESSAGE }], "", [{ path: "answers.many", message: `Please choose one of the options: ${options(20).map((o) => `“${o.value}”`).join(", ")}, …and 5 more` }]],
    ["with a prefix", [{ path: "lead.answers.role", message: NOT_AN_OPTION_MESSAGE }], "lead.", [{ path: "lead.answers.role", message: "Please choose one of the options: “vp”, “ic”" }]],
    ["another problem of a choice question: as it is", [{ path: "answers.role", message: tooLongMessage(200) }, { path: "answers.tools", message: "Please choose each option only once" }], "", [{ path: "answers.role", message: tooLongMessage(200) }, { path: "answers.tools", message: "Please choose each option only once" }]],
    ["not a choice question, unknown keys, other paths: as they are", [{ path: "answers.email", message: "Please enter a valid email address" }, { path: "answers.colour", message: NOT_AN_OPTION_MESSAGE }, { path: "person.email", message: "x" }], "", [{ path: "answers.email", message: "Please enter a valid email address" }, { path: "answers.colour", message: NOT_AN_OPTION_MESSAGE }, { path: "person.email", message: "x" }]],
  ])("%s", (_name, issues, prefix, expected) => expect(withAllowedOptions(definition, issues, prefix)).toEqual(expected));
});
