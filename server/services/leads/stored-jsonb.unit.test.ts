// asStoredJsonb gives a JSON value back as a jsonb column would: keys shorter first, then by their
// UTF-8 bytes, at every depth; what JSON text drops or changes, dropped or changed. (The integration
// test lead-answer-from-intake.int.test.ts checks the same against a real jsonb round trip.)
import { describe, expect, it } from "vitest";
import { asStoredJsonb } from "./stored-jsonb";

const keysOf = (value: unknown) => Object.keys(value as object);

describe("asStoredJsonb", () => {
  it.each<[string, unknown, string[]]>([
    ["shorter keys first", { ccc: 1, a: 1, bb: 1 }, ["a", "bb", "ccc"]],
    ["one length: byte order (upper case first)", { b: 1, B: 1, a: 1 }, ["B", "a", "b"]],
    ["length in UTF-8 bytes, not characters", { é: 1, ab: 1, z: 1 }, ["z", "ab", "é"]],
    ["bytes, not UTF-16 units", { "\u{1F600}": 1, "\uFFFD": 1 }, ["\uFFFD", "\u{1F600}"]],
    ["reason data as a decision stores it", { code: "X", params: {}, at: "t" }, ["at", "code", "params"]],
  ])("%s", (_name, value, keys) => {
    expect(keysOf(asStoredJsonb(value))).toEqual(keys);
  });

  it("orders nested objects, in arrays too, and keeps array order", () => {
    const stored = asStoredJsonb({ list: [{ yy: 1, x: 2 }, 3], inner: { bb: { dd: 1, c: 2 }, a: null } }) as { list: [object, number]; inner: { bb: object } };
    expect(keysOf(stored)).toEqual(["list", "inner"]);
    expect(keysOf(stored.list[0])).toEqual(["x", "yy"]);
    expect(stored.list[1]).toBe(3);
    expect(keysOf(stored.inner)).toEqual(["a", "bb"]);
    expect(keysOf(stored.inner.bb)).toEqual(["c", "dd"]);
  });

  it.each<[string, unknown, unknown]>([
    ["undefined properties left out", { a: undefined, b: 1 }, { b: 1 }],
    ["a Date as its ISO text", { at: new Date("2026-12-01T15:00:00.123Z") }, { at: "2026-12-01T15:00:00.123Z" }],
    ["-0 as 0", { n: -0 }, { n: 0 }],
    ["undefined itself", undefined, undefined],
  ])("%s, as JSON text does", (_name, value, expected) => {
    expect(asStoredJsonb(value)).toStrictEqual(expected);
  });
});
