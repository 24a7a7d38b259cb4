// Why a replayed lead moves: the published config's decision ("before") and the draft's ("after"),
// both made now from the same state, told in words a manager reads, from the decision records:
//   "matched 'Inbound' instead of 'Enterprise': 'Enterprise' no longer matches"
//   "matched 'Inbound' instead of 'Enterprise': 'Enterprise' found no eligible rep (…); Sarah Chen skipped: at capacity 12/12"
//   "same path 'Inbound': Tom Becker not chosen: round-robin turn of Maya Rodriguez (earlier moves shifted the rotation)"
//   "same path 'Enterprise': now assigns to Priya Patel by name"
// Which path matched on each side, then the deciding reason: what became of the before path in the
// draft (removed, no longer matches, nobody eligible, reached later), what is new about the after
// path, or — on the same path — why the before rep was not chosen (their skip reasons) and why the
// new rep was. Pure: two decisions and the two configs' path lists in, one sentence out.
// isKnockOn tells the moves the draft causes on the lead itself from those that only follow an
// earlier moved lead (a round-robin turn or an account owner carried from lead to lead).
import { describeReason, type TRoutingNames } from "./describe-reason";
import { HEADLINE_REASONS, type TReasonCode } from "./reason-codes";
import type { TDestination } from "./routing-config";
import type { TRoutingDecision } from "./routing-types";

/** The path ids of the published config and of the draft (to tell a removed or new path from a reordered one). */
export interface TMovePaths {
  before: readonly { id: string }[];
  after: readonly { id: string }[];
}

type TDecision = Pick<TRoutingDecision, "outcome" | "pathId" | "pathName" | "destination" | "repId" | "reasons" | "skipped" | "pathsTried"> & Partial<Pick<TRoutingDecision, "evaluatedAtIso">>;

/** How reasons are worded: the locale, and the instant the draft's decision was made (a zone's offset then). */
interface TWording {
  locale: string | undefined;
  at: string | null;
}

const quote = (name: string | null) => `'${name ?? ""}'`;

/** Reasons that say a rep lost the choice to another (the text names the chosen rep itself). */
const NOT_CHOSEN = new Set<TReasonCode["code"]>(["NOT_CHOSEN_TURN", "NOT_CHOSEN_PRIORITY", "NOT_CHOSEN_LOAD", "NOT_CHOSEN_SCORE", "NOT_CHOSEN_LATER", "NOT_CHOSEN_ACCOUNT_OWNER", "NOT_CHOSEN_EXPECTED"]);
const OWNER = new Set<TReasonCode["code"]>(["NOT_CHOSEN_ACCOUNT_OWNER", "ACCOUNT_OWNER", "ACCOUNT_OWNER_INELIGIBLE", "ACCOUNT_OWNER_NOT_IN_POOL"]);
const ROTATION = new Set<TReasonCode["code"]>(["NOT_CHOSEN_TURN", "ROUND_ROBIN_TURN", "TIE_BROKEN_BY_ROTATION"]);

/**
 * A knock-on move: the same path and the same destination (pool, filters, chooser) decided the lead
 * on both sides, from the same reps at the same time, so only what a replay carries from lead to
 * lead can differ — the round-robin turn or the account owner that an earlier moved lead set. The
 * draft does not change this lead's own route.
 */
export function isKnockOn(before: TDecision, after: TDecision): boolean {
  return before.pathId !== null && before.pathId === after.pathId && sameJson(before.destination, after.destination);
}

export function explainMove(before: TDecision, after: TDecision, names: TRoutingNames, paths?: TMovePaths, locale?: string): string {
  // Every reason told comes from the draft's decision ("after"): its instant words their zones.
  const wording: TWording = { locale, at: after.evaluatedAtIso ?? null };
  const why = before.pathId !== null && before.pathId === after.pathId ? samePath(before, after, names, wording) : otherPath(before, after, names, paths, wording);
  const head = headline(before, after);
  return why.length > 0 ? `${head}: ${why.join("; ")}` : head;
}

function headline(before: TDecision, after: TDecision): string {
  if (before.pathId !== null && before.pathId === after.pathId) return `same path ${quote(after.pathName)}`;
  if (after.pathId === null) return before.pathId === null ? "fallback queue on both sides" : `went to the fallback queue instead of ${quote(before.pathName)}`;
  return before.pathId === null ? `matched ${quote(after.pathName)} instead of going to the fallback queue` : `matched ${quote(after.pathName)} instead of ${quote(before.pathName)}`;
}

/** Another path decided: what became of the before path in the draft, and what is new about the after path. */
function otherPath(before: TDecision, after: TDecision, names: TRoutingNames, paths: TMovePaths | undefined, wording: TWording): string[] {
  const why: string[] = [];
  const beforeInAfter = before.pathId === null ? undefined : after.pathsTried.find((t) => t.pathId === before.pathId);
  if (before.pathId !== null) {
    if (!beforeInAfter) {
      if (paths && !paths.after.some((p) => p.id === before.pathId)) why.push(`${quote(before.pathName)} was removed`);
    } else if (!beforeInAfter.matched) {
      why.push(`${quote(before.pathName)} no longer matches`);
    } else if (beforeInAfter.result === "no eligible rep") {
      const reason = beforeInAfter.reason ? ` (${describeReason(beforeInAfter.reason, names, wording.locale, { at: wording.at })})` : "";
      why.push(`${quote(before.pathName)} found no eligible rep${reason}`);
      const skip = skipOf(before.repId, before.pathId, after, names, wording);
      if (skip) why.push(skip);
    } else if (beforeInAfter.result) {
      why.push(`${quote(before.pathName)} now ends in ${beforeInAfter.result}`);
    }
  }
  if (after.pathId !== null) {
    const afterInBefore = before.pathsTried.find((t) => t.pathId === after.pathId);
    if (!afterInBefore) {
      if (paths && !paths.before.some((p) => p.id === after.pathId)) why.push(`${quote(after.pathName)} is new`);
      else if (paths && before.pathId !== null && !beforeInAfter && paths.after.some((p) => p.id === before.pathId)) why.push(`${quote(after.pathName)} now comes before ${quote(before.pathName)}`);
    } else if (!afterInBefore.matched) {
      why.push(`${quote(after.pathName)} now matches`);
    } else if (afterInBefore.result === "no eligible rep") {
      why.push(`${quote(after.pathName)} now has an eligible rep`);
    }
  } else if (why.length === 0) {
    const noRep = after.pathsTried.filter((t) => t.result === "no eligible rep").map((t) => `${quote(t.pathName)} found no eligible rep`);
    why.push(noRep.length > 0 ? noRep.join(", ") : "no path matched");
  }
  return why;
}

/** The same path decided: why the before rep was not chosen, and why the new one was. */
function samePath(before: TDecision, after: TDecision, names: TRoutingNames, wording: TWording): string[] {
  const sameDestination = sameJson(before.destination, after.destination);
  if (!sameDestination && after.destination && (after.destination.type !== "team" || before.destination?.type !== "team" || before.destination.teamId !== after.destination.teamId)) {
    return [`now ${destinationText(after.destination, names)}`];
  }
  const why: string[] = [];
  const skipped = before.repId === null ? undefined : after.skipped.find((s) => s.repId === before.repId && s.pathId === after.pathId);
  if (skipped) why.push(skipText(skipped.repId, skipped.reasons, names, wording));
  else if (before.repId !== null && after.repId !== before.repId) why.push(`${names.repName(before.repId)} is not in the pool`);
  const isLostToChoice = skipped !== undefined && skipped.reasons.every((r) => NOT_CHOSEN.has(r.code));
  if (after.outcome === "assigned" && after.repId !== null && !isLostToChoice) {
    const chosen = after.reasons.filter((r) => r.code !== "PATH_MATCHED" && HEADLINE_REASONS.has(r.code)).map((r) => describeReason(r, names, wording.locale, { brief: true, at: wording.at }));
    if (chosen.length > 0) why.push(`${names.repName(after.repId)}: ${chosen.join(", ")}`);
  }
  // Same pool, same filters and chooser, same starting state: the difference comes from earlier leads that moved.
  const reasons = [...(skipped?.reasons ?? []), ...after.reasons];
  if (sameDestination && why.length > 0) {
    const byOwner = reasons.some((r) => OWNER.has(r.code));
    why[why.length - 1] += byOwner ? " (an earlier move changed the account's owner)" : reasons.some((r) => ROTATION.has(r.code)) ? " (earlier moves shifted the rotation)" : " (after earlier moves)";
  } else if (!sameDestination && why.length === 0) why.push("its filters or chooser changed");
  return why;
}

function skipOf(repId: string | null, pathId: string, decision: TDecision, names: TRoutingNames, wording: TWording): string | null {
  const skipped = repId === null ? undefined : decision.skipped.find((s) => s.repId === repId && s.pathId === pathId);
  return skipped ? skipText(skipped.repId, skipped.reasons, names, wording) : null;
}

/** "Tom Becker skipped: at capacity 10/10", or "Tom Becker not chosen: round-robin turn of Maya Rodriguez". */
function skipText(repId: string, reasons: readonly TReasonCode[], names: TRoutingNames, wording: TWording): string {
  const texts = reasons.map((r) => describeReason(r, names, wording.locale, { at: wording.at }));
  if (reasons.length > 0 && reasons.every((r) => NOT_CHOSEN.has(r.code))) return `${names.repName(repId)} ${texts.join(", ")}`;
  return `${names.repName(repId)} skipped: ${texts.join(", ")}`;
}

function destinationText(destination: TDestination, names: TRoutingNames): string {
  switch (destination.type) {
    case "rep":
      return `assigns to ${names.repName(destination.repId)} by name`;
    case "team":
      return `sends to the ${names.teamName(destination.teamId)} team`;
    case "nurture":
      return "sends to the nurture tier";
    case "disqualify":
      return "disqualifies";
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
