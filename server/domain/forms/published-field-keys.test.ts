import { describe, expect, it } from "vitest";
import { publishedFieldKeys } from "./published-field-keys";

const version = (...steps: string[][]) => ({ title: "F", steps: steps.map((keys, i) => ({ id: `s${i}`, title: "S", fields: keys.map((key) => ({ key, type: "short_text", label: key })) })) });

describe("publishedFieldKeys", () => {
  const cases: [string, unknown[], string[]][] = [
    ["never published: no keys", [], []],
    ["one version, every step", [version(["email", "name"], ["company"])], ["company", "email", "name"]],
    ["keys of older versions stay (answers and columns keep them)", [version(["email", "budget"]), version(["email", "team_size"])], ["budget", "email", "team_size"]],
    ["a key in several versions once", [version(["email"]), version(["email"], ["email"])], ["email"]],
    ["a version with no questions", [version()], []],
    ["a stored version that no longer parses still counts its keys", [{ steps: [{ fields: [{ key: "legacy_key", type: "gone_type" }] }] }], ["legacy_key"]],
    ["junk is skipped, not thrown", [null, "x", 3, { steps: "x" }, { steps: [null, { fields: [null, { key: 7 }, { key: "" }, { label: "no key" }] }] }], []],
  ];
  it.each(cases)("%s", (_name, definitions, expected) => {
    expect(publishedFieldKeys(definitions)).toEqual(expected);
  });
});
