import { describe, expect, it } from "vitest";
import { mayNeedStorableJson, storableJson, storableText, withoutNul } from "./storable-text";

describe("withoutNul", () => {
  it.each([
    ["Nul\u0000 Test", "Nul Test"],
    ["\u0000\u0000", ""],
    ["plain", "plain"],
    ["", ""],
    ["a\\u0000b", "a\\u0000b"], // the six characters of an escape, not a NUL
  ])("%j → %j", (input, expected) => expect(withoutNul(input)).toBe(expected));
});

describe("storableText", () => {
  it.each([
    ["cut emoji \ud83d", "cut emoji \ufffd"],
    ["\ude00 low first", "\ufffd low first"],
    ["whole emoji \ud83d\ude00", "whole emoji \ud83d\ude00"],
    ["both\u0000 \udbff", "both \ufffd"],
    ["plain", "plain"],
  ])("%j → %j", (input, expected) => expect(storableText(input)).toBe(expected));
});

describe("storableJson", () => {
  it.each([
    [{ name: "a\u0000b", n: 1, ok: true, none: null }, { name: "ab", n: 1, ok: true, none: null }],
    [{ "ke\u0000y": ["x\u0000", { deep: "\u0000y" }] }, { key: ["x", { deep: "y" }] }],
    ["\u0000", ""],
    [[1, "2\u0000"], [1, "2"]],
    [42, 42],
    [{ "k\ud800": ["\udc00x", { name: "Zoë \ud83d" }] }, { "k\ufffd": ["\ufffdx", { name: "Zoë \ufffd" }] }],
  ])("%j", (input, expected) => expect(storableJson(input)).toEqual(expected));
});

describe("mayNeedStorableJson (the JSON text, escapes as written)", () => {
  it.each([
    [String.raw`{"a":"\u0000"}`, true],
    [String.raw`{"a":"\ud800"}`, true],
    [String.raw`{"a":"\uDFFF"}`, true],
    [String.raw`{"a":"\ud83d\ude00"}`, true], // over-inclusive: a whole pair is walked too
    [String.raw`{"a":"\u00e9 \u0041 \uD7FF \ue000"}`, false],
    [String.raw`{"a":"plain \\ backslash"}`, false],
    [String.raw`{"a":"\u"}`, false],
    ["", false],
  ])("%s → %s", (text, expected) => expect(mayNeedStorableJson(text)).toBe(expected));
});
