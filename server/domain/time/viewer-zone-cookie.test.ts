import { describe, expect, it } from "vitest";
import { VIEWER_ZONE_COOKIE, viewerZoneCookie, viewerZoneFromCookie } from "./viewer-zone-cookie";

describe("viewerZoneFromCookie: only a zone Intl accepts, under its current IANA name", () => {
  it.each<[string, string | null | undefined, string | null]>([
    ["a zone", "Asia/Kolkata", "Asia/Kolkata"],
    ["as the browser writes it (encoded)", "Asia%2FKolkata", "Asia/Kolkata"],
    ["a zone with a sub-region", "America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["an old name the browser reports: the current one", "Asia/Calcutta", "Asia/Kolkata"],
    ["another old name", "Europe/Kiev", "Europe/Kyiv"],
    ["UTC", "UTC", "UTC"],
    ["an Etc zone with a sign", "Etc/GMT%2B5", "Etc/GMT+5"],
    ["surrounding spaces", " Asia/Tokyo ", "Asia/Tokyo"],
    ["no cookie", undefined, null],
    ["null", null, null],
    ["empty", "", null],
    ["a made-up zone", "Mars/Olympus_Mons", null],
    ["an offset (newer engines accept it; not an IANA zone)", "+05:30", null],
    ["an encoded offset", "%2B05%3A30", null],
    ["markup", "<script>alert(1)</script>", null],
    ["a broken escape", "Asia%2", null],
    ["a path", "../../etc/passwd", null],
    ["far too long", `America/${"A".repeat(80)}`, null],
    ["a list of zones", "Asia/Tokyo,Europe/Paris", null],
  ])("%s: %j → %j", (_what, value, expected) => {
    expect(viewerZoneFromCookie(value)).toBe(expected);
  });
});

describe("viewerZoneCookie: the whole site, a year, Lax; Secure over HTTPS", () => {
  it.each<[string, boolean, string]>([
    ["Asia/Kolkata", false, "sb_tz=Asia%2FKolkata; Path=/; Max-Age=31536000; SameSite=Lax"],
    ["Asia/Kolkata", true, "sb_tz=Asia%2FKolkata; Path=/; Max-Age=31536000; SameSite=Lax; Secure"],
    ["Etc/GMT+5", false, "sb_tz=Etc%2FGMT%2B5; Path=/; Max-Age=31536000; SameSite=Lax"],
  ])("%s (https %s) → %s", (zone, isHttps, cookie) => {
    expect(viewerZoneCookie(zone, isHttps)).toBe(cookie);
  });

  it("reads back as the zone it stored", () => {
    const value = viewerZoneCookie("America/Indiana/Knox", false).split(";")[0]!.slice(VIEWER_ZONE_COOKIE.length + 1);
    expect(viewerZoneFromCookie(value)).toBe("America/Indiana/Knox");
  });
});
