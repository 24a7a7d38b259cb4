// A routing decision as the server-to-server API shows it: one mapping from the engine's record
// (TRoutingDecision) to the public resource, used by a live lead (GET /api/v1/leads/{id}:
// `decision`, and each assignment's decision in `assignment` / `history`) and by the dry run
// (POST /api/v1/routing/test: `decision`). The public resource names the outcome, the path, the
// strategy in words, the headline, the reason codes with their text and each skipped rep once;
// the engine's bookkeeping (rotation updates, the account owner to record, paths tried, learned
// posteriors, the evaluation instant's raw form) never leaves the server through it.
import { describeDecisionHeadline, describeSkipped } from "./describe-decision";
import { describeReason, type TRoutingNames } from "./describe-reason";
import type { TReasonCode } from "./reason-codes";
import { skippedOnce } from "./routing-lead";
import type { TRoutingDecision } from "./routing-types";

/** A reason code with its data, and its text (made now from the code). */
export type TReasonView = TReasonCode & { text: string };

/** A rep the decision passed over (once, its first pool; never the chosen rep). */
export interface TSkippedRepView {
  rep: { id: string; name: string };
  pathId: string;
  reasons: TReasonView[];
}

/** What a decision says, whether it was stored (a live lead) or only tested. */
export interface TDecisionView {
  outcome: TRoutingDecision["outcome"];
  path: { id: string; name: string } | null;
  strategy: string | null;
  headline: string;
  reasons: TReasonView[];
  skipped: TSkippedRepView[];
}

/**
 * The lead's latest routing decision, whatever its outcome: for an assigned or fallback lead the
 * current assignment's decision; for a nurture or disqualified lead (no assignment) the record kept
 * on its routing event. Null before the lead is routed.
 */
export interface TDecisionResource extends Omit<TDecisionView, "headline"> {
  configVersion: number | null;
  decidedAt: Date;
  /** The assignment this decision made, if any (see `assignment` / `history`). */
  assignmentId: string | null;
  /** Null only for a decision stored before decisions were kept with their reasons. */
  headline: string | null;
}

/** The fields of a lead's decision that only a stored decision has: a dry run assigns nothing. */
export const LIVE_ONLY_DECISION_KEYS = ["assignmentId"] as const satisfies readonly (keyof TDecisionResource)[];

/** A dry run's decision: the decision resource a lead routed now would show, without its live-only fields. */
export type TDryRunDecisionResource = Omit<TDecisionResource, (typeof LIVE_ONLY_DECISION_KEYS)[number]>;

/** The answer of POST /api/v1/routing/test, but for its request's `warnings`. */
export interface TRoutingTestAnswer {
  decision: TDryRunDecisionResource;
  /** The rep the lead would go to (null: nurture, disqualified, fallback queue). */
  rep: { id: string; name: string } | null;
  headline: string;
  /** The skipped reps in words ("Tom Becker — at capacity 10/10; …"), or null when nobody was skipped. */
  skipped: string | null;
  /** The chosen destination's reasons in words (decision.reasons' texts). */
  reasons: string[];
  /** The published version tested, or null for a draft. */
  configVersion: number | null;
}

export function reasonView(reason: TReasonCode, names: TRoutingNames, atIso?: string): TReasonView {
  return { ...reason, text: describeReason(reason, names, undefined, { at: atIso }) };
}

/** Each skipped rep once (its first pool), never the chosen rep, in decision order. */
export function skippedRepViews(decision: TRoutingDecision, names: TRoutingNames): TSkippedRepView[] {
  return skippedOnce(decision).map((s) => ({ rep: { id: s.repId, name: names.repName(s.repId) }, pathId: s.pathId, reasons: s.reasons.map((r) => reasonView(r, names, decision.evaluatedAtIso)) }));
}

export function decisionView(decision: TRoutingDecision, names: TRoutingNames): TDecisionView {
  return {
    outcome: decision.outcome,
    path: decision.pathId ? { id: decision.pathId, name: decision.pathName ?? decision.pathId } : null,
    strategy: decision.strategyDescription || null,
    headline: describeDecisionHeadline(decision, names),
    reasons: decision.reasons.map((r) => reasonView(r, names, decision.evaluatedAtIso)),
    skipped: skippedRepViews(decision, names),
  };
}

/**
 * A dry run's answer from the engine's decision. `configVersion`: the published version tested,
 * null for a draft (the engine's record carries 0 then). `decidedAt` is the instant the lead was
 * tested as arriving (the request's `at`, default now).
 */
export function routingTestAnswer(decision: TRoutingDecision, names: TRoutingNames, configVersion: number | null): TRoutingTestAnswer {
  const view = decisionView(decision, names);
  const { outcome, path, strategy, headline, reasons, skipped } = view;
  return {
    decision: { outcome, path, strategy, configVersion, decidedAt: new Date(decision.evaluatedAtIso), headline, reasons, skipped },
    rep: decision.repId ? { id: decision.repId, name: names.repName(decision.repId) } : null,
    headline,
    // The skipped reps in words, all of them (the structured list is decision.skipped).
    skipped: describeSkipped(decision, names, undefined, 1000),
    reasons: reasons.map((r) => r.text),
    configVersion,
  };
}
