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
    [{ code: "IN_MEETING", untilIso: "2025-12-02T20:30:00.000Z", timeZone: "America/New_York" }, "in a meeting until 15:30 America/New York"],
    [{ code: "IN_MEETING", untilIso: "2025-12-02T10:00:00.000Z", timeZone: "Asia/Calcutta" }, "in a meeting until 15:30 Asia/Kolkata"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/New_York", nextStartIso: "x", nextLocalTime: "09:00", nextLocalWeekday: null }, "outside working hours (next 09:00 America/New York)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "America/Los_Angeles", nextStartIso: "x", nextLocalTime: "07:00", nextLocalWeekday: 1 }, "outside working hours (next Mon 07:00 America/Los Angeles)"],
    [{ code: "SOONEST_AVAILABLE", isNow: false, availableAtIso: "2025-12-02T15:00:00.000Z", timeZone: "America/Los_Angeles" }, "available soonest (2 Dec 07:00 America/Los Angeles)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "Asia/Tokyo", nextStartIso: "x", nextLocalTime: "09:00", nextLocalWeekday: null }, "outside working hours (next 09:00 Asia/Tokyo)"],
    [{ code: "OUTSIDE_WORKING_HOURS", timeZone: "Asia/Tokyo", nextStartIso: "x", nextLocalTime: "09:00", nextLocalWeekday: 1 }, "outside working hours (next Mon 09:00 Asia/Tokyo)"],
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
