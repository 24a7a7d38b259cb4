import { describe, expect, it } from "vitest";
import { dayKeyLabel } from "./booking-dates";

describe("dayKeyLabel: a slot day's heading on the booking pages", () => {
  it.each<[string, string]>([
    ["2026-12-07", "Monday 7 December"],
    ["2026-12-31", "Thursday 31 December"],
    ["2027-01-01", "Friday 1 January"],
    ["2028-02-29", "Tuesday 29 February"],
    ["not-a-day", "not-a-day"],
  ])("%s → %s", (key, expected) => expect(dayKeyLabel(key)).toBe(expected));

});
