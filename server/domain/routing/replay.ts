// Replay: the same leads decided with the current config (before) and the draft (after),
// aggregated for the Replay screen: per-destination share, leads that would move (each with why:
// explain-move.ts), fallback hits; and, apart, how many leads' historic owner differs from the
// current config's decision today (historicDrift). Pure aggregation; the service runs
// decideRouting over the last N leads, both sides from the same state, with rotation state cloned
// per run. Decisions pair by leadId when both have one, else by position.
import type { TRoutingNames } from "./describe-reason";
import { explainMove, isKnockOn, type TMovePaths } from "./explain-move";
import type { TRoutingDecision } from "./routing-types";

/** Where a decision sent the lead: "rep:<id>", "nurture", "disqualified", "fallback". */
export type TDestinationKey = `rep:${string}` | "nurture" | "disqualified" | "fallback";

export interface TShareRow {
  key: TDestinationKey;
  label: string;
  before: number;
  after: number;
  /** Shares in percent of all replayed leads, one decimal. */
  beforePct: number;
  afterPct: number;
}

export interface TMovedLead {
  leadId: string;
  from: TDestinationKey;
  to: TDestinationKey;
  fromLabel: string;
  toLabel: string;
  fromPathId: string | null;
  toPathId: string | null;
  fromPathName: string | null;
  toPathName: string | null;
  /** Why, in words: "matched 'Inbound' instead of 'Enterprise': 'Enterprise' no longer matches" (explainMove). */
  why: string;
  /** Only because of an earlier moved lead: same path and pool, another round-robin turn or account owner (isKnockOn). */
  isKnockOn: boolean;
}

export interface TReplayComparison {
  total: number;
  shares: TShareRow[];
  moved: TMovedLead[];
  /** Of `moved`, the knock-on moves (isKnockOn). */
  knockOn: number;
  fallbackHits: { before: number; after: number; leadIds: string[] };
}

export function destinationKey(decision: TRoutingDecision): TDestinationKey {
  if (decision.outcome === "assigned" && decision.repId !== null) return `rep:${decision.repId}`;
  if (decision.outcome === "nurture" || decision.outcome === "disqualified") return decision.outcome;
  return "fallback";
}

function labelOf(key: TDestinationKey, names: TRoutingNames): string {
  if (key.startsWith("rep:")) return names.repName(key.slice(4));
  return { nurture: "Nurture tier", disqualified: "Disqualified", fallback: "Fallback queue" }[key as "nurture" | "disqualified" | "fallback"];
}

function pairs(before: readonly TRoutingDecision[], after: readonly TRoutingDecision[]): [TRoutingDecision | undefined, TRoutingDecision | undefined, string][] {
  const byId = new Map(after.filter((d) => d.leadId !== null).map((d) => [d.leadId as string, d]));
  const usedAfter = new Set<TRoutingDecision>();
  const result: [TRoutingDecision | undefined, TRoutingDecision | undefined, string][] = [];
  before.forEach((b, i) => {
    const a = b.leadId !== null && byId.has(b.leadId) ? byId.get(b.leadId) : b.leadId === null ? after[i] : undefined;
    if (a) usedAfter.add(a);
    result.push([b, a, b.leadId ?? `#${i + 1}`]);
  });
  after.forEach((a, i) => {
    if (!usedAfter.has(a)) result.push([undefined, a, a.leadId ?? `#${i + 1}`]);
  });
  return result;
}

const pct = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);

/** `paths`: the two configs' paths, so a move can say that a path was removed or is new. */
export function compareRouting(before: readonly TRoutingDecision[], after: readonly TRoutingDecision[], names: TRoutingNames, paths?: TMovePaths): TReplayComparison {
  const counts = new Map<TDestinationKey, { before: number; after: number }>();
  const bump = (key: TDestinationKey, side: "before" | "after") => {
    const row = counts.get(key) ?? { before: 0, after: 0 };
    row[side] += 1;
    counts.set(key, row);
  };
  const moved: TMovedLead[] = [];
  const fallbackIds: string[] = [];
  for (const [b, a, leadId] of pairs(before, after)) {
    const from = b ? destinationKey(b) : null;
    const to = a ? destinationKey(a) : null;
    if (from) bump(from, "before");
    if (to) bump(to, "after");
    if (to === "fallback") fallbackIds.push(leadId);
    if (b && a && from && to && from !== to) {
      moved.push({
        leadId,
        from,
        to,
        fromLabel: labelOf(from, names),
        toLabel: labelOf(to, names),
        fromPathId: b.pathId,
        toPathId: a.pathId,
        fromPathName: b.pathName,
        toPathName: a.pathName,
        why: explainMove(b, a, names, paths),
        isKnockOn: isKnockOn(b, a),
      });
    }
  }
  const total = Math.max(before.length, after.length);
  const shares = [...counts.entries()]
    .map(([key, c]) => ({ key, label: labelOf(key, names), before: c.before, after: c.after, beforePct: pct(c.before, before.length), afterPct: pct(c.after, after.length) }))
    .sort((x, y) => y.after - x.after || y.before - x.before || x.label.localeCompare(y.label));
  const fallbackBefore = before.filter((d) => d.outcome === "fallback").length;
  return { total, shares, moved, knockOn: moved.filter((m) => m.isKnockOn).length, fallbackHits: { before: fallbackBefore, after: fallbackIds.length, leadIds: fallbackIds } };
}

export interface THistoricDrift {
  /** Leads with a historic decision (what really happened when they arrived). */
  compared: number;
  /** Of those, the leads the current config, deciding today, sends elsewhere. */
  differ: number;
  leadIds: string[];
}

/**
 * How many leads went elsewhere when they arrived than the current config sends them today
 * (loads, rotation pointers or the config itself have changed since): `historic[i]` is lead i's
 * stored decision (null: none), `current[i]` the current config's decision of it now. Shown apart
 * from the moves, which compare two decisions made now.
 */
export function historicDrift(historic: readonly (TRoutingDecision | null)[], current: readonly TRoutingDecision[]): THistoricDrift {
  const leadIds: string[] = [];
  let compared = 0;
  historic.forEach((h, i) => {
    const now = current[i];
    if (!h || !now) return;
    compared += 1;
    if (destinationKey(h) !== destinationKey(now)) leadIds.push(now.leadId ?? h.leadId ?? `#${i + 1}`);
  });
  return { compared, differ: leadIds.length, leadIds };
}
