// What the members page asks before a role change that takes a member off lead work (to a role
// that cannot work leads: a Marketer). Like a removal, their open leads are handed on after the
// change (server/services/workspaces/members.ts changeMemberRole, assignments/owner-removed.ts)
// and their rep profile is deactivated; changing them back does not reactivate it. Null when the
// change needs no question (a role that works leads, or a member without a rep profile).
import { LEAD_WORKER_ROLES, type TRole } from "@/server/domain/auth/roles";
import { roleWithArticle } from "@/server/domain/routing/member-role-in-routing";

export function roleChangeQuestion(label: string, role: TRole, member: { hasRepProfile: boolean; openLeads: number }): string | null {
  if (LEAD_WORKER_ROLES.includes(role) || !member.hasRepProfile) return null;
  const { openLeads } = member;
  const leads =
    openLeads === 0
      ? "They have no open leads."
      : `Their ${openLeads === 1 ? "open lead is" : `${openLeads} open leads are`} handed on: ${openLeads === 1 ? "it goes" : "each goes"} to the next best rep through the published routing and the new owner is alerted (without published routing, back to New for a manager to assign). An upcoming meeting with them is kept, for the new owner to take.`;
  return `Make ${label} ${roleWithArticle(role)}? ${roleWithArticle(role).replace(/^a/, "A")} cannot work leads: their rep profile is deactivated. ${leads} Making them ${roleWithArticle("REP")} again does not reactivate it: a manager does that on the Reps page.`;
}
