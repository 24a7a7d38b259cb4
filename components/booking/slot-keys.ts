// The times' radio group from the keyboard (slot-times.tsx): which time an arrow key moves to.

const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** The index `key` moves to from `index` among `count` times (arrows wrap; Home/End); null: not a move key. */
export function movedIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = STEP[key];
  return step === undefined ? null : (index + step + count) % count;
}
