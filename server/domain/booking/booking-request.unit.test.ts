import { describe, expect, it } from "vitest";
import { requestIssues } from "../validation/request-issues";
import { unknownQueryParameterMessage } from "../validation/query-parameters";
import { ZSlotsQuery } from "./booking-request";

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
