// Reasons that many skipped reps share, and their one-reason lists. A 1,000-rep decision skips
// most reps for a few dozen distinct reasons (inactive, outside working hours until 09:00 New York,
// at capacity 20 of 20, not chosen: Tom's turn …). Each such reason is one object, and every rep
// skipped for it gets the same `[reason]` list — not one object and one list per rep, which was
// most of what a decision allocated (and so of the garbage collections that set its p99).
// Reasons and their lists are never changed after they are made (records are read, copied or
// stored); a stored decision read back shares its lists the same way (stored-decision.ts).
import type { TReasonCode } from "./reason-codes";

const lists = new WeakMap<TReasonCode, TReasonCode[]>();

/** Marks `reason` as shared by many reps: reasonList gives them all one list. */
export function sharedReason<R extends TReasonCode>(reason: R): R {
  lists.set(reason, [reason]);
  return reason;
}

/** `[reason]`: the one list of a shared reason, else a new list. */
export function reasonList(reason: TReasonCode): TReasonCode[] {
  return lists.get(reason) ?? [reason];
}

const MAX_INTERNED = 10_000;

/**
 * One shared reason per (a, b) across reps and decisions (memoised, bounded), for reasons that
 * carry only those two values besides their code: AT_CAPACITY_OPEN with (open, max), IN_MEETING
 * with (until, time zone) … `build` makes the reason the first time.
 */
export function internedReasons<A, B, R extends TReasonCode>(build: (a: A, b: B) => R): (a: A, b: B) => R {
  const byA = new Map<A, Map<B, R>>();
  let size = 0;
  return (a, b) => {
    let byB = byA.get(a);
    let reason = byB?.get(b);
    if (reason === undefined) {
      if (size >= MAX_INTERNED) {
        byA.clear();
        size = 0;
        byB = undefined;
      }
      if (!byB) byA.set(a, (byB = new Map()));
      byB.set(b, (reason = sharedReason(build(a, b))));
      size++;
    }
    return reason;
  };
}
