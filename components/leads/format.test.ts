// Dates on the leads pages are human and in the viewer's zone (they were ISO: "2026-12-04 14:40 UTC").
import { describe, expect, it } from "vitest";
import { formatDay } from "@/components/forms/form-dates";
import { formatDate, formatDateTime, formatMoney } from "./format";

// Friday 4 December 2026, 14:40 UTC = 09:40 in New York, 23:40 in Tokyo.
const AT = new Date("2026-12-04T14:40:00Z");

describe("formatDateTime", () => {
  it.each<[string, Date, string | undefined, string]>([
    ["the viewer's zone (New York)", AT, "America/New_York", "Dec 4, 2026, 09:40"],
    ["the viewer's zone (Tokyo)", AT, "Asia/Tokyo", "Dec 4, 2026, 23:40"],
    ["the zone's own day, not UTC's", new Date("2026-12-05T02:30:00Z"), "America/Los_Angeles", "Dec 4, 2026, 18:30"],
    ["across the year in the viewer's zone", new Date("2026-12-31T23:30:00Z"), "Asia/Tokyo", "Jan 1, 2027, 08:30"],
    ["a viewer in UTC", AT, "UTC", "Dec 4, 2026, 14:40"],
    ["no zone known (server-rendered): UTC, named", AT, undefined, "Dec 4, 2026, 14:40 UTC"],
    ["an unknown zone: UTC, named", AT, "Mars/Olympus", "Dec 4, 2026, 14:40 UTC"],
    ["midnight", new Date("2027-01-01T00:00:00Z"), "UTC", "Jan 1, 2027, 00:00"],
  ])("%s", (_what, date, zone, expected) => {
    expect(formatDateTime(date, zone)).toBe(expected);
  });

  it("is never ISO", () => {
    expect(formatDateTime(AT)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(formatDateTime(AT, "Europe/Paris")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("formatDate", () => {
  it.each<[string, string | undefined, string]>([
    ["2026-12-04T14:40:00Z", "America/New_York", "Dec 4, 2026"],
    ["2026-12-04T23:30:00Z", "Asia/Tokyo", "Dec 5, 2026"],
    ["2026-12-04T23:30:00Z", undefined, "Dec 4, 2026"],
  ])("%s in %s → %s", (iso, zone, expected) => {
    expect(formatDate(new Date(iso), zone)).toBe(expected);
  });

  it("writes a day as the forms pages do (formatDay)", () => {
    expect(formatDate(AT, "UTC")).toBe(formatDay(AT));
  });
});

// One money format on the lead page: Summary said "$100,000", Lifecycle "$90,000.00", History "amount 90000.00".
describe("formatMoney", () => {
  it.each<[string, string | number, string, string]>([
    ["a whole amount as stored (numeric(14,2))", "90000.00", "USD", "$90,000"],
    ["a whole amount", "100000", "USD", "$100,000"],
    ["an amount with cents keeps them", "90000.50", "USD", "$90,000.50"],
    ["a number", 12500, "USD", "$12,500"],
    ["a number with cents", 0.5, "USD", "$0.50"],
    ["zero", "0.00", "USD", "$0"],
    ["the largest amount stored", "999999999999.99", "USD", "$999,999,999,999.99"],
    ["euros", "5000.00", "EUR", "€5,000"],
    ["yen", "12000", "JPY", "¥12,000"],
    ["an unknown currency code: shown as given", "5000", "XX", "5000 XX"],
    ["an amount that is not a number: shown as given", "12abc", "USD", "12abc USD"],
    ["an empty amount: shown as given", "", "USD", " USD"],
  ])("%s", (_what, amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });
});
