// Analytics' calendar days in the words the analytics page writes them: "Dec 3" on the chart's
// ticks, the week rows and the partial-week notes, and "Sep 9 – Dec 7, 2026" for the view's range.
// The days are UTC calendar days ("YYYY-MM-DD", a week's key its Monday in UTC, as the SQL groups
// them), so a day's words are that very day wherever the viewer is — shifting it to their zone
// would name the Sunday before; the page says "(UTC)" where it matters. The CSV keeps the ISO
// form. Pure.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})(\*?)$/;

/** "2026-12-03" → "Dec 3", "2026-11-30*" → "Nov 30*" (a partial week keeps its mark); anything else as it is. */
export function dayLabel(key: unknown): string {
  const text = String(key ?? "");
  const m = DAY_KEY.exec(text);
  if (!m) return text;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}${m[4]}` : text;
}

/** The year of a day key, or null when the text is not one ("2026-13-01" is not). */
function yearOf(day: string): string | null {
  const m = DAY_KEY.exec(day);
  return m && !m[4] && dayLabel(day) !== day ? m[1]! : null;
}

/**
 * A range of days: "Sep 9 – Dec 7, 2026" (one year written once), "Dec 1, 2025 – Feb 28, 2026"
 * across a new year, "Dec 7, 2026" for one day; text that is not a day is left as written.
 */
export function dayRangeText(from: string, to: string): string {
  const a = yearOf(from);
  const b = yearOf(to);
  if (!a || !b) return `${a ? `${dayLabel(from)}, ${a}` : from} – ${b ? `${dayLabel(to)}, ${b}` : to}`;
  if (from === to) return `${dayLabel(to)}, ${b}`;
  return a === b ? `${dayLabel(from)} – ${dayLabel(to)}, ${b}` : `${dayLabel(from)}, ${a} – ${dayLabel(to)}, ${b}`;
}
