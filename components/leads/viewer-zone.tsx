// Mounted once by the dashboard layout around its pages: the viewer's zone from the request's
// cookie (server/http/read-viewer-zone.ts), handed to <ViewerZoneProvider> so that every
// <LocalTime> and <ZonedText> below renders in it from the server's HTML on (no "… UTC" flash).
import type { ReactNode } from "react";
import { readViewerZone } from "@/server/http/read-viewer-zone";
import { ViewerZoneProvider } from "./viewer-zone-provider";

export async function ViewerZone({ children }: { children: ReactNode }) {
  return <ViewerZoneProvider zone={await readViewerZone()}>{children}</ViewerZoneProvider>;
}
