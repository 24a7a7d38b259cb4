import { describe, expect, it } from "vitest";
import { enumValue, ZEnumAnyCase } from "./enum-value";

const STATUSES = ["NEW", "ASSIGNED", "FALLBACK"] as const;
const STAGES = ["submitted", "won"] as const;

// A filter value from a URL an integrator or a bookmark built: "WON", "won" and "Won" are one stage.
describe("enumValue: a filter's enum value whatever its letter case", () => {
  it.each<[string, readonly string[], string, string | null]>([
    ["as written", STATUSES, "ASSIGNED", "ASSIGNED"],
    ["lower case", STATUSES, "assigned", "ASSIGNED"],
    ["mixed case", STATUSES, "Fallback", "FALLBACK"],
    ["upper case of a lower-case enum", STAGES, "WON", "won"],
    ["not a value", STATUSES, "WON", null],
    ["no prefix match", STATUSES, "ASSIGN", null],
    ["empty", STATUSES, "", null],
    ["spaces are not trimmed here (the readers trim)", STATUSES, " NEW", null],
    ["a dotless i is not an i (no locale folding)", ["ıtem"], "ITEM", null],
  ])("%s: %j → %j", (_what, values, text, expected) => {
    expect(enumValue(values, text)).toBe(expected);
  });
});

describe("ZEnumAnyCase: the enum's own value out, its message for anything else", () => {
  const schema = ZEnumAnyCase(STAGES, "Use one of submitted, won");
  it.each<[unknown, string | null]>([
    ["won", "won"],
    ["WON", "won"],
    ["Submitted", "submitted"],
    ["lost", null],
    ["", null],
    [7, null],
    [undefined, null],
  ])("%j → %j", (input, expected) => {
    const result = schema.safeParse(input);
    if (expected === null) {
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["Use one of submitted, won"]);
    } else {
      expect(result).toEqual({ success: true, data: expected });
    }
  });
});
