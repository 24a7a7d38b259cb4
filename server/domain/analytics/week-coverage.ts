// How much of a calendar week (Monday to Sunday, UTC days, as date_trunc('week') groups) a date
// range covers: the first and last weeks of a range that starts or ends mid-week are partial, and
// their figures come from fewer days than the others. Pure.

const DAY_MS = 86_400_000;
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface TWeekCoverage {
  /** Days of the week inside the range (1–7; 0 when they do not meet). */
  days: number;
  /** The first and last covered day (YYYY-MM-DD), or null when none is covered. */
  first: string | null;
  last: string | null;
  isPartial: boolean;
}

/** `weekStart`: the week's Monday; `from` and `to`: the range's first and last day (inclusive). */
export function weekCoverage(weekStart: string, from: string, to: string): TWeekCoverage {
  const start = dayMs(weekStart);
  const first = Math.max(start, dayMs(from));
  const last = Math.min(start + 6 * DAY_MS, dayMs(to));
  const days = last < first ? 0 : Math.round((last - first) / DAY_MS) + 1;
  return { days, first: days > 0 ? dayOf(first) : null, last: days > 0 ? dayOf(last) : null, isPartial: days < 7 };
}
