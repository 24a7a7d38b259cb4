import { describe, expect, it } from "vitest";
import { applyFilters } from "./apply-filters";
import { leadRefResolver } from "./lead-refs";
import type { TReasonCode } from "./reason-codes";
import { ZFilter, type TFilter } from "./routing-config";
import type { TRepState, TRoutingLead } from "./routing-types";
import { makeLead, makeRep, NY_MORNING } from "../../testing/fixtures/routing-domain-fixtures";

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

function run(reps: TRepState[], filters: unknown[], lead: TRoutingLead = makeLead(), now = NY_MORNING) {
  const parsed: TFilter[] = filters.map((f) => ZFilter.parse(f));
  const pool = applyFilters(
    reps.map((r) => r.id),
    new Map(reps.map((r) => [r.id, r])),
    parsed,
    { lead, resolve: leadRefResolver(lead, now), now },
  );
  return {
    kept: pool.qualified.map((c) => c.rep.id),
    passed: Object.fromEntries(pool.qualified.map((c) => [c.rep.id, c.passed])),
    skipped: Object.fromEntries(pool.skipped.map((s) => [s.repId, s.reasons[0]])),
  };
}

const finance = makeLead({}, { attributes: { industry: "Financial_Services", segment: "MID_MARKET", language: "ja", region: "apac" }, estimatedValue: 150_000 });
const a = makeRep("a", { industries: ["financial services"], segments: ["MID_MARKET"], languages: ["en", "ja"], regions: ["APAC"], skills: ["security", "sso"], seniority: "SENIOR" });
const b = makeRep("b", { industries: ["retail"], segments: ["SMB"], languages: ["en"], regions: ["europe"], skills: ["security"], seniority: "MID" });

describe("base eligibility (always applied)", () => {
  it.each<[string, TRepState, TReasonCode | undefined]>([
    ["inactive", makeRep("x", { isActive: false }), { code: "INACTIVE" }],
    ["exactly at the open-lead cap 10/10", makeRep("x", { maxOpenLeads: 10 }, { openLeads: 10 }), { code: "AT_CAPACITY_OPEN", open: 10, max: 10 }],
    ["one below the cap 9/10", makeRep("x", { maxOpenLeads: 10 }, { openLeads: 9 }), undefined],
    ["exactly at the daily cap 4/4", makeRep("x", { maxNewLeadsPerDay: 4 }, { newLeadsToday: 4 }), { code: "AT_CAPACITY_DAILY", today: 4, max: 4 }],
    ["unlimited caps", makeRep("x", { maxOpenLeads: null, maxNewLeadsPerDay: null }, { openLeads: 999, newLeadsToday: 999 }), undefined],
    ["a cap of 0 takes nothing", makeRep("x", { maxOpenLeads: 0 }), { code: "AT_CAPACITY_OPEN", open: 0, max: 0 }],
  ])("%s", (_what, rep, expected) => {
    expect(run([rep], []).skipped.x).toEqual(expected);
  });

  it("a team member without a rep profile is skipped as unknown", () => {
    const pool = applyFilters(["ghost"], new Map(), [], { lead: makeLead(), resolve: () => undefined, now: NY_MORNING });
    expect(pool.skipped).toEqual([{ repId: "ghost", reasons: [{ code: "UNKNOWN_REP" }] }]);
  });
});

describe("match filters", () => {
  it.each<[string, unknown, string[], Record<string, TReasonCode>]>([
    ["industry required (normalised)", { type: "match", field: "industry" }, ["a"], { b: { code: "MATCH_MISSING", field: "industry", wanted: ["Financial_Services"], mode: "required" } }],
    ["segment required", { type: "match", field: "segment" }, ["a"], { b: { code: "MATCH_MISSING", field: "segment", wanted: ["MID_MARKET"], mode: "required" } }],
    ["language required", { type: "match", field: "language" }, ["a"], { b: { code: "MATCH_MISSING", field: "language", wanted: ["ja"], mode: "required" } }],
    ["region required (case-insensitive)", { type: "match", field: "region" }, ["a"], { b: { code: "MATCH_MISSING", field: "region", wanted: ["apac"], mode: "required" } }],
    ["skills any", { type: "match", field: "skills", values: ["sso", "security"] }, ["a", "b"], {}],
    ["skills all", { type: "match", field: "skills", values: ["sso", "security"], require: "all" }, ["a"], { b: { code: "MATCH_MISSING", field: "skills", wanted: ["sso", "security"], mode: "required" } }],
    ["skills from an answer ref", { type: "match", field: "skills", ref: "answers.needs" }, ["a"], { b: { code: "MATCH_MISSING", field: "skills", wanted: ["sso"], mode: "required" } }],
    ["industry preferred, someone matches: narrows", { type: "match", field: "industry", mode: "preferred" }, ["a"], { b: { code: "MATCH_MISSING", field: "industry", wanted: ["Financial_Services"], mode: "preferred" } }],
  ])("%s", (_what, filter, kept, skipped) => {
    const lead = { ...finance, answers: { needs: ["sso"] } };
    const result = run([a, b], [filter], lead);
    expect(result.kept).toEqual(kept);
    expect(result.skipped).toEqual(skipped);
  });

  it("required with nobody matching leaves an empty pool", () => {
    expect(run([b], [{ type: "match", field: "industry" }], finance).kept).toEqual([]);
  });

  it("preferred with nobody matching is waived for everyone", () => {
    const result = run([b], [{ type: "match", field: "industry", mode: "preferred" }], finance);
    expect(result.kept).toEqual(["b"]);
    expect(result.passed.b).toEqual([{ code: "PREFERENCE_WAIVED", filter: "industry" }]);
  });

  it("a lead without the attribute is not filtered", () => {
    const result = run([a, b], [{ type: "match", field: "industry" }], makeLead());
    expect(result.kept).toEqual(["a", "b"]);
    expect(result.passed.a).toEqual([{ code: "LEAD_VALUE_UNKNOWN", filter: "industry" }]);
  });

  it("the chosen rep carries the matched values", () => {
    expect(run([a], [{ type: "match", field: "industry" }], finance).passed.a).toEqual([{ code: "MATCHED", field: "industry", values: ["Financial_Services"] }]);
  });
});

describe("seniority by value", () => {
  const filter = { type: "seniority", thresholds: [{ minValue: 100_000, minSeniority: "SENIOR" }, { minValue: 500_000, minSeniority: "PRINCIPAL" }] };
  it.each<[string, number | null, string[], string]>([
    ["150k needs SENIOR+", 150_000, ["a"], "SENIORITY_TOO_LOW"],
    ["exactly 100k needs SENIOR+", 100_000, ["a"], "SENIORITY_TOO_LOW"],
    ["600k needs PRINCIPAL: nobody (required)", 600_000, [], "SENIORITY_TOO_LOW"],
    ["50k: below every threshold, not filtered", 50_000, ["a", "b"], ""],
    ["unknown value: not filtered", null, ["a", "b"], ""],
  ])("%s", (_what, value, kept, bReason) => {
    const result = run([a, b], [filter], { ...finance, estimatedValue: value });
    expect(result.kept).toEqual(kept);
    expect(result.skipped.b?.code ?? "").toBe(bReason);
  });

  it("preferred: a more junior rep still gets it when no senior one is left", () => {
    expect(run([b], [{ ...filter, mode: "preferred" }], finance).kept).toEqual(["b"]);
  });
});

describe("available now", () => {
  const open = makeRep("open", { workingHours: weekdays("08:00", "18:00") });
  const closed = makeRep("closed", { timeZone: "Asia/Tokyo", workingHours: weekdays("09:00", "18:00") });
  const away = makeRep("away", { workingHours: weekdays("08:00", "18:00"), timeOff: [{ startsAt: new Date("2025-12-01T00:00:00Z"), endsAt: new Date("2025-12-03T00:00:00Z") }] });
  it("required: keeps only reps working now, says why for the others", () => {
    const result = run([open, closed, away], [{ type: "available_now" }]);
    expect(result.kept).toEqual(["open"]);
    expect(result.skipped.closed).toMatchObject({ code: "OUTSIDE_WORKING_HOURS", nextLocalTime: "09:00", timeZone: "Asia/Tokyo" });
    expect(result.skipped.away).toEqual({ code: "OUT_OF_OFFICE", untilIso: "2025-12-03T00:00:00.000Z", timeZone: "America/New_York" });
    expect(result.passed.open).toEqual([{ code: "AVAILABLE_NOW", timeZone: "America/New_York" }]);
  });
  it("preferred with nobody available: waived", () => {
    expect(run([closed, away], [{ type: "available_now", mode: "preferred" }]).kept).toEqual(["closed", "away"]);
  });
  it("a preference listed first still picks only among reps who pass the required filters", () => {
    // The industry match is off duty; the available rep without it must not be pushed out.
    const matchOffDuty = makeRep("match", { industries: ["financial services"], timeZone: "Asia/Tokyo", workingHours: weekdays("09:00", "18:00") });
    const other = makeRep("other", { industries: ["retail"], workingHours: weekdays("08:00", "18:00") });
    const result = run([matchOffDuty, other], [{ type: "match", field: "industry", mode: "preferred" }, { type: "available_now" }], finance);
    expect(result.kept).toEqual(["other"]);
    expect(result.skipped.match).toMatchObject({ code: "OUTSIDE_WORKING_HOURS" });
    // Reasons keep the config's order: the (waived) preference first, then availability.
    expect(result.passed.other?.map((r) => r.code)).toEqual(["PREFERENCE_WAIVED", "AVAILABLE_NOW"]);
  });
});

describe("capacity filter", () => {
  const lead = makeLead({}, { estimatedValue: 50_000 });
  it.each<[string, unknown, TRepState, string | undefined]>([
    ["pipeline exactly at the cap after this lead", { type: "capacity", maxOpenPipelineValue: 100_000 }, makeRep("x", {}, { openPipelineValue: 50_000 }), undefined],
    ["pipeline over the cap", { type: "capacity", maxOpenPipelineValue: 100_000 }, makeRep("x", {}, { openPipelineValue: 50_001 }), "AT_CAPACITY_PIPELINE"],
    ["leave in 2 days, window 3", { type: "capacity", leaveWithinDays: 3 }, makeRep("x", { timeOff: [{ startsAt: new Date("2025-12-04T15:00:00Z"), endsAt: new Date("2025-12-10T00:00:00Z") }] }), "LEAVE_SOON"],
    ["leave in 2 days, window 1", { type: "capacity", leaveWithinDays: 1 }, makeRep("x", { timeOff: [{ startsAt: new Date("2025-12-04T15:00:00Z"), endsAt: new Date("2025-12-10T00:00:00Z") }] }), undefined],
    ["leave known only to the service (load.nextLeaveStartsAt)", { type: "capacity", leaveWithinDays: 3 }, makeRep("x", {}, { nextLeaveStartsAt: new Date("2025-12-03T00:00:00Z") }), "LEAVE_SOON"],
    ["on leave right now", { type: "capacity", leaveWithinDays: 3 }, makeRep("x", { timeOff: [{ startsAt: new Date("2025-12-01T00:00:00Z"), endsAt: new Date("2025-12-03T00:00:00Z") }] }), "OUT_OF_OFFICE"],
    ["no limits: has capacity", { type: "capacity" }, makeRep("x", { maxOpenLeads: 12 }, { openLeads: 11 }), undefined],
  ])("%s", (_what, filter, rep, expected) => {
    expect(run([rep], [filter], lead).skipped.x?.code).toBe(expected);
  });

  it("records the open-lead count for the chosen rep", () => {
    expect(run([makeRep("x", { maxOpenLeads: 12 }, { openLeads: 3 })], [{ type: "capacity" }]).passed.x).toEqual([{ code: "HAS_CAPACITY", openLeads: 3, maxOpenLeads: 12 }]);
  });
});

describe("recent-volume balancing", () => {
  const reps = [makeRep("busy", {}, { assignedLastHours: 10 }), makeRep("p", {}, { assignedLastHours: 2 }), makeRep("q", {}, { assignedLastHours: 3 })];
  it.each<[string, number, string[]]>([
    ["mean 5, K 2: 10 > 7 skipped", 2, ["p", "q"]],
    ["mean 5, K 5: 10 = mean + K is kept", 5, ["busy", "p", "q"]],
    ["K 0: everyone above the mean skipped", 0, ["p", "q"]],
  ])("%s", (_what, maxAboveMean, kept) => {
    expect(run(reps, [{ type: "recent_volume", hours: 24, maxAboveMean }]).kept).toEqual(kept);
  });
  it("explains the skip", () => {
    expect(run(reps, [{ type: "recent_volume", hours: 8, maxAboveMean: 2 }]).skipped.busy).toEqual({ code: "HIGH_RECENT_VOLUME", assigned: 10, mean: 5, maxAboveMean: 2, hours: 8, mode: "required" });
  });
});

describe("filter chain", () => {
  it("applies filters in order; a skipped rep carries the first failure", () => {
    const tired = makeRep("tired", { maxOpenLeads: 5, industries: ["retail"] }, { openLeads: 5 });
    const result = run([a, b, tired], [{ type: "match", field: "industry" }, { type: "capacity" }], finance);
    expect(result.kept).toEqual(["a"]);
    expect(result.skipped.tired).toEqual({ code: "AT_CAPACITY_OPEN", open: 5, max: 5 });
    expect(result.skipped.b?.code).toBe("MATCH_MISSING");
    expect(result.passed.a?.map((r) => r.code)).toEqual(["MATCHED", "HAS_CAPACITY"]);
  });
});
