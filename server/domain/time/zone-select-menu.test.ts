import { describe, expect, it } from "vitest";
import { listTimeZones } from "../reps/time-zone";
import { COMMON_TIME_ZONES, offeredTimeZones, timeZoneChoice } from "./time-zone-choices";
import { zoneSelectMenu, type TZoneSelectMenu } from "./zone-select-menu";

const JANUARY = new Date("2026-01-15T12:00:00Z");
const ALL = offeredTimeZones(listTimeZones()).map((zone) => timeZoneChoice(zone, JANUARY));
const COMMON = COMMON_TIME_ZONES.map((zone) => timeZoneChoice(zone, JANUARY));

/** Every option as "value=label", in menu order, with the group it sits in. */
function options(menu: TZoneSelectMenu): { group: string; value: string; label: string }[] {
  return [
    ...(menu.kept ? [{ group: "kept", value: menu.kept.value, label: menu.kept.label }] : []),
    ...menu.common.map((c) => ({ group: "common", value: c.value, label: c.label })),
    ...menu.regions.flatMap((r) => r.choices.map((c) => ({ group: r.region, value: c.value, label: c.label }))),
  ];
}

describe("zoneSelectMenu: a stored zone stays selectable, under its IANA id", () => {
  it.each<[string, string | null, string | null, { group: string; value: string; label: string }[]]>([
    // [case, stored value, kept group's label, options with that value]
    ["a current zone: listed in its region", "Europe/Lisbon", null, [{ group: "Europe", value: "Europe/Lisbon", label: "Lisbon (GMT+0)" }]],
    ["a common zone: common and its region", "Europe/London", null, [
      { group: "common", value: "Europe/London", label: "London (GMT+0)" },
      { group: "Europe", value: "Europe/London", label: "London (GMT+0)" },
    ]],
    ["UTC: among the common zones", "UTC", null, [{ group: "common", value: "UTC", label: "UTC (GMT+0)" }]],
    ["a renamed zone's old name takes its current name's places", "Asia/Calcutta", null, [
      { group: "common", value: "Asia/Calcutta", label: "Kolkata (GMT+5:30)" },
      { group: "Asia", value: "Asia/Calcutta", label: "Kolkata (GMT+5:30)" },
    ]],
    ["an old name outside the common zones", "Europe/Kiev", null, [{ group: "Europe", value: "Europe/Kiev", label: "Kyiv (GMT+2)" }]],
    ["a legacy name the menu leaves out: kept first", "US/Pacific", "Pacific, US (GMT−8)", [{ group: "kept", value: "US/Pacific", label: "Pacific, US (GMT−8)" }]],
    ["an Etc zone: kept, read as its offset", "Etc/GMT-3", "GMT+3", [{ group: "kept", value: "Etc/GMT-3", label: "GMT+3" }]],
    ["Etc/UTC: kept, read as UTC", "Etc/UTC", "UTC (GMT+0)", [{ group: "kept", value: "Etc/UTC", label: "UTC (GMT+0)" }]],
    ["a zone the runtime does not know: kept, without an offset", "Mars/Olympus_Mons", "Olympus Mons, Mars", [
      { group: "kept", value: "Mars/Olympus_Mons", label: "Olympus Mons, Mars" },
    ]],
  ])("%s (%s)", (_case, stored, keptLabel, expected) => {
    const menu = zoneSelectMenu(ALL, stored, JANUARY);
    expect(menu.kept?.label ?? null).toBe(keptLabel);
    expect(options(menu).filter((o) => o.value === stored)).toEqual(expected);
  });

  it("lists a renamed zone once: the old name replaces the current one, which is gone", () => {
    const values = options(zoneSelectMenu(ALL, "Asia/Calcutta", JANUARY)).map((o) => o.value);
    expect(values).not.toContain("Asia/Kolkata");
    expect(values.filter((v) => v === "Asia/Calcutta")).toHaveLength(2); // common + Asia
  });

  it("without a stored value: common zones first (all of them, no viewer's zone), then regions, values IANA ids", () => {
    const menu = zoneSelectMenu(ALL, null, JANUARY);
    expect(menu.kept).toBeNull();
    expect(menu.common.map((c) => c.value).sort()).toEqual([...COMMON_TIME_ZONES].sort());
    expect(menu.common[0]?.label).toBe("Los Angeles (GMT−8)");
    expect(menu.regions.map((r) => r.region)).toEqual(["Africa", "Americas", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian Ocean", "Pacific"]);
    for (const option of options(menu)) expect(option.value).toMatch(/^(UTC|[A-Z][A-Za-z]+\/[A-Za-z0-9_+\-/]+)$/);
    expect(options(menu).some((o) => /^(Etc|US|Canada)\//.test(o.value))).toBe(false);
  });

  it("while only the common zones are labelled, a stored zone outside them is kept first", () => {
    const menu = zoneSelectMenu(COMMON, "America/Phoenix", JANUARY);
    expect(menu.kept).toMatchObject({ value: "America/Phoenix", label: "Phoenix (GMT−7)" });
    expect(menu.regions.flatMap((r) => r.choices).some((c) => c.value === "America/Phoenix")).toBe(false);
    expect(zoneSelectMenu(COMMON, "Asia/Calcutta", JANUARY).kept).toBeNull();
  });
});
