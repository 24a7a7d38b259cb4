import { describe, expect, it } from "vitest";
import { decodeLeadCursor, encodeLeadCursor, searchParamsInput, ZLeadListQuery } from "./lead-list-query";
import { requestIssues } from "../validation/request-issues";

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

const parse = (query: string) => ZLeadListQuery.safeParse(searchParamsInput(new URLSearchParams(query)));

describe("ZLeadListQuery", () => {
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

  // A status from a URL an integrator built in another case: the same status (status=assigned filtered nothing).
  it.each<[string, string]>([
    ["status=assigned", "ASSIGNED"],
    ["status=Fallback", "FALLBACK"],
    ["status=NEW", "NEW"],
  ])("%s → status %s", (query, status) => {
    expect(parse(query)).toEqual({ success: true, data: { status, limit: 50 } });
  });

  it.each<[string, string]>([
    ["status=WON", "status"],
    ["status=assign", "status"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=ten", "limit"],
    ["updatedSince=yesterday", "updatedSince"],
    ["cursor=nope", "cursor"],
    ["owner=r1", "owner"], // an unknown parameter at its own name (it was zod's "" with "Unrecognized key")
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
    ["status=won", "status", "Use one of NEW, ASSIGNED, ACCEPTED, FALLBACK, NURTURE, DISQUALIFIED, SPAM, CLOSED"],
  ])("%s → says so at %j", (query, path, message) => {
    expect(parse(query).error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }))).toEqual([{ path, message }]);
  });
});

describe("ZLeadListQuery: a bad value is refused in plain words at its parameter (not zod's wording)", () => {
  const LIMIT = "limit must be a whole number from 1 to 100 (default 50)";
  const CURSOR = "Not a cursor this API returned (use nextCursor as given)";
  it.each<[string, string, string]>([
    ["limit=abc", "limit", LIMIT], // was "Invalid input: expected number, received NaN"
    ["limit=0", "limit", LIMIT], // was "Too small: expected number to be >=1"
    ["limit=-5", "limit", LIMIT],
    ["limit=1000", "limit", LIMIT], // was "Too big: expected number to be <=100"
    ["limit=1.5", "limit", LIMIT], // was "Invalid input: expected int, received number"
    ["limit=", "limit", LIMIT],
    ["limit=1e1", "limit", LIMIT], // was read as 10
    ["limit=0x10", "limit", LIMIT], // was read as 16
    ["cursor=garbage", "cursor", CURSOR],
    [`cursor=${"1".repeat(201)}`, "cursor", CURSOR], // was "Too big: expected string to have <=200 characters"
    ["tier=", "tier", "tier must be a tier key of 1 to 64 characters (e.g. sales_ready)"],
    [`tier=${"t".repeat(65)}`, "tier", "tier must be a tier key of 1 to 64 characters (e.g. sales_ready)"],
    ["ownerRepId=", "ownerRepId", "ownerRepId must be a rep id of 1 to 100 characters (owner.repId of a lead, or GET /api/v1/members)"],
    [`formId=${"f".repeat(101)}`, "formId", "formId must be a form id of 1 to 100 characters (form.id of a lead)"],
  ])("%s → at %j: %j", (query, path, message) => {
    expect(requestIssues(parse(query).error!.issues)).toEqual([{ path, message }]);
  });

  it.each<[string, number]>([["limit=1", 1], ["limit=100", 100], ["limit=050", 50], ["limit=%2010", 10]])("%s is read as %d", (query, limit) => {
    expect(parse(query).data?.limit).toBe(limit);
  });
});

describe("ZLeadListQuery: an unknown query parameter is named as such", () => {
  it.each<[string, Record<string, unknown>, { path: string; message: string }[]]>([
    ["one unknown (was 'Unknown property')", { foo: "1" }, [{ path: "foo", message: "Unknown query parameter `foo`: use status, tier, ownerRepId, formId, updatedSince, cursor, limit" }]],
    ["beside a bad value: both in one answer", { foo: "1", limit: "500" }, [{ path: "limit", message: expect.any(String) }, { path: "foo", message: expect.stringMatching(/^Unknown query parameter `foo`/) }]],
    ["a very long name is shortened in the message", { ["x".repeat(100)]: "1" }, [{ path: "x".repeat(100), message: expect.stringContaining(`\`${"x".repeat(60)}…\``) }]],
  ])("%s", (_name, input, expected) => {
    const parsed = ZLeadListQuery.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(requestIssues(parsed.error!.issues)).toEqual(expected);
  });

  it("known parameters only in the output", () => {
    expect(ZLeadListQuery.parse({ status: "NEW" })).toEqual({ status: "NEW", limit: 50 });
  });
});
