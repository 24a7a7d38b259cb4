// Instants inside a server-built sentence, to be said in the viewer's zone. The code that builds a
// History line knows no viewer (local-time.tsx: the zone comes from the viewer's cookie or the
// browser), so it writes each instant as a mark ("\uE000<ISO>\uE001", private-use characters
// nobody types) and <ZonedText> formats the marks in the viewer's zone with formatDateTime — the
// same text <LocalTime> shows. Pure.
import { formatDateTime } from "./format";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKS = /\uE000([^\uE000\uE001]*)\uE001/g;

/** An instant (ISO) as a mark in a sentence. */
export function markTime(iso: string): string {
  return `${OPEN}${iso}${CLOSE}`;
}

/** The sentence with each mark formatted in `timeZone` (UTC, named, without one); a mark that is not a time is left as written. */
export function formatTimeMarks(text: string, timeZone?: string): string {
  return text.replace(MARKS, (_mark, iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : formatDateTime(at, timeZone);
  });
}
