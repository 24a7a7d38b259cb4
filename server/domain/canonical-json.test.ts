import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it.each<[string, unknown, string]>([
    ["keys sorted at every depth", { b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}'],
    ["undefined properties left out", { a: undefined, b: "x" }, '{"b":"x"}'],
    ["undefined array items as null", [1, undefined, "a"], '[1,null,"a"]'],
    ["strings escaped as JSON", { 'k"': "v\n" }, `{${JSON.stringify('k"')}:${JSON.stringify("v\n")}}`],
    ["scalars", 42, "42"],
    ["undefined alone", undefined, "null"],
  ])("%s", (_, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it("gives the same text for the same document in another key order", () => {
    expect(canonicalJson({ form: "demo", answers: { b: 2, a: 1 } })).toBe(canonicalJson({ answers: { a: 1, b: 2 }, form: "demo" }));
  });
});
