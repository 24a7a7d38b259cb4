// TPoolLearning from outcome cells: the sums a decision needs (per rep, per segment, the pool),
// computed once when the counters are loaded (or kept up to date by addOutcome in the simulator),
// so that the learned chooser stays O(reps) per decision.
import type { TOutcomeCell, TPoolLearning } from "./learned-types";

type TMutableLearning = {
  cells: Record<string, Record<string, TOutcomeCell>>;
  repTotals: Record<string, TOutcomeCell>;
  segmentTotals: Record<string, TOutcomeCell>;
  total: TOutcomeCell;
  weekAssigned: Record<string, number>;
};

function add(target: Record<string, TOutcomeCell>, key: string, successes: number, failures: number) {
  const cell = (target[key] ??= { successes: 0, failures: 0 });
  cell.successes += successes;
  cell.failures += failures;
}

// Each learning made here also keeps its cells by segment first (segment → rep → the same cell
// objects), beside it rather than in it, so records and JSON never see it: a decision reads its
// lead's one segment for each rep with one Map lookup, where cells[rep][segment] is a keyed load
// whose key changes with every lead's segment (~5× slower at 1,000 reps).
type TSegmentIndex = Map<string, Map<string, TOutcomeCell>>;
const segmentIndexes = new WeakMap<object, TSegmentIndex>();
const NO_CELLS: ReadonlyMap<string, TOutcomeCell> = new Map();

export function poolLearning(cells: Readonly<Record<string, Readonly<Record<string, TOutcomeCell>>>>, weekAssigned: Readonly<Record<string, number>> = {}): TPoolLearning {
  const learning: TMutableLearning = { cells: {}, repTotals: {}, segmentTotals: {}, total: { successes: 0, failures: 0 }, weekAssigned: { ...weekAssigned } };
  segmentIndexes.set(learning.cells, new Map());
  for (const repId of Object.keys(cells)) {
    const own = cells[repId]!;
    for (const key of Object.keys(own)) addOutcomes(learning, repId, key, own[key]!.successes, own[key]!.failures);
  }
  return learning;
}

/**
 * The cells of one segment by rep id, for a learning made by poolLearning (kept up to date by
 * addOutcomes); undefined for any other (a recorded slice): read `cells[rep][segment]` then.
 */
export function segmentCells(learning: Pick<TPoolLearning, "cells">, segmentKey: string): ReadonlyMap<string, TOutcomeCell> | undefined {
  const index = segmentIndexes.get(learning.cells);
  return index ? (index.get(segmentKey) ?? NO_CELLS) : undefined;
}

/** Counts outcomes into a learning built by poolLearning (the simulator's running counters). */
export function addOutcomes(learning: TPoolLearning, repId: string, segmentKey: string, successes: number, failures: number): void {
  const l = learning as TMutableLearning;
  const own = (l.cells[repId] ??= {});
  if (!Object.hasOwn(own, segmentKey)) {
    const cell = (own[segmentKey] = { successes: 0, failures: 0 });
    const index = segmentIndexes.get(l.cells);
    if (index) {
      let bySegment = index.get(segmentKey);
      if (!bySegment) index.set(segmentKey, (bySegment = new Map()));
      bySegment.set(repId, cell);
    }
  }
  add(own, segmentKey, successes, failures);
  add(l.repTotals, repId, successes, failures);
  add(l.segmentTotals, segmentKey, successes, failures);
  l.total.successes += successes;
  l.total.failures += failures;
}

/** A lead this pool gave a rep this week (the simulator's running shares). A new counts object: the floor share memoises per object (learned-chooser.ts). */
export function addWeekAssigned(learning: TPoolLearning, repId: string): void {
  const l = learning as TMutableLearning;
  l.weekAssigned = { ...l.weekAssigned, [repId]: (l.weekAssigned[repId] ?? 0) + 1 };
}

export function resetWeek(learning: TPoolLearning): void {
  (learning as TMutableLearning).weekAssigned = {};
}
