import { describe, expect, it } from "vitest";
import { deepFreeze } from "./deep-freeze";

describe("deepFreeze", () => {
  const cases: { name: string; change: (value: { paths: { id: string; rules: { op: string }[] }[]; meta: Map<string, string> | null } ) => void }[] = [
    { name: "a top-level field", change: (v) => void ((v as { meta: unknown }).meta = null) },
    { name: "an array", change: (v) => void v.paths.push({ id: "x", rules: [] }) },
    { name: "an object in an array", change: (v) => void (v.paths[0]!.id = "changed") },
    { name: "an array two levels down", change: (v) => void v.paths[0]!.rules.pop() },
    { name: "an object three levels down", change: (v) => void (v.paths[0]!.rules[0]!.op = "changed") },
  ];
  it.each(cases)("refuses a change to $name and keeps the value", ({ change }) => {
    const value = deepFreeze({ paths: [{ id: "p1", rules: [{ op: "equals" }] }], meta: null });
    expect(() => change(value)).toThrow(TypeError);
    expect(value).toEqual({ paths: [{ id: "p1", rules: [{ op: "equals" }] }], meta: null });
  });
  it("returns the same value, and leaves primitives and null alone", () => {
    const value = { a: 1 };
    expect(deepFreeze(value)).toBe(value);
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze("text")).toBe("text");
  });
});
