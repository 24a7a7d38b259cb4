import { describe, expect, it } from "vitest";
import type { TAssignmentView, TLeadAssignmentView } from "@/server/services/assignments/lead-assignment-view";
import { ownershipPermissions } from "./ownership-permissions";

const now = new Date("2026-12-01T15:10:00Z");
const assignment = (over: Partial<TAssignmentView> = {}): TAssignmentView => ({
  id: "a1", kind: "ROUTED", repId: "rep_sarah", isCurrent: true, isProvisional: false, assignedAt: new Date("2026-12-01T15:00:00Z"),
  acceptedAt: null, endedAt: null, note: "", byUserId: null, configVersion: 1, durationMs: 2, decision: null, ...over,
});
const view = (current: TAssignmentView | null, over: Partial<TLeadAssignmentView> = {}): TLeadAssignmentView => ({
  leadId: "l1", status: "ASSIGNED", owner: current?.repId ? { repId: current.repId, userId: "u_sarah", name: "Sarah" } : null,
  current, reviewUntil: null, assignments: current ? [current] : [], repNames: {}, teamNames: {}, userNames: {}, activeReps: [], ...over,
});
const sarah = { userId: "u_sarah", role: "REP" as const };
const tom = { userId: "u_tom", role: "REP" as const };
const manager = { userId: "u_mgr", role: "MANAGER" as const };
const marketer = { userId: "u_mkt", role: "MARKETER" as const };
const none = { canAccept: false, canAcceptForOwner: false, canReturn: false, canReassign: false, canReview: false };
/** A manager who is also the lead's owner (a manager with a rep profile). */
const sarahAsManager = { userId: "u_sarah", role: "MANAGER" as const };

describe("ownershipPermissions", () => {
  it.each([
    ["the owner rep of an open lead", view(assignment()), sarah, { ...none, canAccept: true, canReturn: true }],
    ["the owner rep once accepted", view(assignment({ acceptedAt: now }), { status: "ACCEPTED" }), sarah, { ...none, canReturn: true }],
    ["another rep", view(assignment()), tom, none],
    ["a marketer", view(assignment()), marketer, none],
    ["a manager: accepts for the owner", view(assignment()), manager, { ...none, canAccept: true, canAcceptForOwner: true, canReassign: true }],
    ["a manager, lead in the backup queue", view(assignment({ repId: null, kind: "FALLBACK" }), { status: "FALLBACK" }), manager, { ...none, canReassign: true }],
    ["a manager, nurture lead without an assignment", view(null, { status: "NURTURE" }), manager, { ...none, canReassign: true }],
    ["a manager, closed (won) lead: it keeps its owner", view(assignment({ acceptedAt: new Date("2026-12-01T15:00:00Z") }), { status: "CLOSED" }), manager, none],
    // In review the manager's action is the decision: no accepting for a provisional owner not yet approved.
    ["a manager inside the review window: the review, no accept", view(assignment({ isProvisional: true }), { reviewUntil: new Date("2026-12-01T15:30:00Z") }), manager, { ...none, canReassign: true, canReview: true }],
    ["a manager who is the provisional owner, inside the window: their own accept too", view(assignment({ isProvisional: true }), { reviewUntil: new Date("2026-12-01T15:30:00Z") }), sarahAsManager, { canAccept: true, canAcceptForOwner: false, canReturn: true, canReassign: true, canReview: true }],
    ["the provisional owner rep inside the window", view(assignment({ isProvisional: true }), { reviewUntil: new Date("2026-12-01T15:30:00Z") }), sarah, { ...none, canAccept: true, canReturn: true }],
    ["a manager after the review window: accepts for the owner", view(assignment({ isProvisional: true }), { reviewUntil: new Date("2026-12-01T15:05:00Z") }), manager, { ...none, canAccept: true, canAcceptForOwner: true, canReassign: true }],
    ["a manager, approved (no longer provisional) but not accepted", view(assignment({ isProvisional: false }), { reviewUntil: new Date("2026-12-01T15:30:00Z") }), manager, { ...none, canAccept: true, canAcceptForOwner: true, canReassign: true }],
    ["a manager, spam", view(null, { status: "SPAM" }), manager, none],
    ["the owner rep of a closed (won) lead: nothing to return", view(assignment({ acceptedAt: now }), { status: "CLOSED" }), sarah, none],
    ["a manager, closed provisional lead inside the window: no review left", view(assignment({ isProvisional: true, acceptedAt: now }), { status: "CLOSED", reviewUntil: new Date("2026-12-01T15:30:00Z") }), manager, none],
  ])("%s", (_name, v, viewer, expected) => {
    expect(ownershipPermissions(v, viewer, now)).toEqual(expected);
  });
});
