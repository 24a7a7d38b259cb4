"use client";
// An instant on the dashboard, in the viewer's time zone: the browser's (under its current IANA
// name, as the booking panel reads it). The server learns it from a cookie the dashboard writes
// (<ViewerZone>, viewer-zone-provider.tsx), so its HTML — and the first render in the browser,
// which must match it — says the time in that zone; on a first visit, before the browser has said,
// in UTC, named, and the browser's zone follows at once after hydration (as it does when the
// browser has moved since). The exact instant stays in `dateTime` (ISO) and the zone in the title,
// named as the booking texts name it ("Dec 4, 2026, 23:40 Tokyo (GMT+9)").
import { useContext, useSyncExternalStore } from "react";
import { zoneName } from "@/server/domain/time/zone-name";
import { formatDateTime } from "./format";
import { browserZone, ViewerZoneContext } from "./viewer-zone-provider";

const subscribe = () => () => {};

/**
 * The viewer's IANA zone: the browser's; on the server and while hydrating, the zone the server
 * knew from the viewer's cookie (null before the browser has said: UTC, named).
 */
export function useViewerTimeZone(): string | null {
  const serverZone = useContext(ViewerZoneContext);
  return useSyncExternalStore(subscribe, browserZone, () => serverZone);
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
