import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listTimeZones } from "../reps/time-zone";
import { COMMON_TIME_ZONES, formatUtcOffset, offeredTimeZones, timeZoneChoice, timeZoneMenu, type TZoneChoice } from "./time-zone-choices";

// Fixed instants, so offsets are stable: northern winter and northern summer.
const JANUARY = new Date("2026-01-15T12:00:00Z");
const JULY = new Date("2026-07-15T12:00:00Z");
const AT = { January: JANUARY, July: JULY } as const;

describe("timeZoneChoice: a zone as a prospect reads it", () => {
  it.each<[string, keyof typeof AT, string, string]>([
    ["Europe/London", "January", "London (GMT+0)", "Europe"],
    ["Europe/London", "July", "London (GMT+1)", "Europe"],
    ["Europe/Berlin", "January", "Berlin (GMT+1)", "Europe"],
    ["Europe/Berlin", "July", "Berlin (GMT+2)", "Europe"],
    ["America/New_York", "January", "New York (GMT−5)", "Americas"],
    ["America/New_York", "July", "New York (GMT−4)", "Americas"],
    ["America/Argentina/Buenos_Aires", "January", "Buenos Aires, Argentina (GMT−3)", "Americas"],
    ["America/Indiana/Knox", "January", "Knox, Indiana (GMT−6)", "Americas"],
    ["America/North_Dakota/New_Salem", "July", "New Salem, North Dakota (GMT−5)", "Americas"],
    ["America/St_Johns", "January", "St. John’s (GMT−3:30)", "Americas"],
    ["Asia/Kolkata", "January", "Kolkata (GMT+5:30)", "Asia"],
    ["Asia/Calcutta", "January", "Kolkata (GMT+5:30)", "Asia"],
    ["Asia/Kathmandu", "July", "Kathmandu (GMT+5:45)", "Asia"],
    ["Australia/Sydney", "January", "Sydney (GMT+11)", "Australia"],
    ["Australia/Sydney", "July", "Sydney (GMT+10)", "Australia"],
    ["Australia/Lord_Howe", "July", "Lord Howe (GMT+10:30)", "Australia"],
    ["Indian/Maldives", "January", "Maldives (GMT+5)", "Indian Ocean"],
    ["Antarctica/DumontDUrville", "January", "Dumont d’Urville (GMT+10)", "Antarctica"],
    ["Pacific/Kiritimati", "January", "Kiritimati (GMT+14)", "Pacific"],
    ["UTC", "July", "UTC (GMT+0)", ""],
    // Legacy names, shown only when they are the detected zone.
    ["US/Pacific", "January", "Pacific, US (GMT−8)", ""],
    ["Etc/GMT-3", "January", "GMT+3", ""],
    ["Etc/UTC", "January", "UTC (GMT+0)", ""],
  ])("%s in %s → %s", (zone, month, label, region) => {
    const choice = timeZoneChoice(zone, AT[month]);
    expect(choice.label).toBe(label);
    expect(choice.region).toBe(region);
    expect(choice.value).toBe(zone);
  });

  it("a zone the runtime does not know keeps its name, without an offset", () => {
    expect(timeZoneChoice("Mars/Olympus_Mons", JANUARY)).toMatchObject({ label: "Olympus Mons, Mars", offset: "", value: "Mars/Olympus_Mons" });
  });

  it.each<[number, string]>([
    [0, "GMT+0"],
    [60, "GMT+1"],
    [330, "GMT+5:30"],
    [-210, "GMT−3:30"],
    [-600, "GMT−10"],
    [840, "GMT+14"],
  ])("formatUtcOffset(%i) → %s", (minutes, text) => expect(formatUtcOffset(minutes)).toBe(text));
});

describe("offeredTimeZones: current names, no legacy aliases", () => {
  it.each<[string, string[], string[]]>([
    [
      "Etc/*, US/*, Canada/* and POSIX-style names are left out",
      ["Europe/Berlin", "Etc/GMT+5", "Etc/UTC", "US/Pacific", "Canada/Eastern", "EST5EDT", "GMT", "SystemV/AST4", "UTC"],
      ["Europe/Berlin", "UTC"],
    ],
    ["renamed zones under their current names, once", ["Asia/Calcutta", "Asia/Kolkata", "Europe/Kiev"], ["Asia/Kolkata", "Europe/Kyiv"]],
    ["sub-regions stay", ["America/Argentina/Buenos_Aires", "America/Buenos_Aires", "America/Indiana/Knox"], ["America/Argentina/Buenos_Aires", "America/Indiana/Knox"]],
  ])("%s", (_, zones, expected) => expect(offeredTimeZones(zones)).toEqual(expected));

  it("this runtime's list offers every common zone and no legacy name", () => {
    const offered = offeredTimeZones(listTimeZones());
    for (const zone of COMMON_TIME_ZONES) expect(offered, zone).toContain(zone);
    expect(offered.filter((zone) => /^(Etc|US|Canada|Mexico|Brazil|Chile|SystemV)\//.test(zone) || (!zone.includes("/") && zone !== "UTC"))).toEqual([]);
    expect(offered).not.toContain("Asia/Calcutta");
  });

  // The system's tzdata (when installed): every zone offered is one of IANA's names.
  const tzdata = "/usr/share/zoneinfo/tzdata.zi";
  it.runIf(existsSync(tzdata))("offers only names the system's tzdata knows", () => {
    const names = new Set(readFileSync(tzdata, "utf8").split("\n").flatMap((line) => {
      const [kind, a, b] = line.split(" ");
      return kind === "Z" && a ? [a] : kind === "L" && b ? [b] : [];
    }));
    for (const zone of offeredTimeZones(listTimeZones())) expect(names.has(zone), zone).toBe(true);
  });
});

describe("timeZoneMenu: detected first, a short common list, then regions by offset and name", () => {
  const at = JANUARY;
  const choices = (zones: string[]) => zones.map((zone) => timeZoneChoice(zone, at));
  const values = (list: TZoneChoice[]) => list.map((choice) => choice.value);
  const zones = ["Europe/Berlin", "Europe/London", "Europe/Lisbon", "America/New_York", "America/Chicago", "America/Bogota", "Asia/Tokyo", "Asia/Kolkata", "UTC"];

  it("sorts the common zones west to east and leaves the detected one out of them", () => {
    const menu = timeZoneMenu(choices(zones), timeZoneChoice("Europe/Berlin", at));
    expect(menu.detected.label).toBe("Berlin (GMT+1)");
    expect(values(menu.common)).toEqual(["America/Chicago", "America/New_York", "Europe/London", "UTC", "Asia/Kolkata", "Asia/Tokyo"]);
  });

  it("groups every zone by region, regions by name, each by offset then name", () => {
    const menu = timeZoneMenu(choices(zones), timeZoneChoice("Europe/Berlin", at));
    expect(menu.regions.map((group) => [group.region, values(group.choices)])).toEqual([
      ["Americas", ["America/Chicago", "America/Bogota", "America/New_York"]],
      ["Asia", ["Asia/Kolkata", "Asia/Tokyo"]],
      ["Europe", ["Europe/Lisbon", "Europe/London", "Europe/Berlin"]],
    ]);
  });

  it("a legacy detected zone is kept first, and only there", () => {
    const menu = timeZoneMenu(choices([...zones, "US/Pacific"]), timeZoneChoice("US/Pacific", at));
    expect(menu.detected).toMatchObject({ value: "US/Pacific", label: "Pacific, US (GMT−8)" });
    expect(menu.regions.flatMap((group) => values(group.choices))).not.toContain("US/Pacific");
    expect(values(menu.common)).not.toContain("US/Pacific");
  });

  it("over this runtime's zones: ~400 readable labels, none with an underscore or a raw IANA id", () => {
    const all = offeredTimeZones(listTimeZones()).map((zone) => timeZoneChoice(zone, at));
    const menu = timeZoneMenu(all, timeZoneChoice("Europe/Berlin", at));
    const listed = menu.regions.flatMap((group) => group.choices);
    expect(listed.length).toBeGreaterThan(300);
    expect(menu.common.length).toBe(COMMON_TIME_ZONES.length - 1);
    for (const choice of listed) expect(choice.label, choice.value).toMatch(/^[^_/]+ \(GMT[+−]\d{1,2}(:\d\d)?\)$/);
  });
});
