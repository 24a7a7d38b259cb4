// A lead's ownership status as a badge: "Assigned", "Accepted", "Provisional — awaiting review
// until 15:30 UTC", "Backup queue", "Nurture", "Disqualified"… Pure.
import type { TLeadStatus } from "@/server/services/leads";
import { formatTimeUtc } from "./format-duration";

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
}

export function leadStatusBadge({ status, isProvisional = false, reviewUntil = null }: TStatusInput): { label: string; tone: TStatusTone } {
  if (isProvisional && (status === "ASSIGNED" || status === "ACCEPTED")) {
    return { label: reviewUntil ? `Provisional — awaiting review until ${formatTimeUtc(reviewUntil)}` : "Provisional — awaiting review", tone: "amber" };
  }
  return { label: LEAD_STATUS_LABELS[status] ?? status, tone: TONES[status] ?? "gray" };
}
