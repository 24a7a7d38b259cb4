// Percentiles and "share within" for durations (speed-to-lead). Linear interpolation between the
// closest ranks, the same definition as PostgreSQL's percentile_cont, so a figure computed here
// and one computed by the database agree. Pure: no I/O.

/** The p-th percentile (0 ≤ p ≤ 1) of the values, or null for none. Non-finite values are ignored. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be within 0..1, got ${p}`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/** Share (0..1) of the values ≤ limit, or null for none. */
export function shareWithin(values: readonly number[], limit: number): number | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  return finite.filter((v) => v <= limit).length / finite.length;
}

/** A ratio, null when the denominator is 0 (a rate of nothing is unknown, not 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** "4m 05s", "1h 12m", "2d 3h" — a duration in seconds for a table cell. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "–";
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  return `${Math.floor(s / 86_400)}d ${Math.floor((s % 86_400) / 3600)}h`;
}

/** "42.5 %" or "–". */
export function formatRate(value: number | null): string {
  return value === null ? "–" : `${(Math.round(value * 1000) / 10).toFixed(1)} %`;
}
