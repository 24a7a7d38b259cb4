import { describe, expect, it } from "vitest";
import { formatTimeMarks, markTime } from "./time-marks";

describe("time marks: instants in a History line, said in the viewer's zone", () => {
  const moved = `From ${markTime("2026-12-07T15:30:00.000Z")} to ${markTime("2026-12-07T16:30:00.000Z")}`;
  it.each<[string, string, string | undefined, string]>([
    ["a New York viewer", moved, "America/New_York", "From Dec 7, 2026, 10:30 to Dec 7, 2026, 11:30"],
    ["a Kolkata viewer", moved, "Asia/Kolkata", "From Dec 7, 2026, 21:00 to Dec 7, 2026, 22:00"],
    ["no zone yet (server HTML): UTC, named", moved, undefined, "From Dec 7, 2026, 15:30 UTC to Dec 7, 2026, 16:30 UTC"],
    ["no marks", "Reason: busy", "America/New_York", "Reason: busy"],
    ["a mark that is not a time", `at ${markTime("soon")}`, "UTC", "at soon"],
  ])("%s", (_name, text, zone, expected) => expect(formatTimeMarks(text, zone)).toBe(expected));
});
