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

  it.each<[string, string | null, string]>([
    ["the cookie's zone", "Asia/Kolkata", "awaiting review until Dec 4, 2026, 20:10"],
    ["no zone known: UTC, named", null, "awaiting review until Dec 4, 2026, 14:40 UTC"],
  ])("<ZonedText>, %s", (_what, zone, text) => {
    expect(inZone(zone, createElement(ZonedText, { text: `awaiting review until ${markTime(AT)}` }))).toBe(text);
  });
});
