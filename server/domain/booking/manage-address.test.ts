import { describe, expect, it } from "vitest";
import { afterChangeAddress, manageAddress, rebookAddress, type TManageChangeResult } from "./manage-address";

describe("manageAddress: the page's own links keep a zone picked in 'Times in'", () => {
  it.each<[string, Record<string, string>, string | null, string]>([
    ["tok", {}, null, "/b/tok"],
    ["tok", {}, "Asia/Tokyo", "/b/tok?tz=Asia%2FTokyo"],
    ["tok", { pick: "2026-12-08T01:00:00.000Z" }, null, "/b/tok?pick=2026-12-08T01%3A00%3A00.000Z"],
    ["tok", { cancel: "1" }, "America/New_York", "/b/tok?cancel=1&tz=America%2FNew_York"],
    // The token is one path segment, whatever it holds.
    ["a/b?c", {}, null, "/b/a%2Fb%3Fc"],
  ])("%s %j in %s → %s", (token, params, zone, expected) => expect(manageAddress(token, params, zone)).toBe(expected));
});

describe("afterChangeAddress: a move made the picked zone the meeting's, so it drops ?tz=; nothing else changes the zone", () => {
  it.each<[TManageChangeResult, string | null, string]>([
    ["moved", "Asia/Tokyo", "/b/tok?moved=1"],
    ["moved", null, "/b/tok?moved=1"],
    ["taken", "Asia/Tokyo", "/b/tok?taken=1&tz=Asia%2FTokyo"],
    ["taken", null, "/b/tok?taken=1"],
    ["cancelled", "America/New_York", "/b/tok?tz=America%2FNew_York"],
    ["cancelled", null, "/b/tok"],
    // A bad link, an already cancelled meeting, over the rate limit: the page as it was.
    ["invalid", "Asia/Tokyo", "/b/tok?tz=Asia%2FTokyo"],
    ["invalid", null, "/b/tok"],
  ])("%s with %s → %s", (result, zone, expected) => expect(afterChangeAddress("tok", result, zone)).toBe(expected));
});

describe("rebookAddress: 'Book another time' opens the booking page in the zone the page shows", () => {
  it.each<[string, string, string]>([
    ["/book/abc.def", "Asia/Tokyo", "/book/abc.def?tz=Asia%2FTokyo"],
    ["/book/abc.def", "UTC", "/book/abc.def?tz=UTC"],
    ["https://app.example.com/book/abc", "America/Argentina/Buenos_Aires", "https://app.example.com/book/abc?tz=America%2FArgentina%2FBuenos_Aires"],
    ["/book/abc?x=1", "Europe/Berlin", "/book/abc?x=1&tz=Europe%2FBerlin"],
  ])("%s in %s → %s", (rebook, zone, expected) => expect(rebookAddress(rebook, zone)).toBe(expected));
});
