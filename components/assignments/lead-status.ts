// A lead's ownership status as a badge: "Assigned", "Accepted", "Provisional — awaiting review
// until <time>", "Backup queue", "Nurture", "Disqualified"… and, once the rep works the lead, its
// lifecycle stage ("Contacted", "Opportunity", "Won", "Lost"…) rather than "Accepted"/"Closed". Pure.
// The review deadline is a time mark (components/leads/time-marks.ts): render the label with
// <ZonedText>, which says it in the viewer's zone as the lead page's other times are.
import type { TLeadStatus } from "@/server/services/leads";
import type { TLeadStage } from "@/server/domain/outcomes/lead-stages";
import { markTime } from "@/components/leads/time-marks";

export type TStatusTone = "gray" | "green" | "amber" | "red" | "blue";

export const LEAD_STATUS_LABELS: Record<TLeadStatus, string> = {
  NEW: "New",
  ASSIGNED: "Assigned",
  ACCEPTED: "Accepted",
  FALLBACK: "Backup queue",
  NURTURE: "Nurture",
  DISQUALIFIED: "Disqualified",
  SPAM: "Spam",
  CLOSED: "Closed",
};

const TONES: Record<TLeadStatus, TStatusTone> = {
  NEW: "gray",
  ASSIGNED: "blue",
  ACCEPTED: "green",
  FALLBACK: "amber",
  NURTURE: "gray",
  DISQUALIFIED: "red",
  SPAM: "red",
  CLOSED: "gray",
};

export interface TStatusInput {
  status: TLeadStatus;
  /** The current assignment is provisional (high-value review). */
  isProvisional?: boolean;
  reviewUntil?: Date | null;
  /** The lead's lifecycle stage (server/domain/outcomes). */
  stage?: TLeadStage;
}

const WORKED_STAGES: Partial<Record<TLeadStage, { label: string; tone: TStatusTone }>> = {
  CONTACTED: { label: "Contacted", tone: "green" },
  MEETING_BOOKED: { label: "Meeting booked", tone: "green" },
  MEETING_HELD: { label: "Meeting held", tone: "green" },
  NO_SHOW: { label: "No-show", tone: "amber" },
  OPPORTUNITY: { label: "Opportunity", tone: "blue" },
};
const CLOSED_STAGES: Partial<Record<TLeadStage, { label: string; tone: TStatusTone }>> = {
  WON: { label: "Won", tone: "green" },
  LOST: { label: "Lost", tone: "gray" },
  NOT_A_FIT: { label: "Not a fit", tone: "gray" },
};

export function leadStatusBadge({ status, isProvisional = false, reviewUntil = null, stage }: TStatusInput): { label: string; tone: TStatusTone } {
  if (isProvisional && (status === "ASSIGNED" || status === "ACCEPTED")) {
    return { label: reviewUntil ? `Provisional — awaiting review until ${markTime(reviewUntil.toISOString())}` : "Provisional — awaiting review", tone: "amber" };
  }
  const byStage = stage && (status === "CLOSED" ? CLOSED_STAGES[stage] : status === "ASSIGNED" || status === "ACCEPTED" ? WORKED_STAGES[stage] : undefined);
  if (byStage) return byStage;
  return { label: LEAD_STATUS_LABELS[status] ?? status, tone: TONES[status] ?? "gray" };
}
