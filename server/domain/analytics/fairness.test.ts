import { describe, expect, it } from "vitest";
import { explainShare, fairnessReport, skipCategory, type TFairnessRepInput } from "./fairness";

const rep = (repId: string, assigned: number, skipsByCode: Record<string, number> = {}, weight = 1): TFairnessRepInput => ({
  repId,
  name: repId[0]!.toUpperCase() + repId.slice(1),
  weight,
  assigned,
  skipsByCode,
  rotationCredit: null,
});

describe("skipCategory", () => {
  it.each<[string, string]>([
    ["AT_CAPACITY_OPEN", "capacity"],
    ["AT_CAPACITY_DAILY", "capacity"],
    ["AT_CAPACITY_PIPELINE", "capacity"],
    ["OUT_OF_OFFICE", "leave"],
    ["LEAVE_SOON", "leave"],
    ["OUTSIDE_WORKING_HOURS", "hours"],
    ["IN_MEETING", "meeting"],
    ["MATCH_MISSING", "match"],
    ["HIGH_RECENT_VOLUME", "volume"],
    ["NOT_CHOSEN_TURN", "not_chosen"],
    ["SOMETHING_NEW", "other"],
  ])("%s → %s", (code, category) => {
    expect(skipCategory(code)).toBe(category);
  });
});

describe("fairnessReport", () => {
  it.each<[string, TFairnessRepInput[], number[], number[], number | null]>([
    ["equal weights, equal shares", [rep("tom", 50), rep("maya", 50)], [0.5, 0.5], [0, 0], 0],
    ["equal weights, Tom ahead", [rep("tom", 60), rep("maya", 40)], [0.6, 0.4], [0.1, -0.1], 0.2],
    ["weight 2:1 honoured", [rep("tom", 60, {}, 2), rep("maya", 30)], [2 / 3, 1 / 3], [0, 0], 0],
    ["no leads", [rep("tom", 0), rep("maya", 0)], [], [], null],
  ])("%s", (_name, reps, shares, deviations, spread) => {
    const report = fairnessReport({ reps, decisions: 100, fallbacks: 0 });
    if (shares.length === 0) expect(report.reps.every((r) => r.share === null)).toBe(true);
    else report.reps.forEach((r, i) => {
      expect(r.share).toBeCloseTo(shares[i]!, 9);
      expect(r.deviation).toBeCloseTo(deviations[i]!, 9);
    });
    if (spread === null) expect(report.spread).toBeNull();
    else expect(report.spread).toBeCloseTo(spread, 9);
  });

  it("sums skips by category and computes the fallback rate", () => {
    const report = fairnessReport({ reps: [rep("maya", 10, { AT_CAPACITY_OPEN: 3, AT_CAPACITY_DAILY: 2, OUT_OF_OFFICE: 4, NOT_CHOSEN_TURN: 9 })], decisions: 20, fallbacks: 5 });
    expect(report.reps[0]!.skips).toMatchObject({ capacity: 5, leave: 4, not_chosen: 9, hours: 0 });
    expect(report.fallbackRate).toBe(0.25);
  });
});

describe("explainShare", () => {
  it("names what kept the others out when the rep is ahead", () => {
    const report = fairnessReport({ reps: [rep("tom", 60), rep("maya", 40, { AT_CAPACITY_OPEN: 8, OUT_OF_OFFICE: 12, NOT_CHOSEN_TURN: 30 })], decisions: 104, fallbacks: 4 });
    expect(explainShare(report, "tom")).toEqual([
      "Tom got 60 of 100 leads (60 %) against a weight share of 50 %.",
      "Maya was skipped: on leave 12×, at capacity 8×.",
      "4 of 104 leads on this path went to the backup queue (no eligible rep).",
    ]);
  });

  it("names the rep's own skips when behind", () => {
    const report = fairnessReport({ reps: [rep("tom", 60), rep("maya", 40, { OUTSIDE_WORKING_HOURS: 7 })], decisions: 100, fallbacks: 0 });
    expect(explainShare(report, "maya")).toEqual(["Maya got 40 of 100 leads (40 %) against a weight share of 50 %.", "Maya was skipped: outside working hours 7×."]);
  });

  it("says when the chooser alone decided", () => {
    const report = fairnessReport({ reps: [rep("tom", 51), rep("maya", 49)], decisions: 100, fallbacks: 0 });
    expect(explainShare(report, "tom")[1]).toMatch(/chooser alone/);
    expect(explainShare(report, "nobody")).toEqual(["No leads were routed in this pool in the period."]);
  });
});
