import { describe, expect, it } from "vitest";
import { MAX_CONDITION_DEPTH, nestsDeeperThan, ZCondition } from "./condition";

const rule = { kind: "rule", ref: "score.total", operator: "gte", value: 50 };
/** `groups` groups, each holding the next, the innermost holding a rule. */
function nested(groups: number): unknown {
  let condition: unknown = rule;
  for (let i = 0; i < groups; i++) condition = { kind: "group", op: "and", conditions: [condition] };
  return condition;
}

describe("condition nesting", () => {
  it.each([
    [0, false],
    [1, false],
    [MAX_CONDITION_DEPTH, false],
    [MAX_CONDITION_DEPTH + 1, true],
    [800, true],
  ])("%i groups deep → deeper than the limit: %s", (groups, deeper) => {
    expect(nestsDeeperThan(nested(groups), MAX_CONDITION_DEPTH)).toBe(deeper);
    const parsed = ZCondition.safeParse(nested(groups));
    expect(parsed.success).toBe(!deeper);
  });

  it("a condition 800 groups deep is a validation issue at its own path, not a stack overflow", () => {
    // It was a RangeError (Maximum call stack size exceeded) inside zod: a 500 on PUT /api/v1/routing.
    const parsed = ZCondition.safeParse(nested(800));
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: [], message: `Conditions can nest at most ${MAX_CONDITION_DEPTH} groups deep` })]);
  });

  it("a problem inside a rule keeps its own path", () => {
    const parsed = ZCondition.safeParse({ kind: "group", op: "and", conditions: [rule, { ...rule, operator: "near" }] });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["conditions.1.operator"]);
  });
});
