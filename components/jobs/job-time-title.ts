// A job's time as every dashboard time reads (formatDateTime, <LocalTime>: "Dec 7, 2026, 14:36" in
// the viewer's zone; "… UTC", named, before the browser has said its zone), and its title: that
// zone named and the exact instant in UTC to the second ("… · 2026-12-07 13:36:56 UTC"), which is
// what an admin matches against the worker's logs. The page wrote that UTC form as its text.
import { formatDateTime } from "@/components/leads/format";
import { zoneName } from "@/server/domain/time/zone-name";

/** "Dec 7, 2026, 14:36" in `zone`; "Dec 7, 2026, 13:36 UTC" without one. */
export function jobTimeText(at: Date, zone: string | null): string {
  return formatDateTime(at, zone ?? undefined);
}

/** "Dec 7, 2026, 14:36 Berlin (GMT+1) · 2026-12-07 13:36:56 UTC"; the UTC instant alone without a zone. */
export function jobTimeTitle(at: Date, zone: string | null): string {
  const exact = `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
  return zone ? `${jobTimeText(at, zone)} ${zoneName(zone, at)} · ${exact}` : exact;
}
