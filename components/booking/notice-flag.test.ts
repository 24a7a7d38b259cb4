import { describe, expect, it } from "vitest";
import { addressWithoutFlag } from "./notice-flag";

describe("addressWithoutFlag: the notice's flag leaves the address, everything else stays", () => {
  it.each<[string, string, string | null]>([
    ["https://app.example/b/tok?moved=1", "moved", "/b/tok"],
    ["https://app.example/b/tok?taken=1&tz=Asia%2FTokyo", "taken", "/b/tok?tz=Asia%2FTokyo"],
    ["https://app.example/b/tok?tz=Asia%2FTokyo&taken=1", "taken", "/b/tok?tz=Asia%2FTokyo"],
    ["https://app.example/b/tok?moved=1#top", "moved", "/b/tok#top"],
    // Repeated, or with another value: all of it goes.
    ["https://app.example/b/tok?moved=1&moved=yes", "moved", "/b/tok"],
    // No flag: nothing to replace.
    ["https://app.example/b/tok?tz=Asia%2FTokyo", "moved", null],
    ["https://app.example/b/tok", "taken", null],
    // Only that flag: ?moved=1 stays when dropping taken.
    ["https://app.example/b/tok?moved=1", "taken", null],
    // The token is one encoded path segment: kept as it is.
    ["https://app.example/b/a%2Fb?taken=1", "taken", "/b/a%2Fb"],
  ])("%s without %s → %s", (href, name, expected) => expect(addressWithoutFlag(href, name)).toBe(expected));
});
