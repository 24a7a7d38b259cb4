// The iCalendar object of a booked meeting as written to a rep's own calendar (CalDAV PUT):
// one VEVENT with a stable UID (so a reschedule replaces it), SEQUENCE bumped by the caller on
// each change, times in UTC, opaque (it blocks the rep's time). Built with ical.js, which
// escapes and folds the text. Pure.
import ICAL from "ical.js";

export interface TRepEvent {
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  sequence: number;
  location?: string;
  /** Written as STATUS:CANCELLED (the CalDAV writer deletes the event instead). */
  cancelled?: boolean;
}

const utc = (date: Date) => ICAL.Time.fromJSDate(date, true);

export function repEventIcs(event: TRepEvent, now: Date): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("prodid", "-//Switchboard//Bookings//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  const vevent = new ICAL.Component("vevent");
  vevent.addPropertyWithValue("uid", event.uid);
  vevent.addPropertyWithValue("dtstamp", utc(now));
  vevent.addPropertyWithValue("dtstart", utc(event.start));
  vevent.addPropertyWithValue("dtend", utc(event.end));
  vevent.addPropertyWithValue("summary", event.title);
  if (event.description) vevent.addPropertyWithValue("description", event.description);
  if (event.location) vevent.addPropertyWithValue("location", event.location);
  vevent.addPropertyWithValue("sequence", event.sequence);
  vevent.addPropertyWithValue("status", event.cancelled ? "CANCELLED" : "CONFIRMED");
  vevent.addPropertyWithValue("transp", "OPAQUE");
  calendar.addSubcomponent(vevent);
  return calendar.toString() + "\r\n";
}

/** The object's file name in a CalDAV collection: the UID, made path-safe. */
export function eventFileName(uid: string): string {
  return `${uid.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 200)}.ics`;
}
