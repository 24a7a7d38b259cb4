import { describe, expect, it } from "vitest";
import { isValidTimeZone, listTimeZones } from "./time-zone";

describe("isValidTimeZone", () => {
  it.each<[string, boolean]>([
    ["UTC", true],
    ["America/New_York", true],
    ["Europe/Berlin", true],
    ["Asia/Kathmandu", true],
    ["Australia/Lord_Howe", true],
    ["Mars/Olympus_Mons", false],
    ["america/new_york", false],
    ["+05:00", false],
    ["", false],
    [" UTC", false],
    ["New York", false],
  ])("%s → %s", (zone, expected) => expect(isValidTimeZone(zone)).toBe(expected));

  it("lists UTC first and only valid zones", () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones.every(isValidTimeZone)).toBe(true);
  });
});
