// A dashboard time as <LocalTime> writes it (components/leads/local-time.tsx), computed in the test
// from Intl: "Dec 7, 2026, 08:36" in the viewer's zone, the exact instant in `dateTime`, the zone
// named in the title ("… New York (GMT−5)"), and with `exactUtcTitle` the UTC instant to the second
// after it ("… · 2026-12-07 13:36:56 UTC").
import { expect, type Locator } from "@playwright/test";
import { offsetAt } from "./zone-text";

/** "Dec 7, 2026, 08:36": an instant in a zone in the dashboard's words (components/leads/format.ts). */
export function dashboardTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone });
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day}, ${clock}`;
}

/**
 * `time` (a <time> element) reads in `timeZone`, named `place` with its offset in the title, and
 * carries the exact instant; returns that instant (ISO).
 */
export async function expectLocalTime(time: Locator, timeZone: string, place: string, { exactUtcTitle = false } = {}): Promise<string> {
  const iso = (await time.getAttribute("datetime")) ?? "";
  expect(new Date(iso).toISOString(), "dateTime holds the exact instant").toBe(iso);
  const text = dashboardTime(iso, timeZone);
  await expect(time).toHaveText(text);
  const zoned = `${text} ${place} (${offsetAt(timeZone, new Date(iso))})`;
  await expect(time).toHaveAttribute("title", exactUtcTitle ? `${zoned} · ${iso.slice(0, 19).replace("T", " ")} UTC` : zoned);
  return iso;
}
