import { describe, expect, it } from "vitest";
import { buildFunnel, funnelRank, stageRank, type TLeadFunnelFacts } from "./funnel";

const base: TLeadFunnelFacts = { isSpam: false, routingOutcome: null, hasOwner: false, hasContact: false, hasMeeting: false, hasOpportunity: false, isWon: false };

describe("funnelRank: the furthest stage a lead reached", () => {
  it.each<[string, Partial<TLeadFunnelFacts>, number]>([
    ["spam is outside the funnel", { isSpam: true, isWon: true }, 0],
    ["submitted, not routed yet", {}, 1],
    ["nurture", { routingOutcome: "nurture" }, 1],
    ["disqualified", { routingOutcome: "disqualified" }, 1],
    ["fallback queue without a rep", { routingOutcome: "fallback" }, 2],
    ["routed to a rep", { routingOutcome: "assigned", hasOwner: true }, 3],
    ["contacted", { routingOutcome: "assigned", hasOwner: true, hasContact: true }, 4],
    ["meeting", { routingOutcome: "assigned", hasOwner: true, hasContact: true, hasMeeting: true }, 5],
    ["opportunity", { routingOutcome: "assigned", hasOwner: true, hasOpportunity: true }, 6],
    ["won without a recorded meeting counts through", { routingOutcome: "assigned", isWon: true }, 7],
  ])("%s → %s", (_name, facts, rank) => {
    expect(funnelRank({ ...base, ...facts })).toBe(rank);
  });

  it("ranks stages from 1", () => {
    expect(stageRank("submitted")).toBe(1);
    expect(stageRank("won")).toBe(7);
  });
});

describe("buildFunnel", () => {
  it.each<[string, number[], number[], (number | null)[]]>([
    ["empty", [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [null, null, null, null, null, null, null]],
    ["all stop at submitted", [10, 0, 0, 0, 0, 0, 0], [10, 0, 0, 0, 0, 0, 0], [null, 0, null, null, null, null, null]],
    ["a typical funnel", [40, 10, 20, 10, 10, 5, 5], [100, 60, 50, 30, 20, 10, 5], [null, 0.6, 50 / 60, 0.6, 20 / 30, 0.5, 0.5]],
  ])("%s", (_name, byRank, counts, fromPrevious) => {
    const funnel = buildFunnel({ byRank, pipelineValue: 1000, wonValue: 400 });
    expect(funnel.steps.map((s) => s.count)).toEqual(counts);
    funnel.steps.forEach((step, i) => {
      if (fromPrevious[i] === null) expect(step.fromPrevious).toBeNull();
      else expect(step.fromPrevious).toBeCloseTo(fromPrevious[i]!, 9);
    });
    expect(funnel.pipelineValue).toBe(1000);
    expect(funnel.wonValue).toBe(400);
  });

  it("win rate is won over submitted", () => {
    expect(buildFunnel({ byRank: [40, 10, 20, 10, 10, 5, 5], pipelineValue: 0, wonValue: 0 }).winRate).toBe(0.05);
    expect(buildFunnel({ byRank: [0, 0, 0, 0, 0, 0, 0], pipelineValue: 0, wonValue: 0 }).winRate).toBeNull();
  });
});
