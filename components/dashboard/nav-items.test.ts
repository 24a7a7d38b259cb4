import { describe, expect, it } from "vitest";
import type { TRole } from "@/server/domain/auth/roles";
import { currentNavHref, navItemsFor, navLinksFor, settingsHomeFor, settingsItemsFor } from "./nav-items";

const ADMIN_SECTIONS = [...navLinksFor("ADMIN", "work"), ...navLinksFor("ADMIN", "settings")].map((link) => link.section);
const labels = (items: readonly { label: string }[]) => items.map((item) => item.label);

const WORK = ["Overview", "Inbox", "Leads", "Forms", "Analytics", "Routing", "Sequences"];

describe("navItemsFor: the top bar of each role, the workspace settings as one link", () => {
  it.each<[TRole, string[]]>([
    ["OWNER", [...WORK, "Reps", "Teams", "Jobs", "Settings"]],
    ["ADMIN", [...WORK, "Reps", "Teams", "Jobs", "Settings"]],
    ["MANAGER", [...WORK, "Reps", "Teams", "Settings"]],
    ["MARKETER", ["Overview", "Leads", "Forms", "Analytics", "Sequences", "Reps", "Teams"]],
    ["REP", ["Overview", "Inbox", "Leads", "Forms", "Sequences", "Reps", "Teams", "Settings"]],
  ])("%s: %j", (role, expected) => {
    expect(labels(navItemsFor(role))).toEqual(expected);
  });
});

describe("settingsItemsFor: the settings pages each role may open, in the settings navigation", () => {
  it.each<[TRole, string[]]>([
    ["OWNER", ["Meeting types", "Members", "API keys", "Webhooks", "Nurture", "Currencies"]],
    ["ADMIN", ["Meeting types", "Members", "API keys", "Webhooks", "Nurture", "Currencies"]],
    ["MANAGER", ["Meeting types"]],
    ["MARKETER", []],
    ["REP", ["My calendar"]],
  ])("%s: %j", (role, expected) => {
    expect(labels(settingsItemsFor(role))).toEqual(expected);
  });

  it("every settings page is under /settings", () => {
    for (const role of ["OWNER", "ADMIN", "MANAGER", "MARKETER", "REP"] as const) {
      for (const item of settingsItemsFor(role)) expect(item.href).toMatch(/^\/settings\/[a-z-]+$/);
    }
  });
});

describe("Settings in the top bar: straight to the role's first settings page, current on any of them", () => {
  it.each<[TRole, string | null]>([
    ["OWNER", "/settings/meeting-types"],
    ["ADMIN", "/settings/meeting-types"],
    ["MANAGER", "/settings/meeting-types"],
    ["MARKETER", null],
    ["REP", "/settings/calendar"],
  ])("%s → %s", (role, home) => {
    expect(settingsHomeFor(role)).toBe(home);
    const settings = navLinksFor(role, "settings").find((link) => link.label === "Settings");
    expect(settings ?? null).toEqual(home === null ? null : { href: home, label: "Settings", section: "/settings" });
  });

  it("every other link goes to its own section", () => {
    for (const link of navLinksFor("ADMIN", "work")) expect(link.href).toBe(link.section);
    expect(navLinksFor("ADMIN", "settings").filter((link) => link.href !== link.section)).toEqual([{ href: "/settings/meeting-types", label: "Settings", section: "/settings" }]);
  });
});

describe("currentNavHref: the section a page belongs to", () => {
  it.each<[string, string, string | null, readonly string[]]>([
    ["a section's own page", "/leads", "/leads", ADMIN_SECTIONS],
    ["a page under it", "/leads/cm1abc", "/leads", ADMIN_SECTIONS],
    ["deeper under it", "/forms/f1/edit", "/forms", ADMIN_SECTIONS],
    ["the overview", "/dashboard", "/dashboard", ADMIN_SECTIONS],
    ["a settings page: Settings", "/settings/members", "/settings", ADMIN_SECTIONS],
    ["Currencies: Settings", "/settings/currencies", "/settings", ADMIN_SECTIONS],
    ["a page under a settings page", "/settings/webhooks/w1", "/settings", ADMIN_SECTIONS],
    ["a settings page not in the role's settings navigation is still Settings", "/settings/calendar", "/settings", ADMIN_SECTIONS],
    ["Jobs stays its own section", "/jobs", "/jobs", ADMIN_SECTIONS],
    ["a name that only starts like a section", "/leadsboard", null, ADMIN_SECTIONS],
    ["a name that only starts like Settings", "/settingsx", null, ADMIN_SECTIONS],
    ["a page outside the navigation", "/dev/mailbox", null, ADMIN_SECTIONS],
    ["a settings page, for a role without Settings", "/settings/calendar", null, navLinksFor("MARKETER", "settings").map((link) => link.section)],
    ["the settings navigation: its own page", "/settings/currencies", "/settings/currencies", settingsItemsFor("ADMIN").map((item) => item.href)],
    ["the settings navigation: a page the role has no link to", "/settings/calendar", null, settingsItemsFor("ADMIN").map((item) => item.href)],
    ["the longest match wins", "/settings/team/x", "/settings/team", ["/settings", "/settings/team"]],
    ["the longest match wins, whatever the order", "/settings/team", "/settings/team", ["/settings/team", "/settings"]],
    ["no links", "/leads", null, []],
  ])("%s: %s → %s", (_what, pathname, expected, hrefs) => {
    expect(currentNavHref(pathname, hrefs)).toBe(expected);
  });
});
