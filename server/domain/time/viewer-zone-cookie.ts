// The viewer's time zone as the server learns it: the dashboard's browser writes its IANA zone in a
// cookie (components/leads/viewer-zone-provider.tsx, with viewerZoneCookie), and the server reads it
// back (server/http/read-viewer-zone.ts, with viewerZoneFromCookie) so the times it renders are in
// the viewer's zone from the first paint, as the browser will render them after hydration. The
// cookie is the browser's word, so it is taken only when it names a zone the runtime's Intl knows;
// anything else is no zone (UTC, named, as before the browser had said). Pure: no cookies API, no
// document, so both the browser and the server use it; table-driven tests in viewer-zone-cookie.test.ts.
import { canonicalTimeZone, isValidTimeZone } from "../reps/time-zone";

export const VIEWER_ZONE_COOKIE = "sb_tz";

/** A year: long enough that a returning viewer rarely sees UTC; rewritten whenever the zone changes. */
export const VIEWER_ZONE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

// The longest IANA name is 32 characters ("America/Argentina/ComodRivadavia"); anything far longer is not a zone.
const MAX_LENGTH = 64;

function decoded(value: string): string | null {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The zone a cookie value names, under its current IANA name ("Asia/Calcutta" → "Asia/Kolkata"); null for none or one Intl does not accept. */
export function viewerZoneFromCookie(value: string | null | undefined): string | null {
  if (!value || value.length > MAX_LENGTH) return null;
  const zone = decoded(value.trim());
  if (!zone || !isValidTimeZone(zone)) return null;
  return canonicalTimeZone(zone);
}

/** The `document.cookie` assignment that stores `zone`: the whole site, a year, sent on top-level navigations (Lax); Secure over HTTPS. */
export function viewerZoneCookie(zone: string, isHttps: boolean): string {
  const secure = isHttps ? "; Secure" : "";
  return `${VIEWER_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${VIEWER_ZONE_MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
}
