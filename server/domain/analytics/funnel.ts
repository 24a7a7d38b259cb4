// The conversion funnel: submitted → qualified → routed → contacted → meeting → opportunity → won.
// A lead counts at every stage up to the furthest it reached, so the funnel never widens (a deal
// won without a recorded meeting still counts as met and as an opportunity). The SQL of the
// analytics service computes the same rank per lead (server/services/analytics/funnel-sql.ts);
// this is its definition and the shape of a funnel row. Money is kept per currency (the leads'
// own, money-by-currency.ts): pipeline and won value are never one sum of dollars and euros.
// Pure: no I/O.
import { addMoney, currencyOrder, type TMoneyByCurrency } from "./money-by-currency";
import { rate } from "./percentiles";

export const FUNNEL_STAGES = ["submitted", "qualified", "routed", "contacted", "meeting", "opportunity", "won"] as const;
export type TFunnelStage = (typeof FUNNEL_STAGES)[number];

export const FUNNEL_STAGE_LABELS: Record<TFunnelStage, string> = {
  submitted: "Submitted",
  qualified: "Qualified",
  routed: "Routed",
  contacted: "Contacted",
  meeting: "Meeting",
  opportunity: "Opportunity",
  won: "Won",
};

/** What is known of one lead, enough to place it in the funnel. */
export interface TLeadFunnelFacts {
  isSpam: boolean;
  /** The routing outcome of its first decision: assigned / fallback (sales), nurture, disqualified; null = not routed yet. */
  routingOutcome: "assigned" | "fallback" | "nurture" | "disqualified" | null;
  hasOwner: boolean;
  hasContact: boolean;
  hasMeeting: boolean;
  hasOpportunity: boolean;
  isWon: boolean;
}

/** 0 = not in the funnel (spam), 1 = submitted … 7 = won: the furthest stage reached. */
export function funnelRank(facts: TLeadFunnelFacts): number {
  if (facts.isSpam) return 0;
  if (facts.isWon) return 7;
  if (facts.hasOpportunity) return 6;
  if (facts.hasMeeting) return 5;
  if (facts.hasContact) return 4;
  if (facts.hasOwner) return 3;
  if (facts.routingOutcome === "assigned" || facts.routingOutcome === "fallback") return 2;
  return 1;
}

export function stageRank(stage: TFunnelStage): number {
  return FUNNEL_STAGES.indexOf(stage) + 1;
}

/** Counts of leads per furthest stage reached (rank 1..7) and money, for one slice. */
export interface TFunnelCounts {
  /** Leads whose furthest stage is each rank: index 0 = rank 1 (submitted only) … 6 = rank 7 (won). */
  byRank: readonly number[];
  /** Opportunity amounts of the leads that reached opportunity (or won), per currency. */
  pipelineValue: TMoneyByCurrency;
  /** Won amounts of the won leads, per currency. */
  wonValue: TMoneyByCurrency;
}

export interface TFunnelStep {
  stage: TFunnelStage;
  label: string;
  /** Leads that reached this stage or a later one. */
  count: number;
  /** count / the previous stage's count (null for the first stage or an empty previous one). */
  fromPrevious: number | null;
  /** count / submitted. */
  fromSubmitted: number | null;
}

export interface TFunnel {
  steps: TFunnelStep[];
  pipelineValue: TMoneyByCurrency;
  wonValue: TMoneyByCurrency;
  /** won / submitted */
  winRate: number | null;
}

export function buildFunnel(counts: TFunnelCounts): TFunnel {
  const reached = FUNNEL_STAGES.map((_, i) => counts.byRank.slice(i).reduce((sum, n) => sum + n, 0));
  const submitted = reached[0] ?? 0;
  const steps = FUNNEL_STAGES.map((stage, i) => ({
    stage,
    label: FUNNEL_STAGE_LABELS[stage],
    count: reached[i] ?? 0,
    fromPrevious: i === 0 ? null : rate(reached[i] ?? 0, reached[i - 1] ?? 0),
    fromSubmitted: rate(reached[i] ?? 0, submitted),
  }));
  return { steps, pipelineValue: counts.pipelineValue, wonValue: counts.wonValue, winRate: rate(reached[6] ?? 0, submitted) };
}

/** One row of the funnel query: a slice's leads in one currency whose furthest stage is `rank`, and their money. */
export interface TFunnelRankRow {
  key: string;
  currency: string;
  rank: number;
  leads: number;
  pipeline: number;
  won: number;
}

export interface TFunnelTally {
  total: TFunnelCounts;
  /** Per slice key, in the order the rows first name them. */
  slices: Map<string, TFunnelCounts>;
  /** The currencies of the leads counted, the one with the most leads first (currencyOrder). */
  currencies: string[];
}

const emptyCounts = (): { byRank: number[]; pipelineValue: TMoneyByCurrency; wonValue: TMoneyByCurrency } => ({ byRank: [0, 0, 0, 0, 0, 0, 0], pipelineValue: {}, wonValue: {} });

/** The query's rows added up per slice and for all leads: counts across currencies, money per currency. */
export function tallyFunnel(rows: readonly TFunnelRankRow[]): TFunnelTally {
  const total = emptyCounts();
  const slices = new Map<string, ReturnType<typeof emptyCounts>>();
  const leadsByCurrency: Record<string, number> = {};
  for (const row of rows) {
    const slice = slices.get(row.key) ?? emptyCounts();
    const i = Math.min(Math.max(row.rank, 1), 7) - 1;
    for (const counts of [slice, total]) {
      counts.byRank[i]! += row.leads;
      counts.pipelineValue = addMoney(counts.pipelineValue, row.currency, row.pipeline);
      counts.wonValue = addMoney(counts.wonValue, row.currency, row.won);
    }
    leadsByCurrency[row.currency] = (leadsByCurrency[row.currency] ?? 0) + row.leads;
    slices.set(row.key, slice);
  }
  return { total, slices, currencies: currencyOrder(leadsByCurrency) };
}
