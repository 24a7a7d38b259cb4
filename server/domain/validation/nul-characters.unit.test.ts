import { describe, expect, it } from "vitest";
import { withoutNul, withoutNulDeep } from "./nul-characters";

describe("withoutNul", () => {
  it.each([
    ["Nul\u0000 Test", "Nul Test"],
    ["\u0000\u0000", ""],
    ["plain", "plain"],
    ["", ""],
    ["a\\u0000b", "a\\u0000b"], // the six characters of an escape, not a NUL
  ])("%j → %j", (input, expected) => expect(withoutNul(input)).toBe(expected));
});

describe("withoutNulDeep", () => {
  it.each([
    [{ name: "a\u0000b", n: 1, ok: true, none: null }, { name: "ab", n: 1, ok: true, none: null }],
    [{ "ke\u0000y": ["x\u0000", { deep: "\u0000y" }] }, { key: ["x", { deep: "y" }] }],
    ["\u0000", ""],
    [[1, "2\u0000"], [1, "2"]],
    [42, 42],
  ])("%j", (input, expected) => expect(withoutNulDeep(input)).toEqual(expected));
});
