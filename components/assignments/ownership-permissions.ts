// Which ownership actions the lead page offers to a viewer (the server checks again). Pure.
import { TEAM_MANAGER_ROLES, hasRole, type TRole } from "@/server/domain/auth/roles";
import type { TLeadAssignmentView } from "@/server/services/assignments/lead-assignment-view";

export interface TOwnershipViewer {
  userId: string;
  role: TRole;
}

/** The current assignment is provisional and its review window has not ended. */
export function isInReview(view: Pick<TLeadAssignmentView, "current" | "reviewUntil">, now: Date): boolean {
  return Boolean(view.current?.isProvisional) && (view.reviewUntil === null || now.getTime() < view.reviewUntil.getTime());
}

/**
 * Accept is the owner's action, or a manager's for the owner (canAcceptForOwner: "Accept for Maya
 * Rodriguez", never the main action). While a provisional owner awaits review, the manager's action
 * is the review (approve, or change the owner): accepting for someone not yet approved is not
 * offered to a manager who is not the owner (the server still allows it, as it does for the API).
 */
export function ownershipPermissions(view: TLeadAssignmentView, viewer: TOwnershipViewer, now: Date) {
  const current = view.current;
  const isOwner = view.owner !== null && view.owner.userId === viewer.userId && current?.repId === view.owner.repId;
  const isManager = hasRole(viewer.role, TEAM_MANAGER_ROLES);
  // A won or lost lead keeps the owner who closed it; spam is nobody's: no ownership action is left.
  const isOpen = view.status !== "SPAM" && view.status !== "CLOSED";
  const canReview = isOpen && isManager && isInReview(view, now);
  const isWaiting = isOpen && Boolean(current?.repId) && !current?.acceptedAt;
  const canAcceptForOwner = isWaiting && !isOwner && isManager && !canReview;
  return {
    canAccept: (isWaiting && isOwner) || canAcceptForOwner,
    canAcceptForOwner,
    canReturn: isOpen && isOwner,
    canReassign: isOpen && isManager,
    canReview,
  };
}
