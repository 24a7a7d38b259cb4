import { describe, expect, it } from "vitest";
import { currentNavHref, navItemsFor } from "./nav-items";

const ADMIN_HREFS = navItemsFor("ADMIN").map((item) => item.href);

describe("currentNavHref: the section a page belongs to", () => {
  it.each<[string, string, readonly string[], string | null]>([
    ["a section's own page", "/leads", ADMIN_HREFS, "/leads"],
    ["a page under it", "/leads/cm1abc", ADMIN_HREFS, "/leads"],
    ["deeper under it", "/forms/f1/edit", ADMIN_HREFS, "/forms"],
    ["the overview", "/dashboard", ADMIN_HREFS, "/dashboard"],
    ["a settings page", "/settings/members", ADMIN_HREFS, "/settings/members"],
    ["a page under a settings page", "/settings/webhooks/w1", ADMIN_HREFS, "/settings/webhooks"],
    ["a name that only starts like a section", "/leadsboard", ADMIN_HREFS, null],
    ["a page outside the navigation", "/dev/mailbox", ADMIN_HREFS, null],
    ["a settings page the role has no link to", "/settings/calendar", ADMIN_HREFS, null],
    ["the longest match wins", "/settings/team/x", ["/settings", "/settings/team"], "/settings/team"],
    ["the longest match wins, whatever the order", "/settings/team", ["/settings/team", "/settings"], "/settings/team"],
    ["no links", "/leads", [], null],
  ])("%s: %s → %s", (_what, pathname, hrefs, expected) => {
    expect(currentNavHref(pathname, hrefs)).toBe(expected);
  });
});
