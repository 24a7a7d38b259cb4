// A sequence's version history reads its publishing times as every other dashboard time does
// (<LocalTime>: the viewer's zone, UTC named before the browser has said), not as raw UTC text
// ("2026-12-04 14:40 UTC"). renderToStaticMarkup: the server's HTML, which the first render matches.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ViewerZoneProvider } from "@/components/leads/viewer-zone-provider";
import { SequenceVersions } from "./sequence-versions";

const FIGURES = { enrolled: 0, active: 0, sent: 0, clicked: 0, unsubscribed: 0, graduated: 0, booked: 0 };
const versions = [
  { version: 2, publishedAt: new Date("2026-12-04T14:40:00.000Z"), enrolled: 3 },
  { version: 1, publishedAt: new Date("2026-12-01T02:05:00.000Z"), enrolled: 0 },
];

const html = (zone: string | null): string =>
  renderToStaticMarkup(createElement(ViewerZoneProvider, { zone, children: createElement(SequenceVersions, { versions, publishedVersion: 2, figures: FIGURES }) }));

const rows = (zone: string | null): string[] => {
  return [...html(zone).matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|").replace(/^\||\|$/g, ""));
};

const times = (zone: string | null): string[] => {
  return [...html(zone).matchAll(/<time dateTime="([^"]+)"[^>]*>([^<]*)<\/time>/g)].map((m) => `${m[1]} ${m[2]}`);
};

describe("SequenceVersions: publishing times", () => {
  it.each<[string, string | null, string[]]>([
    ["the viewer's zone", "America/New_York", ["2026-12-04T14:40:00.000Z Dec 4, 2026, 09:40", "2026-12-01T02:05:00.000Z Nov 30, 2026, 21:05"]],
    ["another day in the viewer's zone", "Asia/Tokyo", ["2026-12-04T14:40:00.000Z Dec 4, 2026, 23:40", "2026-12-01T02:05:00.000Z Dec 1, 2026, 11:05"]],
    ["no zone known yet: UTC, named", null, ["2026-12-04T14:40:00.000Z Dec 4, 2026, 14:40 UTC", "2026-12-01T02:05:00.000Z Dec 1, 2026, 02:05 UTC"]],
  ])("%s", (_what, zone, expected) => {
    expect(times(zone)).toEqual(expected);
  });

  it("keeps the version, the current mark and the enrolled count", () => {
    expect(rows(null)).toEqual(["Version 2 (current)|Dec 4, 2026, 14:40 UTC| · 3 enrolled", "Version 1|Dec 1, 2026, 02:05 UTC| · 0 enrolled"]);
  });
});
