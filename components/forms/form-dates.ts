// A day as the dashboard writes it ("Dec 4, 2026"), in UTC so server and browser render the same text.
export function formatDay(date: Date): string {
  return date.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}
