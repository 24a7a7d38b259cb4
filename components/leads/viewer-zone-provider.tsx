"use client";
// The viewer's time zone as the server knew it for this page (the `sb_tz` cookie,
// server/domain/time/viewer-zone-cookie.ts), for <LocalTime> and <ZonedText> to render in the
// server's HTML and in the first render in the browser, which must match it. This component also keeps the cookie
// up to date: it writes the browser's zone when the server did not know it or knew another one
// (a first visit, a trip), so the next page is in the right zone from its first paint.
import { createContext, useEffect, type ReactNode } from "react";
import { canonicalTimeZone } from "@/server/domain/reps/time-zone";
import { viewerZoneCookie } from "@/server/domain/time/viewer-zone-cookie";

/** The zone the server rendered in; null when it knew none (times in UTC, named). */
export const ViewerZoneContext = createContext<string | null>(null);

/** The browser's IANA zone, under its current name ("Asia/Calcutta" → "Asia/Kolkata"). */
export const browserZone = () => canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");

export function ViewerZoneProvider({ zone, children }: { zone: string | null; children: ReactNode }) {
  useEffect(() => {
    let known = zone;
    const remember = () => {
      const current = browserZone();
      if (current === known) return;
      document.cookie = viewerZoneCookie(current, window.location.protocol === "https:");
      known = current;
    };
    remember();
    // A laptop that changed zone while the tab was in the background: the next page knows it.
    const onVisible = () => document.visibilityState === "visible" && remember();
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [zone]);
  return <ViewerZoneContext value={zone}>{children}</ViewerZoneContext>;
}
