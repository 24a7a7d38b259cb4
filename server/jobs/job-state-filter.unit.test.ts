import { describe, expect, it } from "vitest";
import { jobStateFilter } from "./list-jobs";

describe("jobStateFilter (the Jobs page's ?state=)", () => {
  it.each([
    [undefined, undefined],
    ["failed", "failed"],
    ["FAILED", "failed"],
    ["Retry", "retry"],
    ["cAnCeLLeD", "cancelled"],
    ["", undefined],
    ["broken", undefined],
    ["failed ", undefined],
  ] as const)("%j → %j", (requested, expected) => {
    expect(jobStateFilter(requested)).toBe(expected);
  });
});
