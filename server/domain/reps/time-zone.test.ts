import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalTimeZone, canonicalZoneList, isValidTimeZone, LEGACY_ZONE_NAMES, listTimeZones } from "./time-zone";

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

describe("current IANA names (no 'Asia/Calcutta' in the picker)", () => {
  it.each<[string, string]>([
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Asia/Katmandu", "Asia/Kathmandu"],
    ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
    ["Asia/Rangoon", "Asia/Yangon"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["America/Godthab", "America/Nuuk"],
    ["Atlantic/Faeroe", "Atlantic/Faroe"],
    ["Pacific/Truk", "Pacific/Chuuk"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Europe/Berlin", "Europe/Berlin"],
    ["UTC", "UTC"],
    ["Mars/Olympus_Mons", "Mars/Olympus_Mons"],
  ])("%s → %s", (zone, expected) => expect(canonicalTimeZone(zone)).toBe(expected));

  it("every current name is one the runtime knows, and the old ones stay valid (stored values)", () => {
    for (const [legacy, current] of Object.entries(LEGACY_ZONE_NAMES)) {
      expect(isValidTimeZone(legacy), legacy).toBe(true);
      expect(isValidTimeZone(current), current).toBe(true);
    }
  });

  it("the list offers no old name, each current name once, sorted after UTC", () => {
    const zones = listTimeZones();
    expect(zones).toContain("Asia/Kolkata");
    expect(zones.filter((z) => Object.hasOwn(LEGACY_ZONE_NAMES, z))).toEqual([]);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.slice(1)).toEqual([...zones.slice(1)].sort());
  });

  it.each<[string, string[], string[]]>([
    ["renamed, deduplicated, sorted", ["Europe/Kiev", "Asia/Calcutta", "Asia/Kolkata", "UTC", "Africa/Abidjan"], ["UTC", "Africa/Abidjan", "Asia/Kolkata", "Europe/Kyiv"]],
    ["UTC added when missing", ["Europe/Berlin"], ["UTC", "Europe/Berlin"]],
  ])("canonicalZoneList: %s", (_, input, expected) => expect(canonicalZoneList(input)).toEqual(expected));

  // The system's tzdata (when installed) says which names are IANA's zones and which links: every
  // name we offer is one of its names, and no runtime name that IANA only keeps as a backward link
  // to a renamed zone is left unmapped.
  const tzdata = "/usr/share/zoneinfo/tzdata.zi";
  it.runIf(existsSync(tzdata))("agrees with the system's tzdata", () => {
    const zones = new Set<string>();
    const links = new Map<string, string>();
    for (const line of readFileSync(tzdata, "utf8").split("\n")) {
      const [kind, a, b] = line.split(" ");
      if (kind === "Z" && a) zones.add(a);
      if (kind === "L" && a && b) links.set(b, a);
    }
    for (const zone of listTimeZones()) expect(zones.has(zone) || links.has(zone), zone).toBe(true);
    for (const [legacy, current] of Object.entries(LEGACY_ZONE_NAMES)) {
      expect(links.has(legacy), `${legacy} is a link`).toBe(true);
      expect(zones.has(current) || links.has(current), `${current} is a name`).toBe(true);
    }
  });
});
