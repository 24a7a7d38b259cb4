// Which ownership actions the lead page offers to a viewer (the server checks again). Pure.
import { TEAM_MANAGER_ROLES, hasRole, type TRole } from "@/server/domain/auth/roles";
import type { TLeadAssignmentView } from "@/server/services/assignments/lead-assignment-view";

export interface TOwnershipViewer {
  userId: string;
  role: TRole;
}

export function ownershipPermissions(view: TLeadAssignmentView, viewer: TOwnershipViewer, now: Date) {
  const current = view.current;
  const isOwner = view.owner !== null && view.owner.userId === viewer.userId && current?.repId === view.owner.repId;
  const isManager = hasRole(viewer.role, TEAM_MANAGER_ROLES);
  const isInReview = Boolean(current?.isProvisional) && (view.reviewUntil === null || now.getTime() < view.reviewUntil.getTime());
  return {
    canAccept: Boolean(current?.repId) && !current?.acceptedAt && (isOwner || isManager),
    canReturn: isOwner,
    canReassign: isManager && view.status !== "SPAM" && view.status !== "CLOSED",
    canReview: isManager && isInReview,
  };
}
