// Which of a member's places in routing (member-in-routing.ts) a new role could not hold. Changing
// a member's role is refused while this list is not empty, naming each place, in the words of a
// refused removal:
//   - the fallback queue's owner and the high-value reviewer manage leads (reassign, approve or
//     change a review): TEAM_MANAGER_ROLES, the roles the routing editor offers for both;
//   - a rep's places (a path's rep, the fallback queue's rep, a team) send them leads to work
//     (inbox, accept, outcomes): LEAD_WORKER_ROLES — but only while their rep profile is active,
//     since routing never sends leads to an inactive rep.
import { LEAD_WORKER_ROLES, ROLE_LABELS, TEAM_MANAGER_ROLES, type TRole } from "../auth/roles";
import type { TFieldError } from "../reps/issues-to-details";

/** A place held by the user (fallback owner, reviewer) rather than by their rep profile. */
const isUserPlace = (place: TFieldError) => place.path.endsWith(".ownerUserId") || place.path.endsWith(".reviewerUserId");

export interface TRoleChange {
  role: TRole;
  /** Whether the member's rep profile is active (routing sends leads only to active reps). */
  isRepActive: boolean;
}

/** The places (from memberRoutingPlaces) that a member with `change.role` could not hold; empty when none. */
export function placesRoleCannotHold(places: readonly TFieldError[], change: TRoleChange): TFieldError[] {
  return places.filter((place) => (isUserPlace(place) ? !TEAM_MANAGER_ROLES.includes(change.role) : change.isRepActive && !LEAD_WORKER_ROLES.includes(change.role)));
}

const withArticle = (label: string) => `${/^[AEIOU]/i.test(label) ? "an" : "a"} ${label}`;

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
