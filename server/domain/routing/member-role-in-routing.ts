// Which of a member's places in routing (member-in-routing.ts) a new role could not hold. Changing
// a member's role is refused while this list is not empty, naming each place, in the words of a
// refused removal:
//   - the fallback queue's owner and the high-value reviewer manage leads (reassign, approve or
//     change a review): TEAM_MANAGER_ROLES, the roles the routing editor offers for both;
//   - a rep's places (a path's rep, the fallback queue's rep, a team) send them leads to work
//     (inbox, accept, outcomes): LEAD_WORKER_ROLES — but only while their rep profile is active,
//     since routing never sends leads to an inactive rep.
// The same two rules, seen from the other side, check routing configs (analyze-config.ts) and
// refuse a rep profile that would break them (teams, reactivating or creating a rep).
import { LEAD_WORKER_ROLES, ROLE_LABELS, TEAM_MANAGER_ROLES, type TRole } from "../auth/roles";
import type { TFieldError } from "../reps/issues-to-details";

/** A place held by the user (fallback owner, reviewer) rather than by their rep profile. */
const isUserPlace = (place: TFieldError) => place.path.endsWith(".ownerUserId") || place.path.endsWith(".reviewerUserId");

export interface TRoleChange {
  role: TRole;
  /** Whether the member's rep profile is active (routing sends leads only to active reps). */
  isRepActive: boolean;
}

const withArticle = (label: string) => `${/^[AEIOU]/i.test(label) ? "an" : "a"} ${label}`;

/** Whether a member with `role` may own the fallback queue or review high-value leads. */
export const canManageRoutedLeads = (role: TRole): boolean => TEAM_MANAGER_ROLES.includes(role);

/** Whether routing may name (or a team hold) a rep profile whose user has `role`: an inactive profile always. */
export const canRepProfileHoldPlaces = (role: TRole, isRepActive: boolean): boolean => !isRepActive || LEAD_WORKER_ROLES.includes(role);

/** The places (from memberRoutingPlaces) that a member with `change.role` could not hold; empty when none. */
export function placesRoleCannotHold(places: readonly TFieldError[], change: TRoleChange): TFieldError[] {
  return places.filter((place) => (isUserPlace(place) ? !canManageRoutedLeads(change.role) : !canRepProfileHoldPlaces(change.role, change.isRepActive)));
}

/** "Sales manager, Admin or Owner": the roles that may own the fallback queue or review. */
const managerLabels = [...TEAM_MANAGER_ROLES].reverse().map((r) => ROLE_LABELS[r]);
export const MANAGER_ROLES_TEXT = `${managerLabels.slice(0, -1).join(", ")} or ${managerLabels.at(-1)}`;

/** "a Sales rep", "an Admin". */
export const roleWithArticle = (role: TRole): string => withArticle(ROLE_LABELS[role]);

/** "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first" (an active rep profile refused). */
export function describeCannotWorkLeads(name: string, role: TRole): string {
  return `${name} is ${roleWithArticle(role)} and cannot work leads: make them ${roleWithArticle("REP")} first`;
}

/** "Morgan Manager is still part of routing: owner of …. A Sales rep cannot own the fallback queue or review high-value leads: choose someone else there (Routing, Teams) before making them a Sales rep." */
export function describeRoleInRouting(name: string, role: TRole, places: readonly TFieldError[]): string {
  const label = ROLE_LABELS[role];
  const cannot = [
    places.some(isUserPlace) && "own the fallback queue or review high-value leads",
    places.some((p) => !isUserPlace(p)) && "work leads",
  ].filter(Boolean);
  const repHint = places.some((p) => !isUserPlace(p)) ? " or deactivate their rep profile (Reps)" : "";
  return `${name} is still part of routing: ${places.map((p) => p.message).join("; ")}. ${withArticle(label).replace(/^a/, "A")} cannot ${cannot.join(" or ")}: choose someone else there (Routing, Teams)${repHint} before making them ${withArticle(label)}.`;
}
