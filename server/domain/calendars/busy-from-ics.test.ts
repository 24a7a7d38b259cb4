// Busy time from iCalendar text: recurrences with exceptions, DST, zones, what does not block.
import { describe, expect, it } from "vitest";
import { busyFromIcs } from "./busy-from-ics";

const NY_TZ = `BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE`;

const cal = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", NY_TZ, ...events, "END:VCALENDAR"].join("\r\n");
const ev = (lines: string[]) => ["BEGIN:VEVENT", "DTSTAMP:20261101T000000Z", ...lines, "END:VEVENT"].join("\r\n");
const iso = (spans: { startsAt: Date; endsAt: Date }[]) => spans.map((s) => `${s.startsAt.toISOString().slice(0, 16)}/${s.endsAt.toISOString().slice(11, 16)}`);

const window = (from: string, to: string, fallbackZone = "America/New_York") => ({ from: new Date(from), to: new Date(to), fallbackZone });

describe("busyFromIcs", () => {
  it("a weekly meeting across the DST change keeps 09:00 New York; EXDATE drops one, an exception moves one, a cancelled exception drops one", () => {
    const text = cal(
      ev(["UID:standup", "SUMMARY:Standup", "DTSTART;TZID=America/New_York:20261019T090000", "DTEND;TZID=America/New_York:20261019T093000", "RRULE:FREQ=WEEKLY;BYDAY=MO", "EXDATE;TZID=America/New_York:20261109T090000"]),
      ev(["UID:standup", "RECURRENCE-ID;TZID=America/New_York:20261116T090000", "DTSTART;TZID=America/New_York:20261116T110000", "DTEND;TZID=America/New_York:20261116T120000"]),
      ev(["UID:standup", "RECURRENCE-ID;TZID=America/New_York:20261123T090000", "DTSTART;TZID=America/New_York:20261123T090000", "DTEND;TZID=America/New_York:20261123T093000", "STATUS:CANCELLED"]),
    );
    const spans = busyFromIcs(text, window("2026-10-20T00:00:00Z", "2026-12-01T00:00:00Z"));
    expect(iso(spans)).toEqual([
      "2026-10-26T13:00/13:30", // EDT
      "2026-11-02T14:00/14:30", // EST after 1 November
      // 9 November: EXDATE
      "2026-11-16T16:00/17:00", // moved to 11:00
      // 23 November: cancelled
      "2026-11-30T14:00/14:30",
    ]);
    expect(spans[0]!.externalId).toBe("standup@2026-10-26T13:00:00.000Z");
  });

  it("an exception moved into the window from an occurrence after it still blocks", () => {
    const text = cal(
      ev(["UID:review", "DTSTART:20261201T150000Z", "DTEND:20261201T160000Z", "RRULE:FREQ=WEEKLY;COUNT=4"]),
      ev(["UID:review", "RECURRENCE-ID:20261215T150000Z", "DTSTART:20261203T150000Z", "DTEND:20261203T160000Z"]),
    );
    expect(iso(busyFromIcs(text, window("2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z")))).toEqual(["2026-12-01T15:00/16:00", "2026-12-03T15:00/16:00"]);
  });

  it.each([
    ["free time (TRANSP:TRANSPARENT)", ["DTSTART:20261201T150000Z", "DTEND:20261201T160000Z", "TRANSP:TRANSPARENT"], []],
    ["a cancelled event", ["DTSTART:20261201T150000Z", "DTEND:20261201T160000Z", "STATUS:CANCELLED"], []],
    ["an all-day event", ["DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261202"], []],
    ["an event with a duration", ["DTSTART:20261201T150000Z", "DURATION:PT45M"], ["2026-12-01T15:00/15:45"]],
    ["a TZID the file does not define is read as an IANA zone", ["DTSTART;TZID=Europe/Berlin:20261201T160000", "DTEND;TZID=Europe/Berlin:20261201T170000"], ["2026-12-01T15:00/16:00"]],
    ["a floating time is read in the rep's zone", ["DTSTART:20261201T100000", "DTEND:20261201T110000"], ["2026-12-01T15:00/16:00"]],
    ["an event outside the window", ["DTSTART:20261205T150000Z", "DTEND:20261205T160000Z"], []],
    ["an event straddling the window's start", ["DTSTART:20261130T233000Z", "DTEND:20261201T003000Z"], ["2026-11-30T23:30/00:30"]],
  ])("%s", (_name, lines, expected) => {
    expect(iso(busyFromIcs(cal(ev(["UID:x", ...lines])), window("2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z")))).toEqual(expected);
  });

  it("a daily meeting since 2010 without end is expanded only as far as the window, bounded", () => {
    const text = cal(ev(["UID:daily", "DTSTART;TZID=America/New_York:20100104T083000", "DTEND;TZID=America/New_York:20100104T084500", "RRULE:FREQ=DAILY"]));
    expect(iso(busyFromIcs(text, window("2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z")))).toEqual(["2026-12-01T13:30/13:45", "2026-12-02T13:30/13:45"]);
  });

  it("a fortnightly Tuesday/Thursday series since 2015 keeps its fortnight when fast-forwarded; EXDATE still applies", () => {
    const text = cal(ev(["UID:biweekly", "DTSTART;TZID=America/New_York:20150106T140000", "DTEND;TZID=America/New_York:20150106T150000", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "EXDATE;TZID=America/New_York:20261210T140000"]));
    expect(iso(busyFromIcs(text, window("2026-11-30T00:00:00Z", "2026-12-16T00:00:00Z")))).toEqual(["2026-12-08T19:00/20:00"]);
  });

  it("reads several texts (CalDAV objects) and sorts the spans", () => {
    const a = cal(ev(["UID:a", "DTSTART:20261202T150000Z", "DTEND:20261202T160000Z"]));
    const b = cal(ev(["UID:b", "DTSTART:20261201T150000Z", "DTEND:20261201T160000Z"]));
    expect(busyFromIcs([a, b], window("2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z")).map((s) => s.externalId)).toEqual(["b", "a"]);
  });

  it.each([["<html>Sign in</html>"], [""], ["BEGIN:VCARD\r\nEND:VCARD"]])("refuses what is not iCalendar: %s", (text) => {
    expect(() => busyFromIcs(text, window("2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z"))).toThrow("Not an iCalendar (.ics) file");
  });
});
