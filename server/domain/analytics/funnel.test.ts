import { describe, expect, it } from "vitest";
import { buildFunnel, funnelRank, stageRank, tallyFunnel, type TFunnelRankRow, type TLeadFunnelFacts } from "./funnel";

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
    const funnel = buildFunnel({ byRank, pipelineValue: { USD: 1000 }, wonValue: { USD: 400 } });
    expect(funnel.steps.map((s) => s.count)).toEqual(counts);
    funnel.steps.forEach((step, i) => {
      if (fromPrevious[i] === null) expect(step.fromPrevious).toBeNull();
      else expect(step.fromPrevious).toBeCloseTo(fromPrevious[i]!, 9);
    });
    expect(funnel.pipelineValue).toEqual({ USD: 1000 });
    expect(funnel.wonValue).toEqual({ USD: 400 });
  });

  it("win rate is won over submitted", () => {
    expect(buildFunnel({ byRank: [40, 10, 20, 10, 10, 5, 5], pipelineValue: {}, wonValue: {} }).winRate).toBe(0.05);
    expect(buildFunnel({ byRank: [0, 0, 0, 0, 0, 0, 0], pipelineValue: {}, wonValue: {} }).winRate).toBeNull();
  });
});

describe("tallyFunnel: counts across currencies, money per currency", () => {
  const row = (key: string, currency: string, rank: number, leads: number, pipeline = 0, won = 0): TFunnelRankRow => ({ key, currency, rank, leads, pipeline, won });
  it.each<[string, TFunnelRankRow[], { byRank: number[]; pipeline: Record<string, number>; won: Record<string, number>; currencies: string[] }]>([
    ["no leads", [], { byRank: [0, 0, 0, 0, 0, 0, 0], pipeline: {}, won: {}, currencies: [] }],
    [
      "one currency: one figure, as before",
      [row("a", "USD", 1, 5), row("a", "USD", 7, 1, 25000, 25000), row("b", "USD", 6, 2, 9000)],
      { byRank: [5, 0, 0, 0, 0, 2, 1], pipeline: { USD: 34000 }, won: { USD: 25000 }, currencies: ["USD"] },
    ],
    [
      "two currencies are never added together",
      [row("a", "USD", 7, 1, 25000, 25000), row("a", "EUR", 7, 1, 12000, 12000), row("b", "EUR", 1, 4)],
      { byRank: [4, 0, 0, 0, 0, 0, 2], pipeline: { USD: 25000, EUR: 12000 }, won: { USD: 25000, EUR: 12000 }, currencies: ["EUR", "USD"] },
    ],
    ["a rank out of range is clamped", [row("a", "USD", 0, 1), row("a", "USD", 9, 1)], { byRank: [1, 0, 0, 0, 0, 0, 1], pipeline: { USD: 0 }, won: { USD: 0 }, currencies: ["USD"] }],
  ])("%s", (_name, rows, expected) => {
    const tally = tallyFunnel(rows);
    expect(tally.total.byRank).toEqual(expected.byRank);
    expect(tally.total.pipelineValue).toEqual(expected.pipeline);
    expect(tally.total.wonValue).toEqual(expected.won);
    expect(tally.currencies).toEqual(expected.currencies);
  });

  it("each slice keeps its own currencies", () => {
    const tally = tallyFunnel([row("a", "USD", 7, 1, 100, 100), row("b", "EUR", 7, 2, 50, 50), row("a", "EUR", 6, 1, 30)]);
    expect([...tally.slices.keys()]).toEqual(["a", "b"]);
    expect(tally.slices.get("a")).toEqual({ byRank: [0, 0, 0, 0, 0, 1, 1], pipelineValue: { USD: 100, EUR: 30 }, wonValue: { USD: 100, EUR: 0 } });
    expect(tally.slices.get("b")).toEqual({ byRank: [0, 0, 0, 0, 0, 0, 2], pipelineValue: { EUR: 50 }, wonValue: { EUR: 50 } });
  });
});
