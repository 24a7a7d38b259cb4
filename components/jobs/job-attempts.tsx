"use client";
// A job's tries in words (job-attempts-text.ts), its next try in the viewer's zone (<LocalTime>'s
// zone: the cookie's on the server, the browser's after hydration). `now` comes from the page's
// render, so the server's HTML and the first browser render say the same.
import { useViewerTimeZone } from "@/components/leads/local-time";
import { jobAttemptsText, type TJobAttempts } from "./job-attempts-text";

export function JobAttempts({ job, now }: { job: TJobAttempts; now: Date }) {
  const { text, title } = jobAttemptsText(job, now, useViewerTimeZone());
  return <span title={title}>{text}</span>;
}
