// Skipped reps for reading: reps of one path skipped for the same reasons (the same text) on one
// line, in the order the decision met them. A 1,000-rep pool's decision skips 999 reps for a few
// dozen distinct reasons ("not chosen: Tom Becker's turn", "outside working hours until 09:00
// New York (GMT−5)"), so the lead page and Test a lead show a few dozen lines, not 999. The
// records themselves (API, stored decision) keep every rep.

export interface TSkippedGroup<T> {
  pathId: string;
  /** The reasons as read, shared by every rep of the group. */
  text: string;
  /** The group's entries, in the decision's order. */
  items: T[];
}

/** `skipped` grouped by path and reason text, groups in order of first appearance. */
export function groupSkipped<T extends { pathId: string }>(skipped: readonly T[], textOf: (entry: T) => string): TSkippedGroup<T>[] {
  const groups = new Map<string, TSkippedGroup<T>>();
  for (const entry of skipped) {
    const text = textOf(entry);
    const key = JSON.stringify([entry.pathId, text]);
    const group = groups.get(key);
    if (group) group.items.push(entry);
    else groups.set(key, { pathId: entry.pathId, text, items: [entry] });
  }
  return [...groups.values()];
}
