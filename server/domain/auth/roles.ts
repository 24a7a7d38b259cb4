// Who may do what. Pure: used by the server guards and by the UI to hide what a role cannot do
// (the server always checks again).
export const ROLES = ["OWNER", "ADMIN", "MARKETER", "MANAGER", "REP"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  MARKETER: "Marketer",
  MANAGER: "Sales manager",
  REP: "Sales rep",
};

/** Workspace settings, members, invites, API keys, failed jobs. */
export const ADMIN_ROLES: readonly TRole[] = ["OWNER", "ADMIN"];
/** Reps, teams, capacity, routing. */
export const TEAM_MANAGER_ROLES: readonly TRole[] = ["OWNER", "ADMIN", "MANAGER"];

/**
 * Roles that can work leads: open the inbox, accept, log outcomes (checkOutcomeActor, the nav's
 * Inbox). A marketer cannot, so routing must not send leads to a marketer's rep profile.
 */
export const LEAD_WORKER_ROLES: readonly TRole[] = ["OWNER", "ADMIN", "MANAGER", "REP"];

/** Nurture sequences: build, publish, preview, send tests, choose the default (everyone reads). */
export const NURTURE_EDITOR_ROLES: readonly TRole[] = ["OWNER", "ADMIN", "MARKETER"];

export function hasRole(role: TRole, allowed: readonly TRole[]): boolean {
  return allowed.includes(role);
}

/** Roles a member may grant when inviting: only an owner makes owners. */
export function grantableRoles(role: TRole): TRole[] {
  if (role === "OWNER") return [...ROLES];
  if (role === "ADMIN") return ROLES.filter((r) => r !== "OWNER");
  return [];
}
