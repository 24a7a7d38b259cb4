import { describe, expect, it } from "vitest";
import { leadTimeZone, resolveLeadTimeZone, UNKNOWN_LEAD_TIME_ZONE_MESSAGE } from "./lead-time-zone";

describe("resolveLeadTimeZone", () => {
  it.each<[string, string, string | null]>([
    ["a canonical name", "Europe/Berlin", "Europe/Berlin"],
    ["lower case", "europe/berlin", "Europe/Berlin"],
    ["upper case", "AMERICA/NEW_YORK", "America/New_York"],
    ["UTC in lower case", "utc", "UTC"],
    ["spaces around", "  Europe/Paris ", "Europe/Paris"],
    ["a current name the runtime spells the old way", "Asia/Kolkata", "Asia/Kolkata"],
    ["the same in lower case", "asia/kolkata", "Asia/Kolkata"],
    ["an old name: its current one", "Asia/Calcutta", "Asia/Kolkata"],
    ["a link: the zone it names", "us/eastern", "America/New_York"],
    ["an unknown zone", "Mars/Base", null],
    ["an offset", "+05:00", null],
    ["empty", "", null],
    ["over 64 characters", `Europe/${"x".repeat(60)}`, null],
  ])("%s: %j → %j", (_name, text, expected) => {
    expect(resolveLeadTimeZone(text)).toBe(expected);
  });
});

describe("leadTimeZone", () => {
  it.each<[string, string | undefined | null, { timeZone: string | null; warnings: { path: string; message: string }[] }]>([
    ["not given", undefined, { timeZone: null, warnings: [] }],
    ["null", null, { timeZone: null, warnings: [] }],
    ["known", "europe/berlin", { timeZone: "Europe/Berlin", warnings: [] }],
    ["unknown: a warning at the path", "Mars/Base", { timeZone: null, warnings: [{ path: "context.timeZone", message: UNKNOWN_LEAD_TIME_ZONE_MESSAGE }] }],
  ])("%s", (_name, sent, expected) => {
    expect(leadTimeZone(sent, "context.timeZone")).toEqual(expected);
  });
});
