import { describe, expect, it } from "vitest";
import { busyFromIcs } from "./busy-from-ics";
import { eventFileName, repEventIcs } from "./event-ics";

const event = {
  uid: "booking-123@switchboard",
  start: new Date("2026-12-01T15:00:00Z"),
  end: new Date("2026-12-01T15:30:00Z"),
  title: "Intro call: Victoria Park, First Bank",
  description: "Booked from the demo form; notes, with commas; and a\nnew line",
  sequence: 2,
};

describe("repEventIcs", () => {
  it("writes one escaped VEVENT that reads back as the same busy time", () => {
    const text = repEventIcs(event, new Date("2026-11-30T12:00:00Z"));
    expect(text).toContain("UID:booking-123@switchboard");
    expect(text).toContain("DTSTART:20261201T150000Z");
    expect(text).toContain("SEQUENCE:2");
    expect(text).toContain("STATUS:CONFIRMED");
    expect(text.replace(/\r\n /g, "")).toContain("notes\\, with commas\\; and a\\nnew line"); // unfolded
    const spans = busyFromIcs(text, { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-02T00:00:00Z"), fallbackZone: "UTC" });
    expect(spans).toEqual([{ startsAt: event.start, endsAt: event.end, externalId: event.uid }]);
  });

  it("a cancelled event no longer blocks", () => {
    const text = repEventIcs({ ...event, cancelled: true, sequence: 3 }, new Date("2026-11-30T12:00:00Z"));
    expect(text).toContain("STATUS:CANCELLED");
    expect(busyFromIcs(text, { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-02T00:00:00Z"), fallbackZone: "UTC" })).toEqual([]);
  });

  it.each([
    ["booking-123@switchboard", "booking-123_switchboard.ics"],
    ["../../etc/passwd", ".._.._etc_passwd.ics"],
  ])("file name of %s is %s", (uid, name) => {
    expect(eventFileName(uid)).toBe(name);
  });
});
