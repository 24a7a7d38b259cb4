import { describe, expect, it } from "vitest";
import type { TFieldType } from "./form-fields";
import { publishedKeyChanges, publishedKeyProblems } from "./published-key-changes";

type F = { key: string; type: TFieldType; label: string };
const email: F = { key: "email", type: "email", label: "Work email" };
const budget: F = { key: "budget", type: "currency", label: "Budget" };
const role: F = { key: "role", type: "single_choice", label: "Your role" };
const form = (...steps: F[][]) => ({ steps: steps.map((fields) => ({ fields })) });
const v1 = form([email, budget], [role]);

describe("publishedKeyChanges", () => {
  it.each<[string, ReturnType<typeof form>, ReturnType<typeof form> | null, ReturnType<typeof form>[], { path: string; publishedKey: string; draftKey: string }[]]>([
    ["never published: any key may change", form([{ ...email, key: "work_email" }, budget], [role]), null, [], []],
    ["unchanged", v1, v1, [v1], []],
    ["a key renamed in place", form([email, { ...budget, key: "budget_range" }], [role]), v1, [v1], [{ path: "steps.0.fields.1.key", publishedKey: "budget", draftKey: "budget_range" }]],
    [
      "renamed and moved to another step",
      form([email], [role, { ...budget, key: "spend" }]),
      v1,
      [v1],
      [{ path: "steps.1.fields.1.key", publishedKey: "budget", draftKey: "spend" }],
    ],
    ["label compared trimmed", form([email, { ...budget, key: "spend", label: " Budget " }], [role]), v1, [v1], [{ path: "steps.0.fields.1.key", publishedKey: "budget", draftKey: "spend" }]],
    [
      "two renamed",
      form([{ ...email, key: "mail" }, { ...budget, key: "spend" }], [role]),
      v1,
      [v1],
      [
        { path: "steps.0.fields.0.key", publishedKey: "email", draftKey: "mail" },
        { path: "steps.0.fields.1.key", publishedKey: "budget", draftKey: "spend" },
      ],
    ],
    ["a question deleted", form([email], [role]), v1, [v1], []],
    ["a question added", form([email, budget, { key: "seats", type: "number", label: "Seats" }], [role]), v1, [v1], []],
    ["deleted and another added (other label)", form([email, { key: "spend", type: "currency", label: "Yearly spend" }], [role]), v1, [v1], []],
    ["deleted and another added (other type, same label)", form([email, { key: "spend", type: "number", label: "Budget" }], [role]), v1, [v1], []],
    ["the same key with a new label and type is not a rename", form([email, { key: "budget", type: "number", label: "Seats" }], [role]), v1, [v1], []],
    [
      "a key taken back from an older version (restored) is not new",
      form([email, { ...budget, key: "budget_v1" }], [role]),
      v1,
      [v1, form([email, { ...budget, key: "budget_v1" }], [role])],
      [],
    ],
    ["published versions without the current one still count", form([email, { ...budget, key: "old" }], [role]), v1, [form([{ ...budget, key: "old" }])], []],
  ])("%s", (_name, draft, current, published, expected) => {
    expect(publishedKeyChanges(draft, current, published)).toEqual(expected);
  });
});

describe("publishedKeyProblems", () => {
  it("names the path (prefixed), the key to keep and why", () => {
    const [problem] = publishedKeyProblems([{ path: "steps.0.fields.1.key", publishedKey: "budget", draftKey: "spend" }], "definition.");
    expect(problem).toEqual({
      path: "definition.steps.0.fields.1.key",
      fieldKey: "spend",
      message: "This question was published with the key 'budget'; keys are fixed after the form is first published — keep 'budget' (not 'spend').",
    });
  });
});
