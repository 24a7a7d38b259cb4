import { describe, expect, it } from "vitest";
import { cyclicOrder, pickByPriority, pickByTurns, pickSmoothWeighted } from "./rotation";
import { rotationCounts, rotationWithCounts } from "./rotation-state";
import type { TPoolRotation } from "./routing-types";

const TEAM = ["a", "b", "c", "d"];

function tally(picks: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of picks) counts[p] = (counts[p] ?? 0) + 1;
  return counts;
}

/** Run `n` picks, feeding back the returned state like the service does under its lock. */
function runTurns(n: number, qualifiedAt: (i: number) => string[], team = TEAM, maxCatchUp: number | null = null) {
  let state: TPoolRotation | undefined;
  const picks: string[] = [];
  for (let i = 0; i < n; i++) {
    const pick = pickByTurns(state, "pool", team, qualifiedAt(i), maxCatchUp);
    if (!pick) continue;
    picks.push(pick.repId);
    state = pick.rotation;
  }
  return { picks, state };
}

function runWeighted(n: number, weights: Record<string, number>, qualifiedAt: (i: number) => string[] = () => Object.keys(weights)) {
  let state: TPoolRotation | undefined;
  const picks: string[] = [];
  for (let i = 0; i < n; i++) {
    const candidates = qualifiedAt(i).map((id) => ({ id, weight: weights[id] ?? 1 }));
    const pick = pickSmoothWeighted(state, "pool", Object.keys(weights), candidates);
    if (!pick) continue;
    picks.push(pick.repId);
    state = pick.rotation;
  }
  return { picks, state };
}

const spread = (counts: Record<string, number>, ids: string[]) => Math.max(...ids.map((id) => counts[id] ?? 0)) - Math.min(...ids.map((id) => counts[id] ?? 0));

describe("strict round-robin", () => {
  it("cycles in team order from the pointer", () => {
    expect(runTurns(6, () => TEAM.slice(0, 3)).picks).toEqual(["a", "b", "c", "a", "b", "c"]);
    expect(cyclicOrder(TEAM, "b")).toEqual(["c", "d", "a", "b"]);
  });

  it("stays exactly fair at every step over 1,000 picks (max − min ≤ 1)", () => {
    const { picks, state } = runTurns(1000, () => TEAM);
    for (let i = 1; i <= picks.length; i++) expect(spread(tally(picks.slice(0, i)), TEAM)).toBeLessThanOrEqual(1);
    expect(tally(picks)).toEqual({ a: 250, b: 250, c: 250, d: 250 });
    expect(state?.sequence).toBe(1000);
    expect(state?.lastRepId).toBe("d");
  });

  it.each<[string, (i: number) => string[], number]>([
    ["c out every 3rd pick", (i) => (i % 3 === 0 ? ["a", "b", "d"] : TEAM), 2],
    ["b and d out on alternate stretches of 5", (i) => (Math.floor(i / 5) % 2 === 0 ? ["a", "c", "d"] : ["a", "b", "c"]), 3],
    ["a out for the first 40 picks", (i) => (i < 40 ? ["b", "c", "d"] : TEAM), 14],
    ["only one rep left at times", (i) => (i % 11 === 0 ? ["d"] : TEAM), 2],
  ])("stays fair over 1,000 picks with reps filtered out at times: %s", (_what, qualifiedAt, momentary) => {
    // Filtering happens during the first 980 picks; the last 20 let everyone be qualified. A rep
    // filtered out while it is the one behind is momentarily behind by the turns it missed,
    // and catches up as soon as it is qualified again — nobody is ever more than that ahead.
    const { picks } = runTurns(1000, (i) => (i < 980 ? qualifiedAt(i) : TEAM));
    expect(picks).toHaveLength(1000);
    expect(spread(tally(picks), TEAM)).toBeLessThanOrEqual(1);
    for (let i = 1; i <= 980; i++) expect(spread(tally(picks.slice(0, i)), TEAM)).toBeLessThanOrEqual(momentary);
  });

  it("never picks a rep outside the qualified pool", () => {
    const { picks } = runTurns(300, (i) => (i % 2 === 0 ? ["a", "b"] : ["c"]));
    picks.forEach((p, i) => expect(i % 2 === 0 ? ["a", "b"] : ["c"]).toContain(p));
  });

  it("a new member joins at the fewest turns of the qualified reps (no backlog)", () => {
    const { state } = runTurns(30, () => ["a", "b", "c"], ["a", "b", "c"]); // d joins the team afterwards
    const picks: string[] = [];
    let s = state;
    for (let i = 0; i < 8; i++) {
      const pick = pickByTurns(s, "pool", TEAM, TEAM);
      picks.push(pick?.repId ?? "");
      s = pick?.rotation;
    }
    expect(tally(picks)).toEqual({ a: 2, b: 2, c: 2, d: 2 });
  });

  it("maxCatchUp forgives a long absence beyond N turns", () => {
    const { state } = runTurns(90, () => ["a", "b", "c"]); // d away the whole time: 0 turns, a, b, c: 30 each
    const after = (maxCatchUp: number | null) => {
      let s: TPoolRotation | undefined = state;
      const picks: string[] = [];
      for (let i = 0; i < 8; i++) {
        const pick = pickByTurns(s, "pool", TEAM, TEAM, maxCatchUp);
        picks.push(pick?.repId ?? "");
        s = pick?.rotation;
      }
      return picks;
    };
    expect(after(null)).toEqual(["d", "d", "d", "d", "d", "d", "d", "d"]);
    expect(after(2)).toEqual(["d", "d", "a", "b", "c", "d", "a", "b"]);
  });

  it("drops departed members and resets state written by another algorithm", () => {
    const foreign = rotationWithCounts({ poolId: "pool", algorithm: "smooth_weighted", sequence: 9, lastRepId: "z" }, { a: -3, z: 3 });
    const pick = pickByTurns(foreign, "pool", ["a", "b"], ["a", "b"]);
    expect(pick).toEqual({ repId: "a", rotation: { poolId: "pool", algorithm: "turns", sequence: 10, lastRepId: "a", repIds: ["a", "b"], counts: [1, 0] } });
    const departed = rotationWithCounts({ poolId: "pool", algorithm: "turns", sequence: 4, lastRepId: "z" }, { z: 3, b: 2, a: 1 });
    expect(pickByTurns(departed, "pool", ["a", "b"], ["a", "b"])?.rotation).toEqual({ poolId: "pool", algorithm: "turns", sequence: 5, lastRepId: "a", repIds: ["a", "b"], counts: [2, 2] });
  });
});

describe("smooth weighted round-robin (nginx)", () => {
  it("2:1:1 over 1,000 picks gives exactly 500/250/250, interleaved", () => {
    const { picks } = runWeighted(1000, { a: 2, b: 1, c: 1 });
    expect(tally(picks)).toEqual({ a: 500, b: 250, c: 250 });
    expect(picks.slice(0, 8)).toEqual(["a", "b", "c", "a", "a", "b", "c", "a"]);
  });

  it.each<[Record<string, number>, Record<string, number>]>([
    [{ a: 5, b: 1, c: 1 }, { a: 5000 / 7, b: 1000 / 7, c: 1000 / 7 }],
    [{ a: 3, b: 2 }, { a: 600, b: 400 }],
    [{ a: 1, b: 1, c: 1, d: 1 }, { a: 250, b: 250, c: 250, d: 250 }],
  ])("weights %o: each rep within 1 of its share over 1,000 picks", (weights, expected) => {
    const counts = tally(runWeighted(1000, weights).picks);
    for (const [id, share] of Object.entries(expected)) expect(Math.abs((counts[id] ?? 0) - share)).toBeLessThan(1);
  });

  it("a skipped rep neither accumulates nor loses its place", () => {
    const weights = { a: 2, b: 1, c: 1 };
    const { picks } = runWeighted(200, weights, (i) => (i < 100 ? ["b", "c"] : ["a", "b", "c"]));
    const firstHundred = tally(picks.slice(0, 100));
    expect(firstHundred).toEqual({ b: 50, c: 50 });
    const afterReturn = tally(picks.slice(100, 140));
    expect(afterReturn.a).toBeGreaterThanOrEqual(19);
    expect(afterReturn.a).toBeLessThanOrEqual(21);
  });

  it("keeps the current weights of the team summing to zero", () => {
    const { state } = runWeighted(37, { a: 2, b: 1, c: 1 }, (i) => (i % 4 === 0 ? ["a", "c"] : ["a", "b", "c"]));
    expect(Object.values(rotationCounts(state)).reduce((s, v) => s + v, 0)).toBe(0);
  });
});

describe("priority round-robin", () => {
  const weights = { a: 10, b: 10, c: 5 };
  const candidates = (ids: string[]) => ids.map((id) => ({ id, weight: weights[id as keyof typeof weights] }));
  it.each<[string, string[], string[]]>([
    ["top priority reps take turns", ["a", "b", "c"], ["a", "b", "a", "b"]],
    ["the next tier only when the top tier is filtered out", ["c"], ["c", "c", "c", "c"]],
    ["one top rep left", ["b", "c"], ["b", "b", "b", "b"]],
  ])("%s", (_what, ids, expected) => {
    let state: TPoolRotation | undefined;
    const picks: string[] = [];
    for (let i = 0; i < 4; i++) {
      const pick = pickByPriority(state, "pool", ["a", "b", "c"], candidates(ids));
      picks.push(pick?.repId ?? "");
      state = pick?.rotation;
    }
    expect(picks).toEqual(expected);
  });
});
