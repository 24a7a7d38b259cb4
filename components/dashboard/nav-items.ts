import { ADMIN_ROLES, TEAM_MANAGER_ROLES, ROLES, type TRole } from "@/server/domain/auth/roles";

export interface TNavItem {
  href: string;
  label: string;
  roles: readonly TRole[];
}

/** The dashboard's sections, each shown only to the roles that may open it (the server checks again). */
export const NAV_ITEMS: TNavItem[] = [
  { href: "/dashboard", label: "Overview", roles: ROLES },
  { href: "/inbox", label: "Inbox", roles: ["OWNER", "ADMIN", "MANAGER", "REP"] },
  { href: "/leads", label: "Leads", roles: ROLES },
  { href: "/forms", label: "Forms", roles: ROLES },
  { href: "/analytics", label: "Analytics", roles: ["OWNER", "ADMIN", "MANAGER", "MARKETER"] },
  { href: "/routing", label: "Routing", roles: TEAM_MANAGER_ROLES },
  { href: "/sequences", label: "Sequences", roles: ROLES },
  { href: "/reps", label: "Reps", roles: ROLES },
  { href: "/teams", label: "Teams", roles: ROLES },
  { href: "/settings/meeting-types", label: "Meeting types", roles: TEAM_MANAGER_ROLES },
  { href: "/settings/calendar", label: "My calendar", roles: ["REP"] },
  { href: "/settings/members", label: "Members", roles: ADMIN_ROLES },
  { href: "/settings/api-keys", label: "API keys", roles: ADMIN_ROLES },
  { href: "/settings/webhooks", label: "Webhooks", roles: ADMIN_ROLES },
  { href: "/settings/nurture", label: "Nurture settings", roles: ADMIN_ROLES },
  { href: "/jobs", label: "Jobs", roles: ADMIN_ROLES },
];

export function navItemsFor(role: TRole): TNavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export const MANAGER_ROLES = TEAM_MANAGER_ROLES;
