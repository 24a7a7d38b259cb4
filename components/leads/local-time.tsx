"use client";
// An instant on the dashboard, in the viewer's time zone: the browser's (under its current IANA
// name, as the booking panel reads it). The server learns it from a cookie the dashboard writes
// (<ViewerZone>, viewer-zone-provider.tsx), so its HTML — and the first render in the browser,
// which must match it — says the time in that zone; on a first visit, before the browser has said,
// in UTC, named, and the browser's zone follows at once after hydration (as it does when the
// browser has moved since). The exact instant stays in `dateTime` (ISO) and the zone in the title,
// named as the booking texts name it ("Dec 4, 2026, 23:40 Tokyo (GMT+9)"). With `exactUtcTitle`
// (the Jobs page) the title also gives the exact instant in UTC to the second, what an admin matches
// against the worker's logs ("… Tokyo (GMT+9) · 2026-12-04 14:40:56 UTC"; that alone before the
// browser has said its zone).
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

/** "2026-12-04 14:40:56 UTC": the instant in UTC to the second. */
function exactUtc(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function LocalTime({ date, className, exactUtcTitle = false }: { date: Date | string; className?: string; exactUtcTitle?: boolean }) {
  const zone = useViewerTimeZone();
  const at = typeof date === "string" ? new Date(date) : date;
  const text = formatDateTime(at, zone ?? undefined);
  const zoned = zone ? `${text} ${zoneName(zone, at)}` : undefined;
  const title = exactUtcTitle ? (zoned ? `${zoned} · ${exactUtc(at)}` : exactUtc(at)) : zoned;
  return (
    <time dateTime={at.toISOString()} title={title} className={className}>
      {text}
    </time>
  );
}
