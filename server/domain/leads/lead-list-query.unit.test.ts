import { describe, expect, it } from "vitest";
import { decodeLeadCursor, encodeLeadCursor, searchParamsInput, ZLeadListQuery } from "./lead-list-query";

describe("lead list cursor", () => {
  it("round-trips (updatedAt, id)", () => {
    const cursor = { updatedAt: new Date("2026-12-01T15:00:00.123Z"), id: "cmabc123" };
    expect(encodeLeadCursor(cursor)).toBe("1796137200123_cmabc123");
    expect(decodeLeadCursor(encodeLeadCursor(cursor))).toEqual(cursor);
  });

  it.each(["", "abc", "123", "_id", "12_", "12_a b", "12_x'; drop", `${"9".repeat(16)}_x`])("rejects %j", (text) => {
    expect(decodeLeadCursor(text)).toBeNull();
  });
});

describe("ZLeadListQuery", () => {
  const parse = (query: string) => ZLeadListQuery.safeParse(searchParamsInput(new URLSearchParams(query)));

  it("defaults", () => {
    expect(parse("")).toEqual({ success: true, data: { limit: 50 } });
  });

  it("reads every filter", () => {
    const result = parse("status=ASSIGNED&tier=sales_ready&ownerRepId=r1&formId=f1&updatedSince=2026-12-01T10:00:00%2B01:00&limit=10&cursor=1796137200123_cm1");
    expect(result.success && result.data).toEqual({
      status: "ASSIGNED",
      tier: "sales_ready",
      ownerRepId: "r1",
      formId: "f1",
      updatedSince: new Date("2026-12-01T09:00:00Z"),
      limit: 10,
      cursor: { updatedAt: new Date(1796137200123), id: "cm1" },
    });
  });

  it.each<[string, string]>([
    ["status=WON", "status"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=ten", "limit"],
    ["updatedSince=yesterday", "updatedSince"],
    ["cursor=nope", "cursor"],
    ["owner=r1", ""],
    ["status=ASSIGNED&status=NEW", "status"], // one value per filter: a second one is refused, not ignored
    ["limit=10&limit=20", "limit"],
  ])("%s → an issue at %j", (query, path) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe(path);
  });

  it.each<[string, string, string]>([
    ["status=ASSIGNED&status=NEW", "status", "Given 2 times: each parameter takes one value (to see several, ask once per value)"],
    ["tier=hot&tier=warm&tier=cold", "tier", "Given 3 times: each parameter takes one value (to see several, ask once per value)"],
    ["status=FOO", "status", "Use one of NEW, ASSIGNED, ACCEPTED, FALLBACK, NURTURE, DISQUALIFIED, SPAM, CLOSED"],
  ])("%s → says so at %j", (query, path, message) => {
    expect(parse(query).error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }))).toEqual([{ path, message }]);
  });
});
