"use client";
// A server-built sentence whose instants (time-marks.ts) read in the viewer's zone, as <LocalTime>
// writes times: the zone the server knew from the viewer's cookie in its HTML and the first render
// (UTC, named, before the browser has said); the browser's zone after hydration.
import { useViewerTimeZone } from "./local-time";
import { formatTimeMarks } from "./time-marks";

export function ZonedText({ text }: { text: string }) {
  const zone = useViewerTimeZone();
  return <>{formatTimeMarks(text, zone ?? undefined)}</>;
}
