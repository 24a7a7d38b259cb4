// Size figures of the hosted form (issue 10): pure pieces of `npm run size` — reading Next.js's
// route bundle statistics, summing a route's first-load JavaScript, ratios against the floor, the
// median LCP, and the printed table. No I/O here: server/cli/lib/size-run.ts reads the files.
//
// First-load JS of a route = every chunk Next lists in .next/diagnostics/route-bundle-stats.json
// as `firstLoadChunkPaths` for it (framework, root layout and the page's own chunks; lazy chunks
// are not listed), each gzipped at level 9 and summed.

/** One route of .next/diagnostics/route-bundle-stats.json (Next.js 16; other keys are ignored). */
export interface TRouteBundle {
  route: string;
  firstLoadChunkPaths: string[];
}

export function parseRouteBundleStats(json: unknown): TRouteBundle[] {
  if (!Array.isArray(json)) throw new Error("route-bundle-stats.json: expected a list of routes (has Next.js changed its format?)");
  return json.map((entry, index) => {
    const { route, firstLoadChunkPaths } = (entry ?? {}) as Record<string, unknown>;
    if (typeof route !== "string" || !Array.isArray(firstLoadChunkPaths) || !firstLoadChunkPaths.every((p) => typeof p === "string")) {
      throw new Error(`route-bundle-stats.json: entry ${index} has no route / firstLoadChunkPaths`);
    }
    return { route, firstLoadChunkPaths: firstLoadChunkPaths as string[] };
  });
}

export function routeChunks(routes: readonly TRouteBundle[], route: string): string[] {
  const found = routes.find((r) => r.route === route);
  if (!found) throw new Error(`route-bundle-stats.json lists no route ${route} (routes: ${routes.map((r) => r.route).join(", ")})`);
  return found.firstLoadChunkPaths;
}

/** Sum of the chunks' gzipped sizes; each chunk counted once. */
export function firstLoadBytes(chunks: readonly string[], gzippedSize: (chunk: string) => number): number {
  return [...new Set(chunks)].reduce((sum, chunk) => sum + gzippedSize(chunk), 0);
}

export function ratio(value: number, floor: number): number {
  if (!(floor > 0)) throw new Error("the floor must be a positive size");
  return value / floor;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export interface TSizeRow {
  measure: string;
  /** The figure as printed, or why it is missing. */
  value: string;
  goal: string;
  /** ✓ / ✗ against the goal; "–" when there is no figure. Printed, never asserted. */
  verdict: "✓" | "✗" | "–";
}

export function verdict(value: number | null, limit: number): TSizeRow["verdict"] {
  if (value === null) return "–";
  return value <= limit ? "✓" : "✗";
}

/** A plain-text table: one row per measure, columns padded to their widest cell. */
export function sizeTable(rows: readonly TSizeRow[]): string[] {
  const header: TSizeRow = { measure: "measure", value: "figure", goal: "goal", verdict: "–" };
  const all = [header, ...rows];
  const width = (key: "measure" | "value" | "goal") => Math.max(...all.map((r) => r[key].length));
  const line = (r: TSizeRow, mark: string) => `  ${r.measure.padEnd(width("measure"))}  ${r.value.padEnd(width("value"))}  ${r.goal.padEnd(width("goal"))}  ${mark}`;
  return [line(header, ""), `  ${"-".repeat(width("measure") + width("value") + width("goal") + 7)}`, ...rows.map((r) => line(r, r.verdict))];
}
