import { describe, expect, it } from "vitest";
import { issuesToFieldErrors } from "./issues-to-details";
import { type TRepProfileFormValues, ZRepCreateInput, ZRepProfileInput } from "./rep-profile-input";

const valid: TRepProfileFormValues = {
  title: "Account Executive",
  seniority: "SENIOR",
  skills: ["Negotiation"],
  industries: "SaaS, Fintech",
  segments: ["SMB", "ENTERPRISE"],
  languages: ["English"],
  regions: ["EMEA"],
  timeZone: "Europe/Berlin",
  workingHours: [
    { day: 1, start: "09:00", end: "12:00" },
    { day: 1, start: "13:00", end: "17:30" },
  ],
  timeOff: [],
  maxOpenLeads: 20,
  maxNewLeadsPerDay: null,
  routingWeight: 3,
};

function errorsOf(patch: Partial<TRepProfileFormValues>) {
  const result = ZRepProfileInput.safeParse({ ...valid, ...patch });
  return result.success ? [] : issuesToFieldErrors(result.error.issues);
}

describe("ZRepProfileInput", () => {
  it("accepts a valid profile and normalises tags", () => {
    const parsed = ZRepProfileInput.parse({ ...valid, skills: [" Negotiation ", "negotiation", "", "Demos"] });
    expect(parsed.skills).toEqual(["Negotiation", "Demos"]);
    expect(parsed.industries).toEqual(["SaaS", "Fintech"]);
  });

  it("is idempotent: parsing its own output gives the same output", () => {
    const once = ZRepProfileInput.parse(valid);
    expect(ZRepProfileInput.parse(once)).toEqual(once);
  });

  it.each<[string, Partial<TRepProfileFormValues>, string, RegExp]>([
    ["unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone", /Unknown time zone/],
    ["offset instead of a zone", { timeZone: "+05:00" }, "timeZone", /Unknown time zone/],
    ["empty time zone", { timeZone: "" }, "timeZone", /Unknown time zone/],
    ["negative open-lead cap", { maxOpenLeads: -1 }, "maxOpenLeads", /0 or more/],
    ["negative daily cap", { maxNewLeadsPerDay: -5 }, "maxNewLeadsPerDay", /0 or more/],
    ["fractional cap", { maxOpenLeads: 2.5 }, "maxOpenLeads", /whole number/],
    ["NaN cap (bad number input)", { maxOpenLeads: Number.NaN }, "maxOpenLeads", /.+/],
    ["weight 0", { routingWeight: 0 }, "routingWeight", /at least 1/],
    ["weight 101", { routingWeight: 101 }, "routingWeight", /at most 100/],
    ["unknown tier", { seniority: "BOSS" as never }, "seniority", /seniority/],
    ["unknown segment", { segments: ["GIANT" as never] }, "segments.0", /Unknown segment/],
    ["title too long", { title: "x".repeat(101) }, "title", /100/],
    ["tag too long", { skills: ["x".repeat(61)] }, "skills.0", /60/],
  ])("rejects %s", (_name, patch, path, message) => {
    const errors = errorsOf(patch);
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
  });

  it.each<[string, Partial<TRepProfileFormValues>]>([
    ["UTC", { timeZone: "UTC" }],
    ["a zone with DST", { timeZone: "America/New_York" }],
    ["a half-hour zone", { timeZone: "Asia/Kolkata" }],
    ["capacity 0 (paused)", { maxOpenLeads: 0, maxNewLeadsPerDay: 0 }],
    ["unlimited capacity", { maxOpenLeads: null, maxNewLeadsPerDay: null }],
    ["weight 1 and 100", { routingWeight: 100 }],
    ["no working hours", { workingHours: [] }],
  ])("accepts %s", (_name, patch) => {
    expect(errorsOf(patch)).toEqual([]);
  });

  it("reports nested working-hours paths", () => {
    const errors = errorsOf({
      workingHours: [
        { day: 1, start: "09:00", end: "17:00" },
        { day: 2, start: "09:00", end: "17:00" },
        { day: 2, start: "18:00", end: "08:00" },
      ],
    });
    expect(errors).toEqual([{ path: "workingHours.2.end", message: "End must be after start" }]);
  });

  it("reports out-of-office paths", () => {
    const errors = errorsOf({
      timeOff: [{ startsAt: new Date("2026-12-02T00:00:00Z"), endsAt: new Date("2026-12-01T00:00:00Z") }],
    });
    expect(errors).toEqual([{ path: "timeOff.0.endsAt", message: "End must be after start" }]);
  });

  it("requires a user id when creating", () => {
    const result = ZRepCreateInput.safeParse({ ...valid, userId: "" });
    expect(result.success ? [] : issuesToFieldErrors(result.error.issues).map((e) => e.path)).toEqual(["userId"]);
  });
});
