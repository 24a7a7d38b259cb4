// <LocalTime> and <ZonedText> in the server's HTML (renderToStaticMarkup: what the server sends and
// the browser's first render must match): in the zone the viewer's cookie named (<ViewerZoneProvider>),
// else UTC, named, as before the browser has said.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalTime } from "./local-time";
import { markTime } from "./time-marks";
import { ViewerZoneProvider } from "./viewer-zone-provider";
import { ZonedText } from "./zoned-text";

const AT = "2026-12-04T14:40:00.000Z";
const inZone = (zone: string | null | undefined, node: ReactNode) =>
  renderToStaticMarkup(zone === undefined ? node : createElement(ViewerZoneProvider, { zone, children: node }));

describe("the server's HTML for a time", () => {
  it.each<[string, string | null | undefined, string]>([
    ["the cookie's zone", "Asia/Kolkata", `<time dateTime="${AT}" title="Dec 4, 2026, 20:10 Kolkata (GMT+5:30)">Dec 4, 2026, 20:10</time>`],
    ["another day there", "Pacific/Kiritimati", `<time dateTime="${AT}" title="Dec 5, 2026, 04:40 Kiritimati (GMT+14)">Dec 5, 2026, 04:40</time>`],
    ["no zone known (a first visit): UTC, named", null, `<time dateTime="${AT}">Dec 4, 2026, 14:40 UTC</time>`],
    ["outside the provider: UTC, named", undefined, `<time dateTime="${AT}">Dec 4, 2026, 14:40 UTC</time>`],
  ])("<LocalTime>, %s", (_what, zone, html) => {
    expect(inZone(zone, createElement(LocalTime, { date: AT }))).toBe(html);
  });

  // exactUtcTitle (the Jobs page): the same text, and the exact instant in UTC to the second in the
  // title after the zone named — what an admin matches against the worker's logs; the UTC instant
  // alone before the browser has said its zone. (Was jobTimeText/jobTimeTitle, job-time-title.ts.)
  const JOB_AT = "2026-12-07T13:36:56.789Z";
  it.each<[string, string | null | undefined, string]>([
    ["Berlin", "Europe/Berlin", `<time dateTime="${JOB_AT}" title="Dec 7, 2026, 14:36 Berlin (GMT+1) · 2026-12-07 13:36:56 UTC">Dec 7, 2026, 14:36</time>`],
    ["Los Angeles", "America/Los_Angeles", `<time dateTime="${JOB_AT}" title="Dec 7, 2026, 05:36 Los Angeles (GMT−8) · 2026-12-07 13:36:56 UTC">Dec 7, 2026, 05:36</time>`],
    ["Tokyo", "Asia/Tokyo", `<time dateTime="${JOB_AT}" title="Dec 7, 2026, 22:36 Tokyo (GMT+9) · 2026-12-07 13:36:56 UTC">Dec 7, 2026, 22:36</time>`],
    ["no zone known: UTC, named; the UTC instant alone in the title", null, `<time dateTime="${JOB_AT}" title="2026-12-07 13:36:56 UTC">Dec 7, 2026, 13:36 UTC</time>`],
    ["outside the provider: the same", undefined, `<time dateTime="${JOB_AT}" title="2026-12-07 13:36:56 UTC">Dec 7, 2026, 13:36 UTC</time>`],
  ])("<LocalTime exactUtcTitle>, %s", (_what, zone, html) => {
    expect(inZone(zone, createElement(LocalTime, { date: new Date(JOB_AT), exactUtcTitle: true }))).toBe(html);
  });

  it.each<[string, string | null, string]>([
    ["the cookie's zone", "Asia/Kolkata", "awaiting review until Dec 4, 2026, 20:10"],
    ["no zone known: UTC, named", null, "awaiting review until Dec 4, 2026, 14:40 UTC"],
  ])("<ZonedText>, %s", (_what, zone, text) => {
    expect(inZone(zone, createElement(ZonedText, { text: `awaiting review until ${markTime(AT)}` }))).toBe(text);
  });
});
