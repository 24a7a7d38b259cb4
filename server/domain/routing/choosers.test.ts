import { describe, expect, it } from "vitest";
import type { TCandidate } from "./apply-filters";
import { choose } from "./choosers";
import { leadRefResolver } from "./lead-refs";
import { ZChooser, type TStrategy } from "./routing-config";
import type { TRepState, TRoutingLead } from "./routing-types";
import { KENJI, makeLead, makeRep, NY_MORNING, SARAH } from "../../testing/fixtures/routing-domain-fixtures";

function pick(chooser: unknown, reps: TRepState[], options: { lead?: TRoutingLead; filters?: TStrategy["filters"]; now?: Date } = {}) {
  const lead = options.lead ?? makeLead();
  const now = options.now ?? NY_MORNING;
  const qualified: TCandidate[] = reps.map((rep) => ({ rep, passed: [] }));
  const choice = choose(ZChooser.parse(chooser), qualified, {
    poolId: "p/t",
    teamOrder: reps.map((r) => r.id),
    rotation: undefined,
    strategy: { filters: options.filters ?? [] },
    resolve: leadRefResolver(lead, now),
    now,
  });
  return choice;
}

describe("least_loaded", () => {
  it.each<[string, TRepState[], string, string[]]>([
    ["fewest open leads", [makeRep("a", {}, { openLeads: 5 }), makeRep("b", {}, { openLeads: 2 })], "b", ["LEAST_LOADED"]],
    [
      "equal leads: lowest pipeline value",
      [makeRep("a", {}, { openLeads: 2, openPipelineValue: 90_000 }), makeRep("b", {}, { openLeads: 2, openPipelineValue: 40_000 })],
      "b",
      ["LEAST_LOADED"],
    ],
    ["open leads win over pipeline value", [makeRep("a", {}, { openLeads: 1, openPipelineValue: 900_000 }), makeRep("b", {}, { openLeads: 2 })], "a", ["LEAST_LOADED"]],
    ["full tie: rotation (team order on a new pool)", [makeRep("a"), makeRep("b")], "a", ["LEAST_LOADED", "TIE_BROKEN_BY_ROTATION"]],
  ])("%s", (_what, reps, expected, codes) => {
    const choice = pick({ type: "least_loaded" }, reps);
    expect(choice?.repId).toBe(expected);
    expect(choice?.reasons.map((r) => r.code)).toEqual(codes);
  });

  it("says why the others were not chosen", () => {
    const choice = pick({ type: "least_loaded" }, [makeRep("a", {}, { openLeads: 5, openPipelineValue: 10 }), makeRep("b", {}, { openLeads: 2 }), makeRep("c", {}, { openLeads: 2 })]);
    expect(Object.fromEntries(choice?.notChosen ?? [])).toEqual({
      a: { code: "NOT_CHOSEN_LOAD", openLeads: 5, openPipelineValue: 10, chosenRepId: "b" },
      c: { code: "NOT_CHOSEN_TURN", chosenRepId: "b" },
    });
    expect(choice?.rotation).toMatchObject({ poolId: "p/t", algorithm: "turns", sequence: 1, lastRepId: "b" });
  });
});

describe("best_match", () => {
  const lead = makeLead({}, { attributes: { industry: "financial services", segment: "ENTERPRISE", language: "en", region: "north america" } });
  const fin = makeRep("fin", { industries: ["financial services"], segments: ["SMB"], seniority: "JUNIOR" }, { openLeads: 8 });
  const ent = makeRep("ent", { industries: ["retail"], segments: ["ENTERPRISE"], seniority: "PRINCIPAL" }, { openLeads: 2 });
  const weights = (w: Record<string, number>) => ({ type: "best_match", weights: w });
  it.each<[string, Record<string, number>, string]>([
    ["industry only", { industry: 10 }, "fin"],
    ["segment only", { segment: 10 }, "ent"],
    ["seniority", { seniority: 1 }, "ent"],
    ["load", { load: 1 }, "ent"],
    ["industry outweighs segment", { industry: 3, segment: 1 }, "fin"],
    ["segment + seniority + load outweigh industry", { industry: 3, segment: 1, seniority: 1, load: 2 }, "ent"],
  ])("%s", (_what, w, expected) => {
    expect(pick(weights(w), [fin, ent], { lead })?.repId).toBe(expected);
  });

  it("scores skills against the strategy's skills filters and reports the signals", () => {
    const a = makeRep("a", { skills: ["sso", "scim"] });
    const b = makeRep("b", { skills: ["sso"] });
    const choice = pick(weights({ skill: 1 }), [b, a], { filters: [{ type: "match", field: "skills", values: ["sso", "scim"], require: "any", mode: "preferred" }] });
    expect(choice?.repId).toBe("a");
    expect(choice?.reasons[0]).toEqual({ code: "BEST_MATCH", score: 100, signals: { skill: 1 } });
    expect(choice?.notChosen.get("b")).toEqual({ code: "NOT_CHOSEN_SCORE", score: 50, chosenScore: 100, chosenRepId: "a" });
  });

  it("availability: available now beats 16 hours away", () => {
    expect(pick(weights({ availability: 1 }), [KENJI, SARAH])?.repId).toBe("sarah");
  });

  it("ties go to rotation", () => {
    expect(pick(weights({ region: 1 }), [makeRep("x"), makeRep("y")])?.reasons.map((r) => r.code)).toEqual(["BEST_MATCH", "TIE_BROKEN_BY_ROTATION"]);
  });
});

describe("soonest_available", () => {
  const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
  it.each<[string, TRepState[], string, boolean]>([
    ["available now beats later today", [KENJI, SARAH], "sarah", true],
    ["at 3 AM New York: Kenji (working) beats Sarah", [SARAH, KENJI], "kenji", true],
    [
      "nobody now: the earliest next window (Chicago 07:30 = 13:30Z before New York 09:00 = 14:00Z)",
      [makeRep("ny", { workingHours: weekdays("09:00", "17:00") }), makeRep("chi", { timeZone: "America/Chicago", workingHours: weekdays("07:30", "16:00") })],
      "chi",
      false,
    ],
  ])("%s", (what, reps, expected, isNow) => {
    const now = what.startsWith("at 3 AM") ? new Date("2025-12-02T08:00:00Z") : what.startsWith("nobody") ? new Date("2025-12-02T12:30:00Z") : NY_MORNING;
    const choice = pick({ type: "soonest_available" }, reps, { now });
    expect(choice?.repId).toBe(expected);
    expect(choice?.reasons[0]).toMatchObject({ code: "SOONEST_AVAILABLE", isNow });
  });

  it("ties (both available now) go to rotation", () => {
    expect(pick({ type: "soonest_available" }, [makeRep("a", { workingHours: weekdays("08:00", "18:00") }), makeRep("b", { workingHours: weekdays("08:00", "18:00") })])?.reasons.map((r) => r.code)).toEqual([
      "SOONEST_AVAILABLE",
      "TIE_BROKEN_BY_ROTATION",
    ]);
  });
});

describe("round_robin", () => {
  it.each<[string, unknown, string, string]>([
    ["strict", { type: "round_robin" }, "a", "NOT_CHOSEN_TURN"],
    ["weighted: the heavier rep first", { type: "round_robin", variant: "weighted" }, "b", "NOT_CHOSEN_TURN"],
    ["priority: the higher weight only", { type: "round_robin", variant: "priority" }, "b", "NOT_CHOSEN_PRIORITY"],
  ])("%s", (_what, chooser, expected, otherCode) => {
    const choice = pick(chooser, [makeRep("a", { routingWeight: 1 }), makeRep("b", { routingWeight: 3 })]);
    expect(choice?.repId).toBe(expected);
    expect(choice?.reasons[0]?.code).toBe("ROUND_ROBIN_TURN");
    expect([...(choice?.notChosen.values() ?? [])][0]?.code).toBe(otherCode);
  });

  it("returns null for an empty pool", () => {
    expect(pick({ type: "round_robin" }, [])).toBeNull();
  });
});
