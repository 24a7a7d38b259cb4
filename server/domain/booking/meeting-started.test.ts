import { describe, expect, it } from "vitest";
import { hasMeetingStarted } from "./meeting-started";

const START = new Date("2026-12-01T15:00:00Z");
const at = (ms: number) => new Date(START.getTime() + ms);

describe("hasMeetingStarted", () => {
  it.each<[string, Date, boolean]>([
    ["a day before", at(-86_400_000), false],
    ["a millisecond before", at(-1), false],
    ["at its start", START, true],
    ["during it", at(10 * 60_000), true],
    ["a day after", at(86_400_000), true],
  ])("%s → %s", (_name, now, expected) => {
    expect(hasMeetingStarted(START, now)).toBe(expected);
  });
});
