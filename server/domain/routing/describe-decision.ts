// One paragraph for a decision: "Routed to Sarah Chen: Enterprise path · financial services
// match · available now · lightest pipeline". Skipped reps follow ("Skipped: Tom Becker — at
// capacity 10/10"), each once (its first pool), at most `maxSkipped` of them.
import { describeReason, type TRoutingNames } from "./describe-reason";
import { HEADLINE_REASONS, type TReasonCode } from "./reason-codes";
import { skippedOnce } from "./routing-lead";
import type { TPathTried, TRoutingDecision } from "./routing-types";

export function describeDecisionHeadline(decision: TRoutingDecision, names: TRoutingNames, locale?: string): string {
  const brief = (reasons: readonly TReasonCode[]) =>
    reasons
      .filter((r) => HEADLINE_REASONS.has(r.code))
      .map((r) => describeReason(r, names, locale, { brief: true, at: decision.evaluatedAtIso }))
      .join(" · ");
  switch (decision.outcome) {
    case "assigned": {
      // Booked with the next best rep: not a routing run, the prospect's booking moved the lead.
      const verb = decision.reasons.some((r) => r.code === "BOOKING_FALLBACK") ? "Moved to" : "Routed to";
      // A path that matched first and found nobody is named, so the rep (and an integrator) sees why this path decided.
      const why = [brief(decision.reasons), ...triedFirst(decision)].filter(Boolean).join(" · ");
      return `${verb} ${names.repName(decision.repId ?? "")}${why ? `: ${why}` : ""}`;
    }
    case "nurture":
      return `Nurture tier: ${brief(decision.reasons.filter((r) => r.code === "PATH_MATCHED"))}`;
    case "disqualified":
      return `Disqualified: ${brief(decision.reasons.filter((r) => r.code === "PATH_MATCHED"))}`;
    case "fallback": {
      const noRep = decision.pathsTried.filter((p) => p.result === "no eligible rep").map((p) => `${p.pathName}: no eligible rep`);
      const why = noRep.length > 0 ? noRep.join("; ") : "no path matched";
      const graduated = decision.reasons.filter((r) => r.code === "NURTURE_GRADUATED");
      return `Sent to the fallback queue “${decision.queue?.name ?? ""}”: ${graduated.length > 0 ? `${brief(graduated)} · ` : ""}${why}`;
    }
  }
}

/** "tried first: Enterprise (no eligible rep)" for the matched paths that fell through before the deciding one. */
function triedFirst(decision: TRoutingDecision): string[] {
  const fellThrough = decision.pathsTried.filter((p) => p.result === "no eligible rep").map((p) => `${p.pathName} (no eligible rep)`);
  return fellThrough.length > 0 ? [`tried first: ${fellThrough.join(", ")}`] : [];
}

const PATH_RESULT_TEXT: Record<NonNullable<TPathTried["result"]>, string> = {
  assigned: "assigned",
  nurture: "nurture tier",
  disqualified: "disqualified",
  "no eligible rep": "no eligible rep",
  "skipped: graduated from nurture": "skipped: the lead graduated from nurture",
};

/** One path tried, as the lead page and Test a lead list it: its reason says it whole ("no eligible rep in Enterprise (2 members)"), else its result. */
export function describePathTried(p: TPathTried, names: TRoutingNames, locale?: string): string {
  if (!p.matched) return "did not match";
  if (p.reason) return describeReason(p.reason, names, locale);
  return p.result ? PATH_RESULT_TEXT[p.result] : "matched";
}

export function describeSkipped(decision: TRoutingDecision, names: TRoutingNames, locale?: string, maxSkipped = 10): string | null {
  const skipped = skippedOnce(decision);
  if (skipped.length === 0) return null;
  // Only the reps shown are described (a 1,000-rep pool skips 999).
  const shown = skipped.slice(0, maxSkipped).map((s) => `${names.repName(s.repId)} — ${s.reasons.map((r) => describeReason(r, names, locale, { at: decision.evaluatedAtIso })).join(", ")}`);
  const more = skipped.length - shown.length;
  return `Skipped: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

export function describeDecision(decision: TRoutingDecision, names: TRoutingNames, locale?: string): string {
  const skipped = describeSkipped(decision, names, locale);
  const headline = describeDecisionHeadline(decision, names, locale);
  return skipped ? `${headline}. ${skipped}` : headline;
}
