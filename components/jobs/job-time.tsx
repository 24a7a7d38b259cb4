"use client";
// A job's created or completed time in the viewer's zone, as <LocalTime> says dashboard times (the
// zone from the viewer's cookie, then the browser's), with the exact UTC instant in `dateTime` and,
// to the second, in the title (job-time-title.ts).
import { useViewerTimeZone } from "@/components/leads/local-time";
import { jobTimeText, jobTimeTitle } from "./job-time-title";

export function JobTime({ date }: { date: Date | null }) {
  const zone = useViewerTimeZone();
  if (!date) return <>—</>;
  return (
    <time dateTime={date.toISOString()} title={jobTimeTitle(date, zone)}>
      {jobTimeText(date, zone)}
    </time>
  );
}
