import { ADMIN_ROLES, TEAM_MANAGER_ROLES, ROLES, type TRole } from "@/server/domain/auth/roles";

export interface TNavItem {
  href: string;
  label: string;
  roles: readonly TRole[];
  /** Daily work, or the team and the workspace's settings (shown after it, quieter). */
  group: "work" | "settings";
}

/** The dashboard's sections, each shown only to the roles that may open it (the server checks again). */
export const NAV_ITEMS: TNavItem[] = [
  { href: "/dashboard", label: "Overview", roles: ROLES, group: "work" },
  { href: "/inbox", label: "Inbox", roles: ["OWNER", "ADMIN", "MANAGER", "REP"], group: "work" },
  { href: "/leads", label: "Leads", roles: ROLES, group: "work" },
  { href: "/forms", label: "Forms", roles: ROLES, group: "work" },
  { href: "/analytics", label: "Analytics", roles: ["OWNER", "ADMIN", "MANAGER", "MARKETER"], group: "work" },
  { href: "/routing", label: "Routing", roles: TEAM_MANAGER_ROLES, group: "work" },
  { href: "/sequences", label: "Sequences", roles: ROLES, group: "work" },
  { href: "/reps", label: "Reps", roles: ROLES, group: "settings" },
  { href: "/teams", label: "Teams", roles: ROLES, group: "settings" },
  { href: "/settings/meeting-types", label: "Meeting types", roles: TEAM_MANAGER_ROLES, group: "settings" },
  { href: "/settings/calendar", label: "My calendar", roles: ["REP"], group: "settings" },
  { href: "/settings/members", label: "Members", roles: ADMIN_ROLES, group: "settings" },
  { href: "/settings/api-keys", label: "API keys", roles: ADMIN_ROLES, group: "settings" },
  { href: "/settings/webhooks", label: "Webhooks", roles: ADMIN_ROLES, group: "settings" },
  { href: "/settings/nurture", label: "Nurture", roles: ADMIN_ROLES, group: "settings" },
  { href: "/jobs", label: "Jobs", roles: ADMIN_ROLES, group: "settings" },
];

export function navItemsFor(role: TRole, group?: TNavItem["group"]): TNavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role) && (group === undefined || item.group === group));
}

/**
 * The link of the section the page at `pathname` belongs to: its own page or one under it
 * (/leads/abc → /leads, /forms/x/edit → /forms), the longest href that matches; null for a page
 * outside the navigation (/dev/mailbox) or none of the role's links.
 */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | null {
  let current: string | null = null;
  for (const href of hrefs) {
    const isMatch = pathname === href || pathname.startsWith(`${href}/`);
    if (isMatch && (current === null || href.length > current.length)) current = href;
  }
  return current;
}

export const MANAGER_ROLES = TEAM_MANAGER_ROLES;
