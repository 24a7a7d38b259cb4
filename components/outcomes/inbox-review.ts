// An inbox row's "who holds it" words for a provisional (high-value) lead: the lead page's badge,
// from the same rule (leadStatusBadge: "Provisional — awaiting review until <time>"), so the rep
// reads in their inbox that the lead may still go to someone else. Null when the rep's assignment
// is not provisional. The deadline is a time mark: render the label with <ZonedText> (the viewer's
// zone, as the inbox's other times). Pure.
import { leadStatusBadge, type TStatusTone } from "@/components/assignments/lead-status";
import type { TInboxItem } from "@/server/services/outcomes/list-inbox";

export function inboxReviewBadge(item: Pick<TInboxItem, "status" | "isProvisional" | "reviewUntil">): { label: string; tone: TStatusTone } | null {
  if (!item.isProvisional) return null;
  return leadStatusBadge({ status: item.status, isProvisional: true, reviewUntil: item.reviewUntil });
}
