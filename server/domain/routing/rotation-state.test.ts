import { describe, expect, it } from "vitest";
import { pickByTurns, pickSmoothWeighted } from "./rotation";
import { memberCounts, readStoredRotation, rotationCount, rotationCounts, rotationWithCounts } from "./rotation-state";
import type { TPoolRotation } from "./routing-types";

const head = { poolId: "inbound/inside", algorithm: "turns" as const, sequence: 7, lastRepId: "tom" };

describe("readStoredRotation", () => {
  it.each<[string, unknown, TPoolRotation | undefined]>([
    ["the current form, as it is", { ...head, repIds: ["tom", "maya"], counts: [3, 2] }, { ...head, repIds: ["tom", "maya"], counts: [3, 2] }],
    ["an earlier release's credits by rep id", { ...head, credits: { tom: 3, maya: 2 } }, { ...head, repIds: ["tom", "maya"], counts: [3, 2] }],
    ["earlier credits: a value that is not a number is dropped", { ...head, credits: { tom: 3, maya: "2" } }, { ...head, repIds: ["tom"], counts: [3] }],
    [
      "weighted state",
      { ...head, algorithm: "smooth_weighted", credits: { tom: -2, maya: 2 } },
      { ...head, algorithm: "smooth_weighted", repIds: ["tom", "maya"], counts: [-2, 2] },
    ],
    ["arrays of different lengths: no counts", { ...head, repIds: ["tom", "maya"], counts: [3] }, { ...head, repIds: [], counts: [] }],
    ["a count that is not a number: no counts", { ...head, repIds: ["tom"], counts: ["3"] }, { ...head, repIds: [], counts: [] }],
    ["no pointer yet", null, undefined],
    ["not an object", "turns", undefined],
    ["an unknown algorithm", { ...head, algorithm: "lottery", repIds: [], counts: [] }, undefined],
    ["no pool id", { algorithm: "turns", repIds: [], counts: [] }, undefined],
    [
      "no sequence or pointer: 0 and none",
      { poolId: "p", algorithm: "turns", repIds: ["a"], counts: [1] },
      { poolId: "p", algorithm: "turns", sequence: 0, lastRepId: null, repIds: ["a"], counts: [1] },
    ],
  ])("%s", (_name, stored, expected) => {
    expect(readStoredRotation(stored)).toEqual(expected);
  });

  it("an earlier release's state picks as it did: fewest turns, then after the pointer", () => {
    const legacy = readStoredRotation({
      ...head,
      lastRepId: "b",
      credits: { a: 4, b: 4, c: 4, d: 5 },
    });
    const pick = pickByTurns(legacy, head.poolId, ["a", "b", "c", "d"], ["a", "b", "c", "d"]);
    expect(pick?.repId).toBe("c");
    expect(rotationCounts(pick?.rotation)).toEqual({ a: 4, b: 4, c: 5, d: 5 });
  });
});

describe("memberCounts", () => {
  const state = rotationWithCounts(head, { tom: 3, maya: 2, kim: 1 });
  it.each<[string, string[], (number | undefined)[]]>([
    ["same members, same order", ["tom", "maya", "kim"], [3, 2, 1]],
    ["reordered", ["kim", "tom", "maya"], [1, 3, 2]],
    ["a new member has none, a departed one is dropped", ["tom", "ana", "kim"], [3, undefined, 1]],
    ["no members", [], []],
  ])("%s", (_name, members, expected) => {
    expect(memberCounts(state, members)).toEqual(expected);
  });

  it("is a copy: the stored state does not change", () => {
    const counts = memberCounts(state, state.repIds);
    counts[0] = 99;
    expect(state.counts).toEqual([3, 2, 1]);
  });
});

describe("picks leave the previous state as it was", () => {
  const team = ["a", "b", "c"];
  it.each<[string, (previous: TPoolRotation | undefined) => TPoolRotation | undefined]>([
    ["strict turns", (previous) => pickByTurns(previous, "p", team, team)?.rotation],
    [
      "smooth weighted",
      (previous) =>
        pickSmoothWeighted(
          previous,
          "p",
          team,
          team.map((id) => ({ id, weight: 1 })),
        )?.rotation,
    ],
  ])("%s", (_name, pick) => {
    const first = pick(undefined)!;
    const before = JSON.stringify(first);
    const second = pick(first)!;
    expect(JSON.stringify(first)).toBe(before);
    expect(second.counts).not.toBe(first.counts);
    expect(second.sequence).toBe(first.sequence + 1);
    expect(rotationCount(second, second.lastRepId!)).not.toBe(rotationCount(first, second.lastRepId!));
  });

  it("a team order with a repeated member counts it once", () => {
    const pick = pickByTurns(undefined, "p", ["a", "b", "a"], ["a", "b"]);
    expect(pick?.rotation).toMatchObject({ repIds: ["a", "b"], counts: [1, 0] });
  });

  it("a candidate outside the team order counts from the floor, after the members", () => {
    const state = rotationWithCounts({ poolId: "p", algorithm: "turns", sequence: 2, lastRepId: "a" }, { a: 2, b: 1 });
    expect(pickByTurns(state, "p", ["a", "b"], ["x", "a"])).toMatchObject({
      repId: "a",
      rotation: { repIds: ["a", "b", "x"], counts: [3, 1, 2] },
    });
    expect(pickByTurns(state, "p", ["a", "b"], ["x", "y"])).toMatchObject({
      repId: "x",
      rotation: { repIds: ["a", "b", "x", "y"], counts: [2, 1, 2, 1] },
    });
  });
});
