import { describe, expect, it } from "vitest";
import { instantOf, zoneName, zoneNameBetween } from "./zone-name";

// One name for a zone wherever a person reads it: the booking panel's ("Los Angeles (GMT−8)"),
// with the offset at the instant described, never an IANA id ("America/Los Angeles").
const WINTER = "2026-12-01T15:00:00.000Z";
const SUMMER = "2026-07-01T15:00:00.000Z";

describe("zoneName", () => {
  it.each<[string, string | null, string]>([
    ["America/Los_Angeles", WINTER, "Los Angeles (GMT−8)"],
    ["America/Los_Angeles", SUMMER, "Los Angeles (GMT−7)"],
    ["America/New_York", WINTER, "New York (GMT−5)"],
    ["Europe/London", WINTER, "London (GMT+0)"],
    ["Europe/London", SUMMER, "London (GMT+1)"],
    // A stored old name reads under its current one.
    ["Asia/Calcutta", WINTER, "Kolkata (GMT+5:30)"],
    ["Asia/Saigon", WINTER, "Ho Chi Minh (GMT+7)"],
    ["America/Buenos_Aires", WINTER, "Buenos Aires, Argentina (GMT−3)"],
    ["America/Indiana/Knox", WINTER, "Knox, Indiana (GMT−6)"],
    ["Australia/Lord_Howe", WINTER, "Lord Howe (GMT+11)"],
    ["Australia/Lord_Howe", SUMMER, "Lord Howe (GMT+10:30)"],
    ["America/St_Johns", WINTER, "St. John’s (GMT−3:30)"],
    ["UTC", WINTER, "UTC (GMT+0)"],
    // Etc/GMT-3 is three hours east of UTC: named by its offset, never by its inverted name.
    ["Etc/GMT-3", WINTER, "GMT+3"],
    // No instant (or a malformed one): the place alone, never a guessed offset.
    ["America/Los_Angeles", null, "Los Angeles"],
    ["America/Los_Angeles", "not a date", "Los Angeles"],
    ["Asia/Calcutta", null, "Kolkata"],
  ])("%s at %s → %s", (zone, at, expected) => expect(zoneName(zone, at === null ? null : new Date(at))).toBe(expected));

  it("never shows an IANA id's slash or underscore for a zone people pick", () => {
    for (const zone of ["America/Los_Angeles", "America/Argentina/Buenos_Aires", "Asia/Ho_Chi_Minh", "Pacific/Port_Moresby"]) {
      expect(zoneName(zone, new Date(WINTER)), zone).not.toMatch(/[/_]/);
    }
  });
});

describe("instantOf", () => {
  it.each<[string | null | undefined, string | null]>([
    [WINTER, WINTER],
    ["x", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%s → %s", (iso, expected) => expect(instantOf(iso)?.toISOString() ?? null).toBe(expected));
});

describe("zoneNameBetween: a period, such as an out-of-office stretch", () => {
  it.each<[string, string, string, string]>([
    ["America/Los_Angeles", "2026-12-24T08:00:00.000Z", "2026-12-28T08:00:00.000Z", "Los Angeles (GMT−8)"],
    ["America/Los_Angeles", "2026-07-01T07:00:00.000Z", "2026-07-08T07:00:00.000Z", "Los Angeles (GMT−7)"],
    // The clocks go back on 1 November 2026 in Los Angeles: both offsets, the place once.
    ["America/Los_Angeles", "2026-10-30T07:00:00.000Z", "2026-11-03T08:00:00.000Z", "Los Angeles (GMT−7 → GMT−8)"],
    ["Asia/Calcutta", "2026-10-30T07:00:00.000Z", "2026-11-03T08:00:00.000Z", "Kolkata (GMT+5:30)"],
    ["UTC", "2026-10-30T07:00:00.000Z", "2026-11-03T08:00:00.000Z", "UTC (GMT+0)"],
  ])("%s from %s to %s → %s", (zone, from, to, expected) => expect(zoneNameBetween(zone, new Date(from), new Date(to))).toBe(expected));
});
