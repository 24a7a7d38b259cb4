"use client";
// An instant on the dashboard, in the viewer's time zone: the browser's (under its current IANA
// name, as the booking panel reads it). The server knows no viewer's zone, so the server's HTML —
// and the first render in the browser, which must match it — says the time in UTC, named; the
// browser's zone follows at once after hydration. The exact instant stays in `dateTime` (ISO) and
// the zone in the title, named as the booking texts name it ("Dec 4, 2026, 23:40 Tokyo (GMT+9)").
import { useSyncExternalStore } from "react";
import { canonicalTimeZone } from "@/server/domain/reps/time-zone";
import { zoneName } from "@/server/domain/time/zone-name";
import { formatDateTime } from "./format";

const subscribe = () => () => {};
const browserZone = () => canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
const noZone = () => null;

/** The viewer's IANA zone in the browser; null on the server and while hydrating. */
export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, noZone);
}

export function LocalTime({ date, className }: { date: Date | string; className?: string }) {
  const zone = useViewerTimeZone();
  const at = typeof date === "string" ? new Date(date) : date;
  const text = formatDateTime(at, zone ?? undefined);
  return (
    <time dateTime={at.toISOString()} title={zone ? `${text} ${zoneName(zone, at)}` : undefined} className={className}>
      {text}
    </time>
  );
}
