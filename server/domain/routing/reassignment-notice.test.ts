// Which reassignment an assignment row is, from its kind, note and who made it — the words of
// the new owner's alert depend on it (mail/templates/rep-alert.tsx).
import { describe, expect, it } from "vitest";
import { OWNER_REMOVED_REASON, ownerRemovedReason, reassignmentNoticeOf, type TReassignmentNotice, type TReassignmentRow } from "./reassignment-notice";

const manager = { name: "Olivia", isFromRep: false };
const maya = { name: "Maya", isFromRep: true };

describe("reassignmentNoticeOf", () => {
  it.each<[string, TReassignmentRow, Parameters<typeof reassignmentNoticeOf>[1], TReassignmentNotice | null]>([
    ["a routed lead: none", { kind: "ROUTED", note: "", byUserId: null, reasonCodes: [] }, { fromRepName: null, by: null }, null],
    ["the fallback queue: none", { kind: "FALLBACK", note: "", byUserId: null, reasonCodes: [] }, { fromRepName: "Maya", by: null }, null],
    ["a manager's reassignment", { kind: "REASSIGNED", note: "test", byUserId: "u1", reasonCodes: [] }, { fromRepName: "Maya", by: manager }, { cause: "person", fromRepName: "Maya", byName: "Olivia", reason: "test" }],
    ["a manager's first owner", { kind: "MANUAL", note: "VIP", byUserId: "u1", reasonCodes: [] }, { fromRepName: null, by: manager }, { cause: "person", fromRepName: null, byName: "Olivia", reason: "VIP", isFirstOwner: true }],
    ["an API key's reassignment", { kind: "REASSIGNED", note: "test", byUserId: null, reasonCodes: ["PATH_MATCHED"] }, { fromRepName: "Maya", by: null }, { cause: "person", fromRepName: "Maya", byName: null, reason: "test", isThroughApi: true }],
    ["the booking page's next best rep", { kind: "REASSIGNED", note: "Booked with the next best rep", byUserId: null, reasonCodes: ["BOOKING_FALLBACK"] }, { fromRepName: "Maya", by: null }, { cause: "person", fromRepName: "Maya", byName: null, reason: "Booked with the next best rep" }],
    ["the SLA", { kind: "SLA_REASSIGNED", note: "Not accepted in time", byUserId: null, reasonCodes: [] }, { fromRepName: "Maya", by: null }, { cause: "not_accepted", fromRepName: "Maya", byName: null, reason: "Not accepted in time" }],
    ["an owner removed", { kind: "REASSIGNED", note: OWNER_REMOVED_REASON, byUserId: "u1", reasonCodes: [] }, { fromRepName: "Maya", by: manager }, { cause: "owner_left", fromRepName: "Maya", byName: "Olivia", reason: OWNER_REMOVED_REASON }],
    [
      "an owner now a Marketer",
      { kind: "REASSIGNED", note: ownerRemovedReason({ kind: "role_changed", role: "MARKETER" }), byUserId: "u1", reasonCodes: [] },
      { fromRepName: "Maya", by: manager },
      { cause: "owner_left", fromRepName: "Maya", byName: "Olivia", reason: "Owner is now a Marketer" },
    ],
    ["returned by its owner", { kind: "REASSIGNED", note: "Returned by Maya: too small", byUserId: "u2", reasonCodes: [] }, { fromRepName: "Maya", by: maya }, { cause: "returned", fromRepName: "Maya", byName: null, reason: "too small" }],
  ])("%s", (_label, row, known, expected) => {
    expect(reassignmentNoticeOf(row, known)).toEqual(expected);
  });
});
