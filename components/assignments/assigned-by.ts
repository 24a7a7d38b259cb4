// Who made an assignment, in words for its history line. Pure.
import type { TAssignmentView } from "@/server/services/assignments/lead-assignment-view";

type TAssignedBySource = Pick<TAssignmentView, "byUserId"> & { decision: { reasons: readonly { code: string }[] } | null };

/** "by Morgan Manager", "by the prospect's booking", "through the API" (a rep named with an API key), "by the routing rules". */
export function assignedByText(assignment: TAssignedBySource, userName: (userId: string) => string): string {
  if (assignment.byUserId) return `by ${userName(assignment.byUserId)}`;
  const codes = assignment.decision?.reasons.map((r) => r.code) ?? [];
  if (codes.includes("BOOKING_FALLBACK")) return "by the prospect's booking";
  // A person's override always has a user; without one it came with an API key (POST /leads/{id}/reassign).
  if (codes.includes("MANUAL_OVERRIDE")) return "through the API";
  return "by the routing rules";
}
