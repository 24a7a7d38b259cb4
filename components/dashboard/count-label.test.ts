import { describe, expect, it } from "vitest";
import { countLabel } from "./count-label";

describe("countLabel (the overview's member and team counts)", () => {
  it.each([
    [0, "member", undefined, "0 members"],
    [1, "member", undefined, "1 member"],
    [2, "member", undefined, "2 members"],
    [1, "team", undefined, "1 team"],
    [3, "team", undefined, "3 teams"],
    [1, "person", "people", "1 person"],
    [4, "person", "people", "4 people"],
  ])("%i %s → %s", (count, singular, plural, expected) => {
    expect(countLabel(count, singular, plural)).toBe(expected);
  });
});
