// Pure helpers for the analytics charts: readable x labels for the views' day keys (and the
// tables' Week rows in the same words), a duration panel's unit (minutes, or hours once its largest
// value passes two hours), and which series share a chart. No React, no I/O: table-tested in chart-format.test.ts.
import { dayLabel } from "@/server/domain/analytics/day-words";

/** "2026-12-03" → "Dec 3", "2026-11-30*" → "Nov 30*": a UTC day key in the chart's words (day-words.ts, shared with the notes and the page's range). */
export { dayLabel };

export interface TDurationUnit {
  /** Axis label, "min" or "h". */
  unit: "min" | "h";
  /** Minutes per unit: values in minutes are divided by it to be drawn. */
  perUnit: number;
}

/** A panel of durations in minutes is drawn in hours once its largest value passes two hours. */
export function durationUnit(valuesInMinutes: readonly (number | null | undefined)[]): TDurationUnit {
  const max = Math.max(0, ...valuesInMinutes.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
  return max > 120 ? { unit: "h", perUnit: 60 } : { unit: "min", perUnit: 1 };
}

/** A tick on a duration axis: "0", "2.5", "12", "1,200" (the unit is on the axis). */
export function durationTick(value: number): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Math.abs(value) < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return rounded.toLocaleString("en-US");
}

export interface TChartPanel {
  title: string;
  keys: readonly string[];
}

/**
 * The series grouped into the panels that name them (in the panels' order, a panel naming none of
 * the series left out); series no panel names go into one more panel titled `restTitle`. Without
 * panels, one panel of every series.
 */
export function groupSeries<T extends { key: string }>(series: readonly T[], panels: readonly TChartPanel[] | undefined, restTitle = ""): { title: string; series: T[] }[] {
  if (!panels || panels.length === 0) return [{ title: restTitle, series: [...series] }];
  const out = panels.map((p) => ({ title: p.title, series: p.keys.flatMap((k) => series.filter((s) => s.key === k)) })).filter((p) => p.series.length > 0);
  const named = new Set(panels.flatMap((p) => p.keys));
  const rest = series.filter((s) => !named.has(s.key));
  if (rest.length > 0) out.push({ title: restTitle, series: rest });
  return out;
}

const WEEK_ROW = /^(\d{4}-\d{2}-\d{2})(?: \(partial: (\d) of 7 days\))?$/;

/**
 * A Week row's name in the views' tables as the chart's tick says the week: "2026-11-30" →
 * "Nov 30", "2026-09-07 (partial: 5 of 7 days)" → "Sep 7* (5 of 7 days)" (the "*" the chart and
 * the partial-week note use). In the speed table's narrow Name column at 1024 px the ISO form
 * wrapped over three lines. Anything else as it is; the CSV keeps the ISO form.
 */
export function weekRowLabel(text: string): string {
  const m = WEEK_ROW.exec(text);
  if (!m) return text;
  const day = dayLabel(m[1]);
  if (day === m[1]) return text;
  return m[2] ? `${day}* (${m[2]} of 7 days)` : day;
}
