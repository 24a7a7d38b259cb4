// A decision's skipped reps as the pools left them: per matched path, the team's rep ids and, at
// each rep's place, the reason it was skipped (undefined: not skipped). A 1,000-rep pool skips
// ~999 reps; building a { repId, pathId, reasons } entry for each on every decision was half of
// what a decision allocated, and the routing service never reads them: it stores the list packed
// (stored-decision.ts), straight from these segments. So a decision's `skipped` list is made the
// first time something reads it (Test a lead, the API, a replay, a spread copy), then kept — the
// same entries, in the same order, with the same shared reason lists as before.
import type { TReasonCode } from "./reason-codes";
import type { TRoutingDecision, TSkippedRep } from "./routing-types";
import { reasonList } from "./shared-reasons";

export interface TSkippedSegment {
  pathId: string;
  repIds: readonly string[];
  /** Per index of `repIds`: why that rep was skipped (undefined = not skipped). */
  reasonsAt: readonly (TReasonCode | undefined)[];
}

const SEGMENTS = Symbol("skippedSegments");

type TDecisionWithoutSkipped = Omit<TRoutingDecision, "skipped">;

/**
 * `decision` (its `skipped` a placeholder, which keeps the key's place in the record and so in its
 * JSON) with its `skipped` list made from `segments` when first read, then kept as a plain field.
 */
export function withSkippedSegments(decision: TRoutingDecision, segments: readonly TSkippedSegment[]): TRoutingDecision {
  Object.defineProperty(decision, SEGMENTS, { value: segments, enumerable: false });
  Object.defineProperty(decision, "skipped", {
    enumerable: true,
    configurable: true,
    get(this: TRoutingDecision) {
      const skipped = skippedEntries(segments);
      Object.defineProperty(this, "skipped", { value: skipped, enumerable: true, writable: true, configurable: true });
      return skipped;
    },
    set(this: TRoutingDecision, skipped: TSkippedRep[]) {
      Object.defineProperty(this, "skipped", { value: skipped, enumerable: true, writable: true, configurable: true });
    },
  });
  return decision;
}

/** The segments of a decision whose skipped list has not been read or replaced (undefined otherwise, e.g. a decision read back from storage). */
export function skippedSegmentsOf(decision: TRoutingDecision): readonly TSkippedSegment[] | undefined {
  if (Object.getOwnPropertyDescriptor(decision, "skipped")?.get === undefined) return undefined;
  return (decision as unknown as Record<symbol, readonly TSkippedSegment[] | undefined>)[SEGMENTS];
}

/** A copy of `decision` with `changes` (keys in the same order as a spread gives), its skipped list still unread. */
export function decisionWith(decision: TRoutingDecision, changes: Partial<TDecisionWithoutSkipped>): TRoutingDecision {
  const segments = skippedSegmentsOf(decision);
  if (segments === undefined) return { ...decision, ...changes };
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(decision)) copy[key] = key === "skipped" ? [] : decision[key as keyof TRoutingDecision];
  return withSkippedSegments({ ...(copy as unknown as TRoutingDecision), ...changes }, segments);
}

/** The decision without its skipped list, which is not read (for a record that stores it another way). */
export function decisionWithoutSkipped(decision: TRoutingDecision): TDecisionWithoutSkipped {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(decision)) if (key !== "skipped") rest[key] = decision[key as keyof TDecisionWithoutSkipped];
  return rest as unknown as TDecisionWithoutSkipped;
}

/** Every skipped rep of the segments as entries, in order (reps skipped for a shared reason share its list). */
export function skippedEntries(segments: readonly TSkippedSegment[]): TSkippedRep[] {
  let count = 0;
  for (const { repIds, reasonsAt } of segments) for (let i = 0; i < repIds.length; i++) if (reasonsAt[i]) count++;
  // Sized once (no growing copies of a 1,000-entry array), filled in order.
  const entries = new Array<TSkippedRep>(count);
  let k = 0;
  for (const { pathId, repIds, reasonsAt } of segments) {
    for (let i = 0; i < repIds.length; i++) {
      const reason = reasonsAt[i];
      if (reason) entries[k++] = { repId: repIds[i]!, reasons: reasonList(reason), pathId };
    }
  }
  return entries;
}
