import { describe, expect, it } from "vitest";
import { countLabel, formatCount } from "./count-label";

describe("countLabel (the overview's member and team counts)", () => {
  it.each([
    [0, "member", undefined, "0 members"],
    [1, "member", undefined, "1 member"],
    [2, "member", undefined, "2 members"],
    [1, "team", undefined, "1 team"],
    [3, "team", undefined, "3 teams"],
    [1, "person", "people", "1 person"],
    [4, "person", "people", "4 people"],
    [2080, "lead", undefined, "2,080 leads"],
    [1000000, "lead", undefined, "1,000,000 leads"],
  ])("%i %s → %s", (count, singular, plural, expected) => {
    expect(countLabel(count, singular, plural)).toBe(expected);
  });
});

describe("formatCount (lists' counts: the leads heading, the forms table)", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [2080, "2,080"],
    [1234567, "1,234,567"],
  ])("%i → %s", (count, expected) => {
    expect(formatCount(count)).toBe(expected);
  });
});
