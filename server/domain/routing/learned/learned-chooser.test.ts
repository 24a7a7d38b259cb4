import { describe, expect, it } from "vitest";
import type { TCandidate } from "../apply-filters";
import { choose } from "../choosers";
import { leadRefResolver } from "../lead-refs";
import { ZChooser } from "../routing-config";
import type { TRepState, TRoutingLead } from "../routing-types";
import { makeLead, makeRep, NY_MORNING } from "../../../testing/fixtures/routing-domain-fixtures";
import { floorShareRep } from "./learned-chooser";
import type { TOutcomeCell, TPoolLearning } from "./learned-types";
import { addWeekAssigned, poolLearning } from "./pool-learning";
import { hashString, sampleBeta, seededStream } from "./seeded-random";

const REPS = ["sarah", "tom", "kenji"].map((id) => makeRep(id));
const FIN = makeLead({ email: "cfo@bank.example", industry: "Financial services", company_size: "1000-4999" });
const cell = (successes: number, failures: number): TOutcomeCell => ({ successes, failures });
// Sarah wins 40% of fin-services enterprise leads, the others 10%.
const SEG = "financial services|enterprise";
const LEARNED: TPoolLearning = poolLearning({ sarah: { [SEG]: cell(40, 60) }, tom: { [SEG]: cell(10, 90) }, kenji: { [SEG]: cell(10, 90) } }, { sarah: 4, tom: 4, kenji: 4 });

function pick(chooser: Record<string, unknown>, learning: TPoolLearning | undefined, lead: TRoutingLead = FIN, reps: TRepState[] = REPS) {
  const qualified: TCandidate[] = reps.map((rep) => ({ rep, passed: [] }));
  return choose(ZChooser.parse({ type: "learned", ...chooser }), qualified, {
    poolId: "p/t",
    teamOrder: reps.map((r) => r.id),
    rotation: undefined,
    strategy: { filters: [] },
    resolve: leadRefResolver(lead, NY_MORNING),
    now: NY_MORNING,
    lead,
    ...(learning ? { learning } : {}),
  });
}

const leadNo = (i: number) => makeLead({ email: `lead${i}@bank.example`, industry: "Financial services", company_size: "1000-4999" });

describe("learned chooser: modes", () => {
  it.each<[string, Record<string, unknown>, TPoolLearning | undefined, string[]]>([
    ["kill switch: strict round-robin", { enabled: false }, LEARNED, ["LEARNED_OFF", "ROUND_ROBIN_TURN"]],
    ["warm-up: no outcomes yet → round-robin", {}, undefined, ["LEARNED_WARMING_UP", "ROUND_ROBIN_TURN"]],
    ["warm-up with least loaded as the fallback", { fallback: "least_loaded", warmUpOutcomes: 1000 }, LEARNED, ["LEARNED_WARMING_UP", "LEAST_LOADED", "TIE_BROKEN_BY_ROTATION"]],
    ["past warm-up: Thompson sampling", {}, LEARNED, ["LEARNED_CHOICE"]],
    ["a rep far below the floor gets the lead", {}, poolLearning(LEARNED.cells, { sarah: 30, tom: 30, kenji: 0 }), ["FLOOR_SHARE", "LEARNED_CHOICE"]],
  ])("%s", (_what, settings, learning, codes) => {
    expect(pick(settings, learning)?.reasons.map((r) => r.code)).toEqual(codes);
  });

  it("explains the pick with figures: expected rate, segment, leads, team rate", () => {
    const choice = pick({}, LEARNED, leadNo(1))!;
    const reason = choice.reasons.find((r) => r.code === "LEARNED_CHOICE");
    expect(reason).toMatchObject({ outcome: "won", segment: "financial services × Enterprise", teamLeads: 300 });
    for (const [, r] of choice.notChosen) expect(r).toMatchObject({ code: "NOT_CHOSEN_EXPECTED", byFloor: false, chosenRepId: choice.repId });
  });

  it.each<[string, TPoolLearning, number, number]>([
    // 100 leads each, 40% vs 10%: settled, Sarah gets nearly every lead.
    ["settled: the better rep gets nearly all", LEARNED, 390, 400],
    // 12 leads each, 4 vs 2 wins: Sarah most, the others still some (exploration).
    ["early: the better rep most, the others some", poolLearning({ sarah: { [SEG]: cell(4, 8) }, tom: { [SEG]: cell(2, 10) }, kenji: { [SEG]: cell(2, 10) } }, LEARNED.weekAssigned), 260, 390],
  ])("%s", (_what, learning, min, max) => {
    let sarah = 0;
    for (let i = 0; i < 400; i++) if (pick({ warmUpOutcomes: 0 }, learning, leadNo(i))!.repId === "sarah") sarah++;
    expect(sarah).toBeGreaterThanOrEqual(min);
    expect(sarah).toBeLessThanOrEqual(max);
  });
});

describe("floor share", () => {
  it.each<[string, Record<string, number>, number, string[] | null]>([
    ["everyone even: nobody below", { a: 10, b: 10, c: 10 }, 0.5, null],
    ["c has 0 of 30: floor 5, c is 5 below", { a: 15, b: 15, c: 0 }, 0.5, ["c"]],
    ["less than a whole lead below: not yet", { a: 2, b: 2, c: 0 }, 0.5, null],
    ["two equally far below: both (rotation decides)", { a: 20, b: 0, c: 0 }, 0.5, ["b", "c"]],
    ["the furthest below first", { a: 24, b: 1, c: 0 }, 0.5, ["c"]],
    ["floor share 0: off", { a: 30, b: 0, c: 0 }, 0, null],
    ["a member missing from the counts has 0", { a: 30 }, 0.5, ["b", "c"]],
  ])("%s", (_what, week, floorShare, expected) => {
    expect(floorShareRep(["a", "b", "c"], ["a", "b", "c"], week, floorShare)?.repIds ?? null).toEqual(expected);
  });

  it("only qualified reps can be held up by the floor", () => {
    expect(floorShareRep(["a", "b"], ["a", "b", "c"], { a: 15, b: 15, c: 0 }, 0.5)).toBeNull();
  });

  it("follows the week's counts as they grow (the team's figures are kept per counts object, and each lead makes a new one)", () => {
    const team = ["a", "b", "c"];
    const learning = poolLearning({}, { a: 1, b: 1, c: 0 });
    expect(floorShareRep(team, team, learning.weekAssigned, 0.5)).toBeNull(); // floor 0.33: c is not a whole lead below
    for (let i = 0; i < 4; i++) {
      addWeekAssigned(learning, "a");
      addWeekAssigned(learning, "b");
    }
    expect(floorShareRep(team, team, learning.weekAssigned, 0.5)?.repIds).toEqual(["c"]); // 5 + 5 + 0: floor 1.67, c 1.67 below
    addWeekAssigned(learning, "c");
    addWeekAssigned(learning, "c");
    expect(floorShareRep(team, team, learning.weekAssigned, 0.5)).toBeNull();
  });
});

describe("seeded determinism", () => {
  it("the same lead draws the same, whatever else ran before", () => {
    const first = pick({}, LEARNED, leadNo(7));
    for (let i = 0; i < 20; i++) pick({}, LEARNED, leadNo(i));
    expect(pick({}, LEARNED, leadNo(7))).toEqual(first);
  });

  it("a test lead with the same content draws what the live lead drew (the seed is the content, not the id)", () => {
    const live = pick({}, LEARNED, { ...leadNo(3), id: "lead_abc" });
    expect(pick({}, LEARNED, leadNo(3))).toEqual(live);
  });

  it("the record re-derives the pick: Beta(alpha × sharpness, beta × sharpness) per rep from the recorded seed", () => {
    const choice = pick({}, LEARNED, leadNo(11))!;
    const winner = choice.reasons.find((r) => r.code === "LEARNED_CHOICE")!;
    if (winner.code !== "LEARNED_CHOICE") throw new Error("no pick");
    // Three reps draw: 2·ln 3.
    expect(winner.sharpness).toBeCloseTo(2 * Math.log(3), 12);
    const sharpness = winner.sharpness!;
    const posteriors = REPS.map((rep) => {
      const r = rep.id === choice.repId ? winner : choice.notChosen.get(rep.id)!;
      if (r.code !== "LEARNED_CHOICE" && r.code !== "NOT_CHOSEN_EXPECTED") throw new Error("no figures");
      return { id: rep.id, alpha: r.alpha, beta: r.beta };
    });
    const random = seededStream(winner.seed);
    const draws = posteriors.map((p) => ({ id: p.id, draw: sampleBeta(p.alpha * sharpness, p.beta * sharpness, random) }));
    expect(draws.reduce((a, b) => (b.draw > a.draw ? b : a)).id).toBe(choice.repId);
    expect(draws.find((d) => d.id === choice.repId)?.draw).toBeCloseTo(winner.draw ?? -1, 4);
  });

  it.each([
    ["Beta(2, 8) has mean 0.2", 2, 8, 0.2],
    ["Beta(30, 10) has mean 0.75", 30, 10, 0.75],
    ["Beta(0.5, 0.5) has mean 0.5", 0.5, 0.5, 0.5],
  ])("%s (20,000 seeded draws)", (_what, alpha, beta, mean) => {
    const random = seededStream(hashString("beta"));
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += sampleBeta(alpha, beta, random);
    expect(sum / 20_000).toBeCloseTo(mean, 2);
  });

  it("streams differ by seed and repeat by seed", () => {
    const a = seededStream(1);
    const b = seededStream(1);
    const c = seededStream(2);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
  });
});
