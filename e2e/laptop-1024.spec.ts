// A manager's and an admin's pages on a small laptop (1024 px), measured rather than looked at.
// Jobs: times in the viewer's zone and the dashboard's words ("Dec 8, 2026, 01:36"), as every
// other page writes them, the exact UTC instant kept in <time dateTime> and, to the second, in the
// title — the page wrote "2026-12-07 13:36:56" in UTC. Reps: the availability pill ("Off hours
// until 09:00 Tue") is one line, the zone it names beside or under it on one line of its own; in
// the narrow "Now" column the whole sentence wrapped inside the pill over three lines. Analytics:
// the speed view's week labels each sit on one line and no two overlap; the view's range and its
// partial-week notes are in the chart's date words ("Dec 6 – Dec 8, 2026"), not ISO days.
// Each test makes the data it reads (a lead of its own) or reads the seed's reps, whatever
// their state; nothing is changed that another spec could see but that lead.
import type { Locator } from "@playwright/test";
import { submitSalesReadyLead } from "./demo-lead";
import { expect, signInAs, test } from "./fixtures";

const VIEWER_ZONE = "Asia/Tokyo";
test.use({ viewport: { width: 1024, height: 800 }, timezoneId: VIEWER_ZONE });

/** "Dec 8, 2026, 01:36": an instant in the viewer's zone, as the dashboard writes it (components/leads/format.ts). */
function dashboardTime(iso: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: VIEWER_ZONE });
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: VIEWER_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day}, ${clock}`;
}

/** Height, line height and vertical padding of an element's box, in px. */
async function lines(el: Locator) {
  return el.evaluate((node) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return { text: node.textContent ?? "", height: box.height, right: box.right, lineHeight: parseFloat(style.lineHeight), padding, scroll: node.scrollWidth, client: node.clientWidth };
  });
}

test("jobs at 1024 px: times in the viewer's zone in the dashboard's words, the exact UTC instant in the title", async ({ page, request }) => {
  await submitSalesReadyLead(request, "laptop-jobs");
  await signInAs(page, "admin");
  await page.goto("/jobs");
  const table = page.getByRole("table", { name: "Jobs" });
  const created = table.getByRole("row").nth(1).getByRole("cell").nth(4);
  await expect(created, "a job's Created time in the dashboard's words, in the viewer's zone (no \"UTC\")").toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/);
  const time = created.locator("time");
  const iso = (await time.getAttribute("datetime"))!;
  expect(new Date(iso).toISOString(), "dateTime holds the exact instant").toBe(iso);
  await expect(time).toHaveText(dashboardTime(iso));
  const exact = `${iso.slice(0, 19).replace("T", " ")} UTC`;
  await expect(time).toHaveAttribute("title", `${dashboardTime(iso)} Tokyo (GMT+9) · ${exact}`);
  await expect(page.getByText("Times are UTC.")).toHaveCount(0);
});

test("reps at 1024 px: each availability pill is one line, its zone one line beside or under it, nothing cut", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto("/reps");
  const rows = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count, "the seed's reps are listed").toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) {
    const cell = rows.nth(i).getByRole("cell").nth(4);
    const pill = await lines(cell.locator("span.rounded-full").first());
    expect.soft(pill.height, `the pill "${pill.text}" is ${pill.height}px tall (one line: ${pill.lineHeight + pill.padding}px)`).toBeLessThanOrEqual(pill.lineHeight + pill.padding + 1);
    expect.soft(pill.scroll, `the pill "${pill.text}" is cut`).toBeLessThanOrEqual(pill.client);
    const whole = await lines(cell);
    expect.soft(pill.right, `the pill "${pill.text}" runs out of its cell`).toBeLessThanOrEqual(whole.right + 0.5);
    const zone = cell.locator("span.rounded-full + span");
    if ((await zone.count()) > 0) {
      const z = await lines(zone);
      expect.soft(z.height, `the zone "${z.text}" is ${z.height}px tall (one line: ${z.lineHeight}px)`).toBeLessThanOrEqual(z.lineHeight + 1);
      expect.soft(z.right, `the zone "${z.text}" runs out of its cell`).toBeLessThanOrEqual(whole.right + 0.5);
    }
  }
});

test("analytics at 1024 px: the speed view's week rows are one line in the chart's date words; the week ticks neither wrap nor overlap", async ({ page, request }) => {
  await submitSalesReadyLead(request, "laptop-weeks");
  // From yesterday to tomorrow (UTC): whatever the day, this lead's week is in the view and
  // covered for at most two of its days, so its row is a partial week, the longest name a week has.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await signInAs(page, "manager");
  await page.goto(`/analytics?view=speed&from=${day(-1)}&to=${day(1)}`);
  const table = page.getByTestId("analytics-table");
  const weeks = table.locator("tbody tr").filter({ has: page.locator("td:first-child", { hasText: /^Week$/ }) });
  await expect(weeks.first()).toBeVisible();
  for (const name of await weeks.locator("td:nth-child(2)").all()) {
    const cell = await lines(name);
    expect.soft(cell.text, "a week in the chart's date words (\"Dec 7* (1 of 7 days)\")").toMatch(/^[A-Z][a-z]{2} \d{1,2}(\* \(\d of 7 days\))?$/);
    expect.soft(cell.height, `the week "${cell.text}" is ${cell.height}px tall (one line: ${cell.lineHeight + cell.padding}px)`).toBeLessThanOrEqual(cell.lineHeight + cell.padding + 1);
  }
  // The view's range and its partial-week notes in the same words ("Dec 6 – Dec 8, 2026"), never ISO
  // days ("2026-12-06"); the range's days and the weeks stay UTC days, and say so.
  const word = "[A-Z][a-z]{2} \\d{1,2}";
  await expect(page.getByText(/\(UTC days\)\. Spam is never counted\.$/)).toHaveText(new RegExp(`^${word}(, \\d{4})? – ${word}, \\d{4} \\(UTC days\\)\\. Spam is never counted\\.$`));
  const partial = page.getByRole("list", { name: "Partial weeks" }).getByRole("listitem");
  await expect(partial.first()).toBeVisible();
  for (const note of await partial.allTextContents()) {
    expect.soft(note).toMatch(new RegExp(`^\\* Partial week of ${word}: ${word}( to ${word})? only \\([1-6] of 7 days\\), so fewer leads than a whole week\\.$`));
  }
  const scroller = await table.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
  expect(scroller.scroll, "the speed table scrolls sideways at 1024 px").toBeLessThanOrEqual(scroller.client);

  // The chart's week ticks: each one line, none over its neighbour.
  const ticks = await page.getByTestId("analytics-chart").locator(".recharts-xAxis-tick-labels").first().locator("text").evaluateAll((texts) =>
    texts.map((t) => ({ text: t.textContent ?? "", lines: t.querySelectorAll("tspan").length, left: t.getBoundingClientRect().left, right: t.getBoundingClientRect().right })),
  );
  expect(ticks.length, "the chart has week ticks").toBeGreaterThan(0);
  for (const [i, tick] of ticks.entries()) {
    expect.soft(tick.lines, `the tick "${tick.text}" is on ${tick.lines} lines`).toBe(1);
    const next = ticks[i + 1];
    if (next) expect.soft(tick.right, `the ticks "${tick.text}" and "${next.text}" overlap`).toBeLessThanOrEqual(next.left);
  }
});
