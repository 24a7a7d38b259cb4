import { describe, expect, it } from "vitest";
import { requestIssues } from "../validation/request-issues";
import { unknownQueryParameterMessage } from "../validation/query-parameters";
import { missingDayMessage, ZCreateBookingRequest, ZSlotsQuery } from "./booking-request";

const SLOTS_PARAMS = ["token", "leadId", "from", "tz"];

describe("ZSlotsQuery: GET /api/v1/bookings/slots's query", () => {
  it.each<[string, Record<string, string>, { path: string; message: string }[]]>([
    ["an unknown parameter: at its name, in the GET routes' words", { leadId: "l1", x: "1" }, [{ path: "x", message: unknownQueryParameterMessage("x", SLOTS_PARAMS) }]],
    ["two unknown parameters: one issue each", { limit: "5", page: "2" }, [{ path: "limit", message: unknownQueryParameterMessage("limit", SLOTS_PARAMS) }, { path: "page", message: unknownQueryParameterMessage("page", SLOTS_PARAMS) }]],
    ["an unknown parameter beside a bad one: both told", { tz: "Mars/Base", x: "1" }, [{ path: "tz", message: "Unknown time zone: use an IANA name such as America/New_York" }, { path: "x", message: unknownQueryParameterMessage("x", SLOTS_PARAMS) }]],
  ])("%s", (_name, query, issues) => {
    const parsed = ZSlotsQuery.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(requestIssues(parsed.error!.issues)).toEqual(issues);
  });

  it("the message names the parameters it takes", () => {
    expect(unknownQueryParameterMessage("x", SLOTS_PARAMS)).toBe("Unknown query parameter `x`: use token, leadId, from, tz");
  });

  it.each<[string, Record<string, string>]>([
    ["a lead id", { leadId: "l1" }],
    ["a token, a day and a zone", { token: "t", from: "2026-03-09", tz: "Europe/Paris" }],
    ["an instant", { leadId: "l1", from: "2026-03-09T14:00:00Z" }],
  ])("takes %s", (_name, query) => {
    expect(ZSlotsQuery.safeParse(query)).toMatchObject({ success: true, data: query });
  });
});

describe("missingDayMessage: a well-formed day that is not in the calendar", () => {
  it.each<[string, string, string | null]>([
    ["30 February", "2026-02-30", "2026-02-30 does not exist (February 2026 has 28 days)"],
    ["29 February of a common year", "2026-02-29", "2026-02-29 does not exist (February 2026 has 28 days)"],
    ["29 February of a leap year", "2028-02-29", null],
    ["31 April, as an instant", "2026-04-31T09:00:00Z", "2026-04-31 does not exist (April 2026 has 30 days)"],
    ["day 00", "2026-12-00", "2026-12-00 does not exist (December 2026 has 31 days)"],
    ["month 13", "2026-13-01", "2026-13-01 does not exist (a month is 01 to 12)"],
    ["a real day", "2026-12-08", null],
    ["not a day at all", "garbage", null],
  ])("%s", (_name, text, expected) => {
    expect(missingDayMessage(text)).toBe(expected);
  });
});

describe("ZSlotsQuery's from and tz in our own words (zod's union said \"Invalid input\")", () => {
  const FROM_FORM = "from must be a date-time with an offset (e.g. 2026-12-08T09:00:00Z) or a day (e.g. 2026-12-08)";
  it.each<[string, Record<string, string>, { path: string; message: string }[]]>([
    ["garbage", { from: "garbage" }, [{ path: "from", message: FROM_FORM }]],
    ["empty", { from: "" }, [{ path: "from", message: FROM_FORM }]],
    ["no offset", { from: "2026-12-08T09:00:00" }, [{ path: "from", message: FROM_FORM }]],
    ["a day that does not exist", { from: "2026-02-30" }, [{ path: "from", message: "from: 2026-02-30 does not exist (February 2026 has 28 days)" }]],
  ])("%s", (_name, query, issues) => {
    const parsed = ZSlotsQuery.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(requestIssues(parsed.error!.issues)).toEqual(issues);
  });

  it("a zone in any letter case is read as its canonical name", () => {
    expect(ZSlotsQuery.parse({ tz: "europe/berlin" })).toEqual({ tz: "Europe/Berlin" });
  });
});

describe("ZCreateBookingRequest's start in our own words", () => {
  it.each<[string, string, string]>([
    ["garbage", "garbage", "start must be a date-time with an offset, e.g. 2026-12-08T09:00:00Z"],
    ["a day that does not exist", "2026-02-30T09:00:00Z", "start: 2026-02-30 does not exist (February 2026 has 28 days)"],
  ])("%s", (_name, start, message) => {
    const parsed = ZCreateBookingRequest.safeParse({ token: "t", start, timeZone: "UTC" });
    expect(requestIssues(parsed.error!.issues)).toEqual([{ path: "start", message }]);
  });
});
