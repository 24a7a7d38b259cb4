import { describe, expect, it } from "vitest";
import { leadsCsvInput } from "@/server/services/leads/leads-csv-query";
import { ZListLeadsInput, type TListLeadsInput } from "@/server/services/leads/list-leads";
import { leadExportHref, leadListHref, PAGE_SIZE, readLeadListParams, toListInput, withOfferedChoices, type TSearchParams } from "./lead-list-params";

describe("lead list URL params", () => {
  it.each([
    [{}, { search: "", tier: "", formId: "", source: "", includeSpam: false, sort: "date-desc", page: 1 }],
    [{ search: "  acme ", spam: "1", sort: "score-asc", page: "3" }, { search: "acme", includeSpam: true, sort: "score-asc", page: 3 }],
    [{ sort: "bogus", page: "-2", spam: "yes" }, { sort: "date-desc", page: 1, includeSpam: false }],
    [{ page: "abc", tier: ["nurture", "x"] }, { page: 1, tier: "nurture" }],
    [{ status: "ACCEPTED" }, { status: "ACCEPTED" }],
    // Enum values from a URL an integrator or a bookmark built, in any letter case: the page's own value.
    [{ status: "accepted" }, { status: "ACCEPTED" }],
    [{ status: "Fallback" }, { status: "FALLBACK" }],
    [{ sort: "Score-Desc" }, { sort: "score-desc" }],
    [{ spam: "1" }, { includeSpam: true }],
    [{ status: "bogus" }, { status: "" }],
  ])("reads %j", (query, expected) => {
    expect(readLeadListParams(query)).toMatchObject(expected);
  });

  it("writes an enum given in another case back as its own value", () => {
    expect(leadListHref(readLeadListParams({ status: "accepted", reached: "WON", sort: "Score-Desc" }))).toBe("/leads?status=ACCEPTED&sort=score-desc&reached=won");
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

describe("the analytics slice in the URL", () => {
  // Each value on its own: one malformed value no longer drops the others (a repId next to a bad date still filters).
  it.each<[TSearchParams, unknown]>([
    [{}, undefined],
    [{ repId: "rep_1" }, { repId: "rep_1" }],
    [{ repId: "rep_1", from: "yesterday", scoreBand: "huge" }, { repId: "rep_1" }],
    [{ from: "2026-11-01", to: "2026-11-30" }, { from: "2026-11-01", to: "2026-11-30" }],
    [{ from: "2026-02-30", to: "2026-13-01" }, undefined],
    [{ from: "2024-02-29", reached: "won", utmSource: " newsletter " }, { from: "2024-02-29", reached: "won", utmSource: "newsletter" }],
    // reached=WON (upper case, from an integrator's or a bookmark's URL) filtered nothing: the stage, as the page writes it.
    [{ reached: "WON", scoreBand: "80+", teamId: ["team_1", "team_2"] }, { reached: "won", scoreBand: "80+", teamId: "team_1" }],
    [{ reached: "Meeting" }, { reached: "meeting" }],
    [{ reached: "lost" }, undefined],
    [{ repId: "r".repeat(65), pathId: "enterprise" }, { pathId: "enterprise" }],
    // As long a UTM source as a lead keeps (500): analytics counts it, the link must list its leads.
    [{ utmSource: "u".repeat(300) }, { utmSource: "u".repeat(300) }],
    [{ utmSource: "u".repeat(501) }, { utmSource: "u".repeat(500) }],
    // Fairness' routed-assignment slice: each value on its own as well.
    [
      { from: "2026-09-01", to: "2026-09-30", assignedRepId: "rep_1", assignedPathId: "inbound", assignedTeamId: "team_1" },
      { from: "2026-09-01", to: "2026-09-30", assignedRepId: "rep_1", assignedPathId: "inbound", assignedTeamId: "team_1" },
    ],
    [{ assignedRepId: "r".repeat(65), assignedPathId: " inbound ", assignedTeamId: "" }, { assignedPathId: "inbound" }],
  ])("reads %j", (query, slice) => {
    expect(readLeadListParams(query).slice).toEqual(slice);
  });
});

describe("a tier, form or source the menus do not offer", () => {
  const options = { tiers: [{ key: "sales_ready", label: "Sales-ready" }, { key: "nurture", label: "Nurture" }], forms: [{ id: "form_1", name: "Demo" }], sources: ["hosted", "api"] };
  // Such a value matches no lead; the menu can only show "All …": the list shows all too.
  it.each<[TSearchParams, { tier: string; formId: string; source: string }]>([
    [{ tier: "bogus" }, { tier: "", formId: "", source: "" }],
    [{ tier: "nurture", formId: "form_9", source: "hosted" }, { tier: "nurture", formId: "", source: "hosted" }],
    [{ tier: "Nurture", formId: "form_1", source: "fax" }, { tier: "", formId: "form_1", source: "" }],
    [{ tier: "sales_ready", formId: "form_1", source: "api" }, { tier: "sales_ready", formId: "form_1", source: "api" }],
  ])("%j", (query, expected) => {
    const params = withOfferedChoices(readLeadListParams({ ...query, repId: "rep_1" }), options);
    expect(params).toMatchObject(expected);
    expect(params.slice).toEqual({ repId: "rep_1" });
    expect(toListInput(params)).toMatchObject({ tier: expected.tier || undefined, formId: expected.formId || undefined, source: expected.source || undefined });
  });
});

describe("the CSV export link", () => {
  // The export refuses what the page forgives (leads-csv-query.ts): whatever the page's URL, the
  // link it offers is accepted, and exports the table the page shows (every page of it).
  it.each<TSearchParams>([
    {},
    { sort: "bogus", status: "nope", spam: "yes", page: "-2", scoreBand: "huge", from: "yesterday" },
    { search: `  ${"x".repeat(199)} 🎉 tail`, tier: "t".repeat(80), formId: "f".repeat(70), source: "s".repeat(300) },
    { search: "acme", tier: ["nurture", "x"], status: "FALLBACK", spam: "1", sort: "score-asc", page: "3" },
    { from: "2026-11-01", to: "2026-11-30", repId: "rep_1", reached: "WON", utmSource: "newsletter" },
    { from: "2026-02-30", to: "2026-11-30", repId: "rep_1", reached: "won", scoreBand: "huge" },
    // Another letter case: the link carries the page's own values (the export takes only those).
    { status: "assigned", reached: "WON", sort: "SCORE-ASC" },
    { from: "2026-09-01", to: "2026-09-30", assignedRepId: "rep_1", assignedPathId: "inbound", assignedTeamId: "t".repeat(65) },
  ])("%j", (query) => {
    const params = readLeadListParams(query);
    const href = leadExportHref(params);
    expect(href.startsWith("/leads/export.csv")).toBe(true);
    // As the service reads them (leads.list's own schema trims, drops NULs, fills defaults).
    const asRead = (input: TListLeadsInput) => ZListLeadsInput.parse({ ...input, page: 1, pageSize: PAGE_SIZE });
    expect(asRead(leadsCsvInput(new URL(href, "http://localhost").searchParams))).toEqual(asRead(toListInput(params)));
  });
});
