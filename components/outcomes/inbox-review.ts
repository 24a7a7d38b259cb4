// An inbox row's "who holds it" words for a provisional (high-value) lead: the lead page's badge,
// from the same rule (leadStatusBadge: "Provisional — awaiting review"), so the rep reads in their
// inbox that the lead may still go to someone else. Null when the rep's assignment is not
// provisional. The deadline reads as the row's SLA line reads its times (relativeClock, in the
// viewer's zone): "until 15:57" today, "until tomorrow 09:00", "until Mon 09:00", else
// "until Dec 14, 09:00" — not the lead page's full date beside a bare clock time. Without a zone,
// UTC, named, as the SLA line. Pure: `now` and the zone are arguments.
import { leadStatusBadge, type TStatusTone } from "@/components/assignments/lead-status";
import { relativeClock } from "@/server/domain/analytics/inbox-sla-row";
import type { TInboxItem } from "@/server/services/outcomes/list-inbox";

export function inboxReviewBadge(item: Pick<TInboxItem, "status" | "isProvisional" | "reviewUntil">, now: Date, timeZone?: string | null): { label: string; tone: TStatusTone } | null {
  if (!item.isProvisional) return null;
  const badge = leadStatusBadge({ status: item.status, isProvisional: true });
  if (!item.reviewUntil) return badge;
  const until = `${relativeClock(item.reviewUntil, now, timeZone || "UTC")}${timeZone ? "" : " UTC"}`;
  return { ...badge, label: `${badge.label} until ${until}` };
}
