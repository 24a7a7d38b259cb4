import { describe, expect, it } from "vitest";
import { listTimeZones } from "../reps/time-zone";
import { askedTimeZone } from "./asked-time-zone";
import { offeredTimeZones } from "./time-zone-choices";

const OFFERED = offeredTimeZones(listTimeZones());

describe("askedTimeZone: ?tz= is honoured only for a zone the Times in menu offers", () => {
  it.each<[string, unknown, string | null]>([
    // [case, the parameter, the zone shown (null: the page's own)]
    ["a zone the menu offers", "America/New_York", "America/New_York"],
    ["a zone in a sub-region", "America/Indiana/Knox", "America/Indiana/Knox"],
    ["UTC", "UTC", "UTC"],
    ["a renamed zone's old name: its current name", "Asia/Calcutta", "Asia/Kolkata"],
    ["another old name", "Europe/Kiev", "Europe/Kyiv"],
    ["a zone the runtime does not know", "Mars/Olympus", null],
    ["a made-up zone in a real region", "Asia/Atlantis", null],
    ["an Etc zone (its sign reads inverted)", "Etc/GMT-3", null],
    ["Etc/UTC: the menu says UTC", "Etc/UTC", null],
    ["a legacy country name", "US/Pacific", null],
    ["an abbreviation", "EST5EDT", null],
    ["an offset", "+05:30", null],
    ["another spelling's case", "america/new_york", null],
    ["a region alone", "Europe", null],
    ["markup", "<b>Europe/Paris</b>", null],
    ["padding", " Europe/Paris", null],
    ["empty", "", null],
    ["a prototype key", "__proto__", null],
    ["another prototype key", "constructor", null],
    ["very long", `Europe/${"x".repeat(500)}`, null],
    ["absent", undefined, null],
    ["repeated (?tz=a&tz=b)", ["Europe/Paris", "Asia/Tokyo"], null],
    ["not a string", 42, null],
  ])("%s (%j)", (_case, value, expected) => {
    expect(askedTimeZone(value, OFFERED)).toBe(expected);
  });

  it("only a zone in the offered list: a runtime that lacks one does not offer it", () => {
    expect(askedTimeZone("Europe/Paris", ["UTC", "Asia/Tokyo"])).toBeNull();
    expect(askedTimeZone("Asia/Tokyo", ["UTC", "Asia/Tokyo"])).toBe("Asia/Tokyo");
  });

  it("every zone the menu offers is honoured as itself", () => {
    expect(OFFERED.length).toBeGreaterThan(300);
    for (const zone of OFFERED) expect(askedTimeZone(zone, OFFERED)).toBe(zone);
  });
});
