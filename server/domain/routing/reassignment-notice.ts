// Why a lead reached its new owner when it had an owner before (or a person chose them): the
// words the new owner's alert opens with (services/routing/assignment-alert.ts →
// mail/templates/rep-alert.tsx). Read from the assignment row — its kind, note and byUserId, which
// every writer of a reassignment fills — and the owner before it. Pure.
//   SLA_REASSIGNED                        → the previous owner did not accept it in time;
//   REASSIGNED, note an owner-removed one → handed on: the owner left lead work (who made the change);
//   REASSIGNED by the previous owner      → they returned it (the note "Returned by …: <reason>");
//   REASSIGNED otherwise                  → a person (manager, reviewer), an API client (no user, not the
//                                           booking fallback) or the booking fallback, with the note as reason;
//   MANUAL                                → a person assigned it (no owner before);
//   anything else (routed, fallback)      → null: a new lead.
import { roleWithArticle } from "./member-role-in-routing";
import type { TRole } from "../auth/roles";

/** The note of an SLA reassignment (services/assignments/follow-ups.ts): the alert of a lead that then reached the fallback queue reads it. */
export const SLA_REASSIGN_NOTE = "Not accepted in time";

/** The reassignment's reason when the owner was removed (the timeline, the assignment's note). */
export const OWNER_REMOVED_REASON = "Owner removed from the workspace";
const OWNER_ROLE_CHANGED_PREFIX = "Owner is now ";

/** The reason of the hand-on: "Owner removed from the workspace", "Owner is now a Marketer". */
export function ownerRemovedReason(cause: { kind: "removed" } | { kind: "role_changed"; role: TRole } | undefined): string {
  return cause?.kind === "role_changed" ? `${OWNER_ROLE_CHANGED_PREFIX}${roleWithArticle(cause.role)}` : OWNER_REMOVED_REASON;
}

const isOwnerRemovedReason = (note: string) => note === OWNER_REMOVED_REASON || note.startsWith(OWNER_ROLE_CHANGED_PREFIX);

export type TReassignmentCause = "person" | "not_accepted" | "owner_left" | "returned";

export interface TReassignmentNotice {
  cause: TReassignmentCause;
  /** The owner before (null: none, or not known). */
  fromRepName: string | null;
  /** Who reassigned it, or made the change that handed it on (null: nobody — routing, the booking page). */
  byName: string | null;
  /** The reason given (null: none). */
  reason: string | null;
  /** A person chose this owner for a lead that had none (MANUAL): "assigned", not "reassigned". */
  isFirstOwner?: boolean;
  /** Reassigned with an API key (`POST /api/v1/leads/{id}/reassign`): no user to name. */
  isThroughApi?: boolean;
}

export interface TReassignmentRow {
  kind: string;
  note: string;
  byUserId: string | null;
  /** The reason codes of its decision record ("BOOKING_FALLBACK": the prospect booked the next best rep). */
  reasonCodes: readonly string[];
}

/**
 * The notice for an assignment, or null when it is not a reassignment. `by` is the byUserId's
 * user (name, and whether their rep profile is the previous owner's); `fromRepName` the previous
 * owner's name.
 */
export function reassignmentNoticeOf(row: TReassignmentRow, known: { fromRepName: string | null; by: { name: string; isFromRep: boolean } | null }): TReassignmentNotice | null {
  const note = row.note.trim() || null;
  const { fromRepName } = known;
  const byName = row.byUserId ? (known.by?.name ?? null) : null;
  if (row.kind === "SLA_REASSIGNED") return { cause: "not_accepted", fromRepName, byName: null, reason: note };
  if (row.kind === "MANUAL") return { cause: "person", fromRepName: null, byName, reason: note, isFirstOwner: true };
  if (row.kind !== "REASSIGNED") return null;
  if (note && isOwnerRemovedReason(note)) return { cause: "owner_left", fromRepName, byName, reason: note };
  if (row.byUserId && known.by?.isFromRep) {
    const prefix = fromRepName ? `Returned by ${fromRepName}: ` : null;
    return { cause: "returned", fromRepName: fromRepName ?? known.by.name, byName: null, reason: note && prefix && note.startsWith(prefix) ? note.slice(prefix.length) || null : note };
  }
  // Without a user, only the booking page (its own code) and an API key reassign a lead.
  const isThroughApi = !row.byUserId && !row.reasonCodes.includes("BOOKING_FALLBACK");
  return { cause: "person", fromRepName, byName, reason: note, ...(isThroughApi ? { isThroughApi } : {}) };
}
