import { describe, expect, it } from "vitest";
import { leadListHref, PAGE_SIZE, readLeadListParams, toListInput } from "./lead-list-params";

describe("lead list URL params", () => {
  it.each([
    [{}, { search: "", tier: "", formId: "", source: "", includeSpam: false, sort: "date-desc", page: 1 }],
    [{ search: "  acme ", spam: "1", sort: "score-asc", page: "3" }, { search: "acme", includeSpam: true, sort: "score-asc", page: 3 }],
    [{ sort: "bogus", page: "-2", spam: "yes" }, { sort: "date-desc", page: 1, includeSpam: false }],
    [{ page: "abc", tier: ["nurture", "x"] }, { page: 1, tier: "nurture" }],
    [{ status: "ACCEPTED" }, { status: "ACCEPTED" }],
    [{ status: "accepted" }, { status: "" }],
    [{ status: "bogus" }, { status: "" }],
  ])("reads %j", (query, expected) => {
    expect(readLeadListParams(query)).toMatchObject(expected);
  });

  it("maps to the leads.list input and back to a URL without defaults", () => {
    const params = readLeadListParams({ search: "bob", tier: "nurture", sort: "score-desc", page: "2" });
    expect(toListInput(params)).toEqual({
      search: "bob", tier: "nurture", formId: undefined, source: undefined, status: undefined, includeSpam: false, sort: "score", direction: "desc", page: 2, pageSize: PAGE_SIZE,
    });
    expect(leadListHref(params)).toBe("/leads?search=bob&tier=nurture&sort=score-desc&page=2");
    expect(leadListHref({ ...params, search: "", tier: "", sort: "date-desc", page: 1 })).toBe("/leads");
    expect(leadListHref({ ...params, status: "FALLBACK", page: 1 })).toBe("/leads?search=bob&tier=nurture&status=FALLBACK&sort=score-desc");
    expect(toListInput({ ...params, status: "FALLBACK" }).status).toBe("FALLBACK");
  });
});
