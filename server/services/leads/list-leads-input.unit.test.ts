import { describe, expect, it } from "vitest";
import { ZListLeadsInput } from "./list-leads";

// The leads list's input (tRPC leads.list, the leads page, the CSV export) reads `status` in any
// letter case, as the page's URL and GET /api/v1/leads do (enum-value.ts), and passes on the
// enum's own value; a value that is no status in any case keeps zod's message at `status`.
const UNKNOWN_STATUS = 'Invalid option: expected one of "NEW"|"ASSIGNED"|"ACCEPTED"|"FALLBACK"|"NURTURE"|"DISQUALIFIED"|"SPAM"|"CLOSED"';

describe("ZListLeadsInput: status in any letter case", () => {
  it.each<[string, string]>([
    ["ASSIGNED", "ASSIGNED"],
    ["assigned", "ASSIGNED"],
    ["Nurture", "NURTURE"],
    ["disQUALIFIED", "DISQUALIFIED"],
  ])("%j → %j", (status, expected) => {
    const result = ZListLeadsInput.safeParse({ status });
    expect(result.success && result.data.status).toBe(expected);
  });

  it("no status is all statuses", () => {
    expect(ZListLeadsInput.parse({}).status).toBeUndefined();
  });

  it.each<[string]>([["WON"], ["assign"], [""], [" NEW"]])("%j → zod's message at status", (status) => {
    const result = ZListLeadsInput.safeParse({ status });
    expect(result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([{ path: ["status"], message: UNKNOWN_STATUS }]);
  });
});
