import { describe, expect, it } from "vitest";
import { edgeBand, edgeScrollSpeed, EDGE_SCROLL_MAX_SPEED as MAX } from "./edge-scroll-speed";

describe("edgeBand", () => {
  it.each([
    { height: 300, band: 64 },
    { height: 800, band: 120 },
    { height: 844, band: 126.6 },
    { height: 1400, band: 160 },
  ])("$height px tall: $band px", ({ height, band }) => {
    expect(edgeBand(height)).toBeCloseTo(band, 5);
  });
});

describe("edgeScrollSpeed (800 px window, band 120 px, toolbar 60 px)", () => {
  it.each([
    { what: "the middle of the window", y: 400, speed: 0 },
    { what: "just above the bottom band", y: 679, speed: 0 },
    { what: "the bottom band's inner border", y: 680.0001, speed: MAX * 0.25 },
    { what: "half way into the bottom band", y: 740, speed: MAX * 0.625 },
    { what: "the bottom edge", y: 800, speed: MAX },
    { what: "below the window (clamped)", y: 900, speed: MAX },
    { what: "just below the top band (under the toolbar)", y: 181, speed: 0 },
    { what: "the top band's inner border", y: 179.9999, speed: -MAX * 0.25 },
    { what: "half way into the top band", y: 120, speed: -MAX * 0.625 },
    { what: "on the toolbar", y: 30, speed: -MAX },
    { what: "above the window (clamped)", y: -50, speed: -MAX },
  ])("$what (y $y): $speed px/s", ({ y, speed }) => {
    expect(edgeScrollSpeed(y, 800, 60)).toBeCloseTo(speed, 0);
  });

  it("without a toolbar the top band starts at the window's top", () => {
    expect(edgeScrollSpeed(119, 800, 0)).toBeLessThan(0);
    expect(edgeScrollSpeed(121, 800, 0)).toBe(0);
  });
});
