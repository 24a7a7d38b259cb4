import { describe, expect, it } from "vitest";
import { mayNeedStorableJson, storableJson, storableText, storableValue, withoutNul } from "./storable-text";

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

describe("storableValue (tRPC input: plain objects and arrays, nothing copied unless changed)", () => {
  it.each([
    [{ name: "a\u0000b", n: 1, ok: true, none: null }, { name: "ab", n: 1, ok: true, none: null }],
    [{ "k\ud800": ["\udc00x", { name: "Zoë \ud83d" }] }, { "k\ufffd": ["\ufffdx", { name: "Zoë \ufffd" }] }],
    [["fine", "cut \ud83d"], ["fine", "cut \ufffd"]],
    ["\u0000", ""],
    [undefined, undefined],
  ])("%j", (input, expected) => expect(storableValue(input)).toEqual(expected));

  it("gives back the same value when every text is storable (a whole emoji too)", () => {
    const input = { title: "Launch 🎉", steps: [{ id: "s1", fields: [{ label: "Zoë" }] }], at: new Date(0) };
    expect(storableValue(input)).toBe(input);
  });

  it("copies only the changed path and keeps other objects (a Date, a Map) as they are", () => {
    const at = new Date("2026-12-01T00:00:00Z");
    const untouched = { label: "fine" };
    const map = new Map([["k", "\u0000"]]);
    const input = { baseUpdatedAt: at, other: untouched, map, definition: { title: "Half \ud83d", keep: untouched } };
    const out = storableValue(input);
    expect(out).not.toBe(input);
    expect(out.baseUpdatedAt).toBe(at);
    expect(out.other).toBe(untouched);
    expect(out.map).toBe(map);
    expect(out.definition).toEqual({ title: "Half \ufffd", keep: untouched });
    expect(input.definition.title).toBe("Half \ud83d"); // the caller's value is not changed
  });

  it("a __proto__ key stays an own property", () => {
    const input = JSON.parse('{"__proto__": {"x": "\\u0000"}, "a": "\\u0000"}') as Record<string, unknown>;
    const out = storableValue(input);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["__proto__", "a"]);
  });
});
