// The lead page header's badges (lead-header-status.ts says which and why): the stage, in the
// Lifecycle card's words, and who holds the lead. A review deadline in a label is a time mark,
// said in the viewer's zone by <ZonedText> as the page's other times are.
import { Badge } from "@/components/ui/badge";
import { leadHeaderBadges, type THeaderStatusInput } from "./lead-header-status";
import { ZonedText } from "./zoned-text";

export function LeadHeaderBadges(props: THeaderStatusInput) {
  return (
    <>
      {leadHeaderBadges(props).map((badge) => (
        <Badge key={badge.kind} tone={badge.tone}>
          <span className="sr-only">{badge.kind === "stage" ? "Stage: " : "Status: "}</span>
          <span data-testid={badge.kind === "stage" ? "lead-stage-badge" : "lead-status-badge"}><ZonedText text={badge.label} /></span>
        </Badge>
      ))}
    </>
  );
}
