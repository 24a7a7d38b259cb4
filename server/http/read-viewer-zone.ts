// The viewer's time zone for this request, from the cookie the dashboard's browser writes
// (server/domain/time/viewer-zone-cookie.ts, pure, shared with the browser): a zone Intl accepts,
// or null (a first visit, or a value not to be trusted). Server components only: it reads the
// request's cookies.
import { cookies } from "next/headers";
import { VIEWER_ZONE_COOKIE, viewerZoneFromCookie } from "@/server/domain/time/viewer-zone-cookie";

export async function readViewerZone(): Promise<string | null> {
  const jar = await cookies();
  return viewerZoneFromCookie(jar.get(VIEWER_ZONE_COOKIE)?.value);
}
