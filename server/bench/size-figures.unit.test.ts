import { describe, expect, it } from "vitest";
import { firstLoadBytes, median, parseRouteBundleStats, ratio, routeChunks, sizeTable, verdict } from "./size-figures";

const stats = [
  { route: "/f/[slug]", firstLoadChunkPaths: [".next/static/chunks/a.js", ".next/static/chunks/b.js", ".next/static/chunks/page.js"], firstLoadUncompressedJsBytes: 3 },
  { route: "/", firstLoadChunkPaths: [".next/static/chunks/a.js", ".next/static/chunks/b.js"] },
];
const gz: Record<string, number> = { ".next/static/chunks/a.js": 100_000, ".next/static/chunks/b.js": 30_000, ".next/static/chunks/page.js": 15_000 };

describe("route bundle statistics", () => {
  it("reads each route's first-load chunks and ignores other keys", () => {
    expect(parseRouteBundleStats(stats)).toEqual([
      { route: "/f/[slug]", firstLoadChunkPaths: stats[0]!.firstLoadChunkPaths },
      { route: "/", firstLoadChunkPaths: stats[1]!.firstLoadChunkPaths },
    ]);
  });

  it.each([
    ["not a list", { routes: [] }, /expected a list/],
    ["an entry without chunks", [{ route: "/" }], /entry 0/],
    ["chunk paths that are not text", [{ route: "/", firstLoadChunkPaths: [1] }], /entry 0/],
  ])("refuses %s", (_name, json, message) => expect(() => parseRouteBundleStats(json)).toThrow(message));

  it("names the routes it has when one is missing", () => {
    expect(() => routeChunks(parseRouteBundleStats(stats), "/nope")).toThrow("lists no route /nope (routes: /f/[slug], /)");
  });

  it("sums gzipped chunk sizes once each and gives the ratio to the floor", () => {
    const routes = parseRouteBundleStats(stats);
    const form = firstLoadBytes([...routeChunks(routes, "/f/[slug]"), ".next/static/chunks/a.js"], (c) => gz[c]!);
    const floor = firstLoadBytes(routeChunks(routes, "/"), (c) => gz[c]!);
    expect([form, floor]).toEqual([145_000, 130_000]);
    expect(ratio(form, floor)).toBeCloseTo(1.1154, 4);
    expect(verdict(ratio(form, floor), 1.15)).toBe("✓");
    expect(verdict(1.16, 1.15)).toBe("✗");
    expect(verdict(null, 1.15)).toBe("–");
    expect(() => ratio(1, 0)).toThrow();
  });
});

describe("median and table", () => {
  it.each([
    [[], null],
    [[300], 300],
    [[500, 100, 300], 300],
    [[400, 100, 300, 200], 250],
  ])("median of %j is %s", (values, expected) => expect(median(values)).toBe(expected));

  it("pads columns to the widest cell", () => {
    expect(sizeTable([{ measure: "loader, gzipped", value: "0.9 KB", goal: "≤ 1.5 KB", verdict: "✓" }])).toEqual([
      "  measure          figure  goal      ",
      "  ------------------------------------",
      "  loader, gzipped  0.9 KB  ≤ 1.5 KB  ✓",
    ]);
  });
});
