import { describe, expect, it } from "vitest";
import { inviteExpiryText } from "./invite-expiry";

describe("inviteExpiryText", () => {
  it.each([
    ["2026-12-11T09:30:00.000Z", "expires Dec 11, 2026"],
    ["2026-11-12T00:00:00.000Z", "expires Nov 12, 2026"],
    // UTC: late in the day in UTC is still that day, whatever the server's zone.
    ["2026-01-02T23:59:59.000Z", "expires Jan 2, 2026"],
  ])("%s → %s", (iso, text) => {
    expect(inviteExpiryText(new Date(iso))).toBe(text);
  });
});
