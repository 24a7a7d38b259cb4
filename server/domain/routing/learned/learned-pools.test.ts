import { describe, expect, it } from "vitest";
import { counterWeek } from "./beta-posterior";
import { leadResolution, learnedDefinition, poolsToRebuild, sameResolution } from "./learned-pools";
import { sliceLearning } from "./learning-used";
import { poolLearning } from "./pool-learning";
import type { TLeadStage } from "../../outcomes/lead-stages";
import type { TRoutingConfig } from "../routing-config";

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 12));
const rows = (...list: [TLeadStage, number][]) => list.map(([stage, d]) => ({ stage, occurredAt: day(d) }));

describe("leadResolution", () => {
  it.each([
    { name: "nothing closed yet", rows: rows(["CONTACTED", 2], ["MEETING_BOOKED", 3]), outcome: "won" as const, want: null },
    { name: "won", rows: rows(["CONTACTED", 2], ["WON", 20]), outcome: "won" as const, want: { isSuccess: true, week: counterWeek(day(20)) } },
    { name: "lost", rows: rows(["LOST", 9]), outcome: "won" as const, want: { isSuccess: false, week: counterWeek(day(9)) } },
    { name: "lost, then revived and won", rows: rows(["LOST", 2], ["WON", 25]), outcome: "won" as const, want: { isSuccess: true, week: counterWeek(day(25)) } },
    { name: "meeting held counts before the deal closes", rows: rows(["MEETING_HELD", 4]), outcome: "meeting_held" as const, want: { isSuccess: true, week: counterWeek(day(4)) } },
    { name: "a no-show is not yet a failure", rows: rows(["NO_SHOW", 4]), outcome: "meeting_held" as const, want: null },
    { name: "an opportunity later lost still reached the opportunity", rows: rows(["OPPORTUNITY", 3], ["LOST", 12]), outcome: "opportunity" as const, want: { isSuccess: true, week: counterWeek(day(3)) } },
    { name: "not a fit is a failure", rows: rows(["NOT_A_FIT", 1]), outcome: "opportunity" as const, want: { isSuccess: false, week: counterWeek(day(1)) } },
  ])("$name", ({ rows, outcome, want }) => {
    expect(leadResolution(rows, outcome)).toEqual(want);
  });

  it("sameResolution compares result and week", () => {
    expect(sameResolution(null, null)).toBe(true);
    expect(sameResolution({ isSuccess: true, week: 1 }, { isSuccess: true, week: 1 })).toBe(true);
    expect(sameResolution({ isSuccess: true, week: 1 }, { isSuccess: false, week: 1 })).toBe(false);
    expect(sameResolution(null, { isSuccess: true, week: 1 })).toBe(false);
  });
});

describe("poolsToRebuild", () => {
  const learned = (segmentBy: ("industry" | "tier")[], outcome: "won" | "meeting_held" = "won") => ({ type: "learned" as const, outcome, segmentBy, floorShare: 0.5, warmUpOutcomes: 20, fallback: "round_robin" as const, enabled: true, shrinkage: 5, halfLifeWeeks: 8 });
  const config = (chooser: unknown): Pick<TRoutingConfig, "paths"> =>
    ({ paths: [{ id: "p", name: "P", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "team", teamId: "t", strategy: { filters: [], chooser, accountOwnership: false } } }] }) as Pick<TRoutingConfig, "paths">;
  it.each([
    { name: "a pool newly learned", before: config({ type: "least_loaded" }), after: config(learned(["industry"])), want: ["p/t"] },
    { name: "new segment attributes", before: config(learned(["industry"])), after: config(learned(["industry", "tier"])), want: ["p/t"] },
    { name: "another outcome", before: config(learned(["industry"])), after: config(learned(["industry"], "meeting_held")), want: ["p/t"] },
    { name: "only the floor share changes", before: config(learned(["industry"])), after: config({ ...learned(["industry"]), floorShare: 0.3 }), want: [] },
    { name: "first publish", before: null, after: config(learned(["tier"])), want: ["p/t"] },
    { name: "no learned pool", before: null, after: config({ type: "least_loaded" }), want: [] },
  ])("$name", ({ before, after, want }) => {
    expect(poolsToRebuild(before, after).map((p) => p.poolId)).toEqual(want);
  });
  it("the definition names the outcome and the attributes", () => expect(learnedDefinition(learned(["industry", "tier"]))).toBe("won:industry,tier"));
});

describe("sliceLearning", () => {
  it("keeps only the lead's segment, the team's totals and shares", () => {
    const learning = poolLearning({ a: { x: { successes: 3, failures: 1 }, y: { successes: 1, failures: 5 } }, b: { y: { successes: 2, failures: 2 } }, c: { x: { successes: 9, failures: 0 } } }, { a: 4, c: 2 });
    expect(sliceLearning(learning, "x", ["a", "b"])).toEqual({
      cells: { a: { x: { successes: 3, failures: 1 } } },
      repTotals: { a: { successes: 4, failures: 6 }, b: { successes: 2, failures: 2 } },
      segmentTotals: { x: { successes: 12, failures: 1 } },
      total: { successes: 15, failures: 8 },
      weekAssigned: { a: 4 },
    });
  });
});
