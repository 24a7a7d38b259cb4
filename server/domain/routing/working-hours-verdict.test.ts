// workingHoursReason reuses a verdict while it holds (until the slot ends, the next start or local
// midnight). Swept minute by minute-ish across DST switches and midnights, it must always give the
// answer of the direct computation (isWithinWorkingHours + nextWorkingStart), whatever was cached.
import { describe, expect, it } from "vitest";
import { zonedParts } from "../reps/zoned-time";
import { isWithinWorkingHours, nextWorkingStart, workingHoursReason } from "./rep-availability";
import type { TReasonCode } from "./reason-codes";

type THours = { day: number; start: string; end: string }[];

const weekdays = (start: string, end: string): THours => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

function direct(hours: THours, timeZone: string, now: Date): TReasonCode | null {
  if (isWithinWorkingHours(hours, timeZone, now)) return null;
  const next = nextWorkingStart(hours, timeZone, now);
  if (next === null) return { code: "OUTSIDE_WORKING_HOURS", timeZone, nextStartIso: null, nextLocalTime: null, nextLocalWeekday: null };
  const local = zonedParts(next, timeZone);
  const today = zonedParts(now, timeZone);
  const sameDay = local.year === today.year && local.month === today.month && local.day === today.day;
  const hhmm = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
  return { code: "OUTSIDE_WORKING_HOURS", timeZone, nextStartIso: next.toISOString(), nextLocalTime: hhmm, nextLocalWeekday: sameDay ? null : local.weekday };
}

const cases: { name: string; timeZone: string; hours: THours; from: string; days: number }[] = [
  { name: "New York across the spring DST switch", timeZone: "America/New_York", hours: weekdays("08:30", "17:30"), from: "2026-03-05T00:00:00Z", days: 6 },
  { name: "London across the autumn DST switch", timeZone: "Europe/London", hours: weekdays("09:00", "17:00"), from: "2026-10-23T00:00:00Z", days: 5 },
  { name: "Sydney, split day and a shift ending at 24:00", timeZone: "Australia/Sydney", hours: [...weekdays("07:00", "12:00"), ...weekdays("13:00", "24:00")], from: "2026-04-01T00:00:00Z", days: 6 },
  { name: "Tokyo, weekend shift only", timeZone: "Asia/Tokyo", hours: [{ day: 6, start: "10:00", end: "14:00" }], from: "2026-12-01T00:00:00Z", days: 9 },
  { name: "Kathmandu (+05:45), nights", timeZone: "Asia/Kathmandu", hours: weekdays("22:00", "24:00"), from: "2026-06-01T00:00:00Z", days: 4 },
];

describe("workingHoursReason (cached verdict windows) = direct computation", () => {
  it.each(cases)("$name", ({ timeZone, hours, from, days }) => {
    const start = new Date(from).getTime();
    const step = 7 * 60_000 + 13_000; // 7m13s: lands on every side of slot edges over a few days
    let mismatches = 0;
    for (let t = start; t < start + days * 86_400_000; t += step) {
      const now = new Date(t);
      if (JSON.stringify(workingHoursReason(hours, timeZone, now)) !== JSON.stringify(direct(hours, timeZone, now))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("a verdict is not reused after the slot ends, nor before the instant it was computed", () => {
    const hours = weekdays("09:00", "17:00");
    const zone = "America/Chicago";
    expect(workingHoursReason(hours, zone, new Date("2026-12-01T22:59:00Z"))).toBeNull(); // 16:59 local
    expect(workingHoursReason(hours, zone, new Date("2026-12-01T23:00:00Z"))?.code).toBe("OUTSIDE_WORKING_HOURS"); // 17:00
    expect(workingHoursReason(hours, zone, new Date("2026-12-01T15:00:00Z"))).toBeNull(); // 09:00, earlier than cached
  });

  it("no hours or an unknown zone: NO_WORKING_HOURS", () => {
    expect(workingHoursReason([], "UTC", new Date())?.code).toBe("NO_WORKING_HOURS");
    expect(workingHoursReason(weekdays("09:00", "17:00"), "Mars/Olympus", new Date())?.code).toBe("NO_WORKING_HOURS");
  });
});
