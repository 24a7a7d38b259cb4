import { ADMIN_ROLES, TEAM_MANAGER_ROLES, ROLES, type TRole } from "@/server/domain/auth/roles";

export interface TNavItem {
  href: string;
  label: string;
  roles: readonly TRole[];
  /** Daily work, or the team and the workspace's settings (shown after it, quieter). */
  group: "work" | "settings";
}

/** One page of the workspace settings (under /settings), listed in the settings' own navigation. */
export interface TSettingsItem {
  href: string;
  label: string;
  roles: readonly TRole[];
}

/** Where the workspace settings live: every page under it is the top bar's "Settings". */
export const SETTINGS_HREF = "/settings";

/**
 * The workspace settings, in the order the settings navigation lists them, each shown only to the
 * roles that may open it (each page checks again on the server).
 */
export const SETTINGS_ITEMS: TSettingsItem[] = [
  { href: "/settings/meeting-types", label: "Meeting types", roles: TEAM_MANAGER_ROLES },
  { href: "/settings/calendar", label: "My calendar", roles: ["REP"] },
  { href: "/settings/members", label: "Members", roles: ADMIN_ROLES },
  { href: "/settings/api-keys", label: "API keys", roles: ADMIN_ROLES },
  { href: "/settings/webhooks", label: "Webhooks", roles: ADMIN_ROLES },
  { href: "/settings/nurture", label: "Nurture", roles: ADMIN_ROLES },
  { href: "/settings/currencies", label: "Currencies", roles: ADMIN_ROLES },
];

/** The roles with at least one settings page: they get the top bar's "Settings". */
const SETTINGS_ROLES: readonly TRole[] = ROLES.filter((role) => SETTINGS_ITEMS.some((item) => item.roles.includes(role)));

/**
 * The top bar's sections, each shown only to the roles that may open it (the server checks again).
 * The workspace settings are one link, "Settings"; its pages are listed on every settings page.
 */
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
  { href: "/jobs", label: "Jobs", roles: ADMIN_ROLES, group: "settings" },
  { href: SETTINGS_HREF, label: "Settings", roles: SETTINGS_ROLES, group: "settings" },
];

export function navItemsFor(role: TRole, group?: TNavItem["group"]): TNavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role) && (group === undefined || item.group === group));
}

/** The settings pages this role may open, in the settings navigation's order. */
export function settingsItemsFor(role: TRole): TSettingsItem[] {
  return SETTINGS_ITEMS.filter((item) => item.roles.includes(role));
}

/** The first settings page of the role (where "Settings" and `/settings` lead), or null for none. */
export function settingsHomeFor(role: TRole): string | null {
  return settingsItemsFor(role)[0]?.href ?? null;
}

/** A link of the top bar: where it goes, and the section whose pages mark it current. */
export interface TNavLink {
  href: string;
  label: string;
  section: string;
}

/**
 * The role's top-bar links of one group. "Settings" goes straight to the role's first settings page
 * (no redirect on the way) and is the section of every page under /settings.
 */
export function navLinksFor(role: TRole, group: TNavItem["group"]): TNavLink[] {
  return navItemsFor(role, group).map(({ href, label }) => ({ href: href === SETTINGS_HREF ? (settingsHomeFor(role) ?? href) : href, label, section: href }));
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
