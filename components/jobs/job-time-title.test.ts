import { describe, expect, it } from "vitest";
import { jobTimeTitle, jobTimeText } from "./job-time-title";

const AT = new Date("2026-12-07T13:36:56.789Z");

describe("jobTimeText: the dashboard's words in the viewer's zone", () => {
  it.each([
    ["Europe/Berlin", "Dec 7, 2026, 14:36"],
    ["America/Los_Angeles", "Dec 7, 2026, 05:36"],
    ["Asia/Tokyo", "Dec 7, 2026, 22:36"],
    [null, "Dec 7, 2026, 13:36 UTC"],
  ] as const)("%s → %s", (zone, text) => expect(jobTimeText(AT, zone)).toBe(text));
});

describe("jobTimeTitle: the zone named, and the exact instant in UTC to the second", () => {
  it.each([
    ["Europe/Berlin", "Dec 7, 2026, 14:36 Berlin (GMT+1) · 2026-12-07 13:36:56 UTC"],
    ["Asia/Tokyo", "Dec 7, 2026, 22:36 Tokyo (GMT+9) · 2026-12-07 13:36:56 UTC"],
    [null, "2026-12-07 13:36:56 UTC"],
  ] as const)("%s → %s", (zone, title) => expect(jobTimeTitle(AT, zone)).toBe(title));
});
