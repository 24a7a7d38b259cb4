// The lead page header's badges, in one vocabulary with the rest of the page. Pure.
//
// Two questions, two badges, never one word standing for both:
// - Where is the deal? The lifecycle stage, in the Lifecycle card's own words and colours
//   ("Contacted", "Meeting booked", "Opportunity", "Won", "Lost"…), once a rep works the lead (past
//   accepting it). An open or just-accepted lead has no stage badge: the ownership badge says it.
// - Who holds it? "Not accepted" (the inbox's word for an assignment waiting for its rep),
//   "Accepted by Tom Becker" ("Accepted by you" for the owner), or "Provisional — awaiting review
//   until …" (high-value review). A closed lead has none: its stage says it (the Owner card names the owner).
// A lead no rep holds reads its routing state alone: "New", "Backup queue", "Nurture", "Disqualified", "Spam".
// The header is rendered from the same request as the Lifecycle card, so "Change stage…" (which
// refreshes the page) moves both together.
import { leadStatusBadge, type TStatusTone } from "@/components/assignments/lead-status";
import { stageBadgeLabel, stageTone } from "@/components/outcomes/stage-badge";
import type { TLeadStage } from "@/server/domain/outcomes/lead-stages";
import type { TLeadStatus } from "@/server/services/leads";

export interface THeaderBadge {
  /** "stage": where the deal is; "status": who holds it or what routing did with it. */
  kind: "stage" | "status";
  label: string;
  tone: TStatusTone;
}

export interface THeaderStatusInput {
  status: TLeadStatus;
  stage: TLeadStage;
  isProvisional?: boolean;
  reviewUntil?: Date | null;
  owner: { userId: string; name: string } | null;
  viewerUserId: string;
}

const HELD: readonly TLeadStatus[] = ["ASSIGNED", "ACCEPTED", "CLOSED"];
/** Stages that say nothing the ownership badge does not ("Open" = not accepted yet, "Accepted"). */
const BEFORE_WORK: readonly TLeadStage[] = ["OPEN", "ACCEPTED"];

function ownershipBadge(input: THeaderStatusInput): THeaderBadge | null {
  if (input.status === "CLOSED") return null;
  if (input.isProvisional) return { kind: "status", ...leadStatusBadge({ status: input.status, isProvisional: true, reviewUntil: input.reviewUntil ?? null }) };
  if (input.status === "ASSIGNED") return { kind: "status", label: "Not accepted", tone: "amber" };
  const by = !input.owner ? null : input.owner.userId === input.viewerUserId ? "you" : input.owner.name;
  return { kind: "status", label: by ? `Accepted by ${by}` : "Accepted", tone: "green" };
}

export function leadHeaderBadges(input: THeaderStatusInput): THeaderBadge[] {
  if (!HELD.includes(input.status)) return [{ kind: "status", ...leadStatusBadge({ status: input.status }) }];
  const badges: THeaderBadge[] = [];
  if (!BEFORE_WORK.includes(input.stage)) badges.push({ kind: "stage", label: stageBadgeLabel(input.stage), tone: stageTone(input.stage) });
  const ownership = ownershipBadge(input);
  if (ownership) badges.push(ownership);
  // A lead closed without a worked stage (closed by hand before any outcome): its status.
  return badges.length > 0 ? badges : [{ kind: "status", ...leadStatusBadge({ status: input.status }) }];
}
