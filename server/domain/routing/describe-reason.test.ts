import { describe, expect, it } from "vitest";
import { describeReason } from "./describe-reason";
import { describeStrategy } from "./describe-strategy";
import type { TReasonCode } from "./reason-codes";
import { STORY_CONFIG } from "../../testing/fixtures/routing-domain-fixtures";

const names = { repName: (id: string) => ({ sarah: "Sarah Chen", tom: "Tom Becker" })[id] ?? id, teamName: (id: string) => ({ ent: "Enterprise" })[id] ?? id };

describe("describeReason", () => {
  it.each<[TReasonCode, string]>([
    [{ code: "PATH_MATCHED", pathId: "p", pathName: "Enterprise" }, "Enterprise path"],
    [{ code: "PATH_MATCHED", pathId: "p", pathName: "VIP path" }, "VIP path"],
    [{ code: "MATCHED", field: "industry", values: ["financial_services"] }, "financial services match"],
    [{ code: "MATCHED", field: "segment", values: ["MID_MARKET"] }, "Mid-market match"],
    [{ code: "MATCHED", field: "skills", values: ["sso", "scim"] }, "skill match: sso, scim"],
    [{ code: "AVAILABLE_NOW", timeZone: "America/New_York" }, "available now"],
    [{ code: "LEAST_LOADED", openLeads: 3, openPipelineValue: 120000 }, "lightest pipeline (3 open leads, open pipeline value 120,000)"],
    [{ code: "LEAST_LOADED", openLeads: 1, openPipelineValue: 200000 }, "lightest pipeline (1 open lead, open pipeline value 200,000)"],
    [{ code: "LEAST_LOADED", openLeads: 0, openPipelineValue: 0 }, "lightest pipeline (0 open leads, open pipeline value 0)"],
    [{ code: "NOT_CHOSEN_LOAD", openLeads: 1, openPipelineValue: 50000, chosenRepId: "tom" }, "not chosen: heavier load (1 open lead, open pipeline value 50,000) than Tom Becker"],
    [{ code: "NOT_CHOSEN_LOAD", openLeads: 4, openPipelineValue: 1500, chosenRepId: "tom" }, "not chosen: heavier load (4 open leads, open pipeline value 1,500) than Tom Becker"],
    [{ code: "AT_CAPACITY_OPEN", open: 10, max: 10 }, "at capacity 10/10"],
    [{ code: "AT_CAPACITY_DAILY", today: 4, max: 4 }, "daily limit reached 4/4"],
    [{ code: "OUT_OF_OFFICE", untilIso: "2025-12-02T17:00:00.000Z", timeZone: "America/New_York" }, "out of office until 2 Dec"],
    [{ code: "OUT_OF_OFFICE", untilIso: "2025-12-02T03:00:00.000Z", timeZone: "America/New_York" }, "out of office until 1 Dec"],
    // The rep's zone named as the booking texts name it, with its offset at the instant said.
    [{ code: "IN_MEETING", untilIso: "2025-12-02T20:30:00.000Z", timeZone: "America/New_York" }, "in a meeting until 15:30 New York (GMT−5)"],
    [{ code: "IN_MEETING", untilIso: "2026-07-01T19:30:00.000Z", timeZone: "America/New_York" }, "in a meeting until 15:30 New York (GMT−4)"],
    [{ code: "IN_MEETING", untilIso: "2025-12-02T10:00:00.000Z", timeZone: "Asia/Calcutta" }, "in a meeting until 15:30 Kolkata (GMT+5:30)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/New_York", nextStartIso: "2025-12-02T14:00:00.000Z", nextLocalTime: "09:00", nextLocalWeekday: null }, "outside working hours until 09:00 New York (GMT−5)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/Los_Angeles", nextStartIso: "2025-12-01T15:00:00.000Z", nextLocalTime: "07:00", nextLocalWeekday: 1 }, "outside working hours until Mon 07:00 Los Angeles (GMT−8)"],
    // Over a DST change: Saturday night in winter time, Monday's start in summer time.
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/Los_Angeles", nextStartIso: "2026-03-09T14:00:00.000Z", nextLocalTime: "07:00", nextLocalWeekday: 1 }, "outside working hours until Mon 07:00 Los Angeles (GMT−7)"],
    // A stored reason without a usable instant (and no decision time given): the place alone.
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/Los_Angeles", nextStartIso: "x", nextLocalTime: "07:00", nextLocalWeekday: 1 }, "outside working hours until Mon 07:00 Los Angeles"],
    [{ code: "SOONEST_AVAILABLE", isNow: false, availableAtIso: "2025-12-02T15:00:00.000Z", timeZone: "America/Los_Angeles" }, "available soonest: 2 Dec 07:00 Los Angeles (GMT−8)"],
    [{ code: "SOONEST_AVAILABLE", isNow: true, availableAtIso: "2025-12-02T15:00:00.000Z", timeZone: "America/Los_Angeles" }, "available soonest (now)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "Asia/Tokyo", nextStartIso: "2025-12-02T00:00:00.000Z", nextLocalTime: "09:00", nextLocalWeekday: null }, "outside working hours until 09:00 Tokyo (GMT+9)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "Asia/Tokyo", nextStartIso: "2025-12-01T00:00:00.000Z", nextLocalTime: "09:00", nextLocalWeekday: 1 }, "outside working hours until Mon 09:00 Tokyo (GMT+9)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "Asia/Tokyo", nextStartIso: null, nextLocalTime: null, nextLocalWeekday: null }, "outside working hours"],
    [{ code: "MATCH_MISSING", field: "skills", wanted: ["sso"], mode: "required" }, "skill missing: sso"],
    [{ code: "MATCH_MISSING", field: "industry", wanted: ["retail"], mode: "preferred" }, "industry mismatch: not retail (preferred)"],
    [{ code: "SENIORITY_TOO_LOW", seniority: "MID", minSeniority: "SENIOR", value: 150000, mode: "required" }, "Mid, Senior+ needed for a 150,000 deal"],
    [{ code: "NOT_CHOSEN_TURN", chosenRepId: "tom" }, "not chosen: round-robin turn of Tom Becker"],
    [{ code: "NOT_CHOSEN_SCORE", score: 50, chosenScore: 81.5, chosenRepId: "sarah" }, "not chosen: match score 50 vs 81.5 for Sarah Chen"],
    [{ code: "ACCOUNT_OWNER", domain: "acme.com" }, "account owner of acme.com"],
    [{ code: "ACCOUNT_OWNER_INELIGIBLE", domain: "acme.com", ownerRepId: "sarah" }, "account owner Sarah Chen (acme.com) not eligible"],
    [{ code: "NO_ELIGIBLE_REP", teamId: "ent", candidates: 2 }, "no eligible rep in Enterprise (2 members)"],
    [{ code: "NO_ELIGIBLE_REP", teamId: "ent", candidates: 1 }, "no eligible rep in Enterprise (1 member)"],
    [{ code: "FALLBACK", queueName: "Backup" }, "fallback queue “Backup”"],
    [{ code: "LEAVE_SOON", startsAtIso: "2025-12-16T14:00:00.000Z", withinDays: 3, timeZone: "America/Los_Angeles" }, "leave starts 16 Dec (within 3 days)"],
    [{ code: "HIGH_RECENT_VOLUME", assigned: 10, mean: 5, maxAboveMean: 2, hours: 24, mode: "required" }, "10 leads in the last 24 h, more than pool mean 5 + 2"],
  ])("%o", (reason, text) => {
    expect(describeReason(reason, names)).toBe(text);
  });

  // "Use the instant the reason was made": a stored reason without its own instant takes the
  // zone's offset when the decision was made (evaluatedAtIso), summer or winter.
  it.each<[string | null, string]>([
    ["2026-07-04T12:00:00.000Z", "outside working hours until Mon 07:00 Los Angeles (GMT−7)"],
    ["2026-12-04T12:00:00.000Z", "outside working hours until Mon 07:00 Los Angeles (GMT−8)"],
    [null, "outside working hours until Mon 07:00 Los Angeles"],
    ["not a date", "outside working hours until Mon 07:00 Los Angeles"],
  ])("a reason without its instant, decided at %s: %s", (at, text) => {
    expect(describeReason({ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/Los_Angeles", nextStartIso: "x", nextLocalTime: "07:00", nextLocalWeekday: 1 }, names, "en-GB", { at })).toBe(text);
  });

  it("the reason's own instant wins over the decision's time", () => {
    expect(describeReason({ code: "IN_MEETING", untilIso: "2026-07-01T19:30:00.000Z", timeZone: "America/New_York" }, names, "en-GB", { at: "2026-01-01T00:00:00.000Z" })).toBe("in a meeting until 15:30 New York (GMT−4)");
  });

  it("brief form for summaries", () => {
    expect(describeReason({ code: "LEAST_LOADED", openLeads: 3, openPipelineValue: 1 }, names, "en-GB", { brief: true })).toBe("lightest pipeline");
  });

  it("formats numbers and dates for a locale", () => {
    expect(describeReason({ code: "AT_CAPACITY_PIPELINE", openValue: 1234567, leadValue: 5000, max: 1000000 }, names, "de-DE")).toBe("pipeline cap: 1.234.567 open + 5.000 over 1.000.000");
  });
});

describe("describeStrategy", () => {
  it("reads the story's enterprise strategy", () => {
    const enterprise = STORY_CONFIG.paths.find((p) => p.id === "enterprise")?.destination;
    expect(enterprise?.type === "team" && describeStrategy(enterprise.strategy)).toBe("industry match (preferred), available now, capacity → least loaded, account owners first");
  });
});
