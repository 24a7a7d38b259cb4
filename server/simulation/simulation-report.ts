// The simulator's figures and text: one world per seed run under round-robin, learned and the
// oracle on the same leads; the oracle's gain over round-robin and the share of it learned routing
// captures; each rep's share of the leads against a fair share; regret over time as an ASCII chart.
import type { TLearnedChooserInput } from "../domain/routing/learned/learned-config";
import { createWorld, type TWorldCase } from "./precise-world";
import { runPolicy, type TPolicyRun } from "./run-policy";

export interface TSeedResult {
  seed: number;
  kind: TWorldCase;
  rr: TPolicyRun;
  learned: TPolicyRun;
  oracle: TPolicyRun;
  /** (learned − round-robin) / (oracle − round-robin), in % (NaN when the oracle gains nothing). */
  captured: number;
  /** The same over the leads of the second half. */
  capturedSecondHalf: number;
  /** The same over the leads of the last three weeks (how far it has recovered after a change). */
  capturedLastWeeks: number;
  /** Each rep's leads under learned routing ÷ (assigned ÷ reps). */
  shares: number[];
  lowestShare: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : (a / b) * 100);
/** Conversions of the leads of the last 21 days. */
const lastWeeks = (run: TPolicyRun) => (run.cumulativeByDay.at(-1) ?? 0) - (run.cumulativeByDay.at(-22) ?? 0);

/** `learned`: the learned chooser's settings (default: the routing document's defaults, segments by industry). */
export function simulateSeed(seed: number, kind: TWorldCase = "distinct", options: { leads?: number; days?: number; learned?: TLearnedChooserInput } = {}): TSeedResult {
  const world = createWorld(seed, kind, options);
  const rr = runPolicy(world, "round_robin");
  const learned = options.learned ? runPolicy(world, "learned", options.learned) : runPolicy(world, "learned");
  const oracle = runPolicy(world, "oracle");
  const fair = learned.assigned / world.reps.length;
  const shares = learned.perRep.map((n) => n / fair);
  return {
    seed,
    kind,
    rr,
    learned,
    oracle,
    captured: ratio(learned.conversions - rr.conversions, oracle.conversions - rr.conversions),
    capturedSecondHalf: ratio(learned.secondHalf - rr.secondHalf, oracle.secondHalf - rr.secondHalf),
    capturedLastWeeks: ratio(lastWeeks(learned) - lastWeeks(rr), lastWeeks(oracle) - lastWeeks(rr)),
    shares,
    lowestShare: Math.min(...shares),
  };
}

/** The closing line scripts read. */
export function summaryLine(r: TSeedResult): string {
  return `seed ${r.seed}: learned routing captures ${r.captured.toFixed(1)}% of the oracle's gain over round-robin; lowest rep share ${r.lowestShare.toFixed(2)}× fair`;
}

/** Cumulative regret (oracle − policy conversions) by day as an ASCII chart: L = learned, R = round-robin. */
export function regretChart(r: TSeedResult, width = 60, height = 10): string[] {
  const days = r.oracle.cumulativeByDay.length;
  const at = (run: TPolicyRun, d: number) => (r.oracle.cumulativeByDay[d] ?? 0) - (run.cumulativeByDay[d] ?? 0);
  const cols = Array.from({ length: width }, (_, c) => Math.min(days - 1, Math.floor(((c + 1) * days) / width) - 1));
  const max = Math.max(1, ...cols.map((d) => Math.max(at(r.rr, d), at(r.learned, d))));
  const row = (v: number) => Math.round((Math.max(0, v) / max) * (height - 1));
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => " "));
  cols.forEach((d, c) => {
    grid[height - 1 - row(at(r.rr, d))]![c] = "R";
    const l = height - 1 - row(at(r.learned, d));
    grid[l]![c] = grid[l]![c] === "R" ? "*" : "L";
  });
  const label = (i: number) => (i === 0 ? String(Math.round(max)).padStart(5) : i === height - 1 ? "    0" : "     ");
  return [
    `  regret (conversions behind the oracle), day 1–${days}: R round-robin, L learned, * both`,
    ...grid.map((line, i) => `  ${label(i)} |${line.join("")}`),
    `        +${"-".repeat(width)}`,
  ];
}

export function seedReport(r: TSeedResult, names: readonly string[]): string[] {
  const pct = (n: number, d: number) => `${((n / Math.max(1, d)) * 100).toFixed(1)}%`;
  const line = (label: string, run: TPolicyRun) =>
    `  ${label.padEnd(12)} ${String(run.conversions).padStart(5)} conversions (${pct(run.conversions, run.assigned)} of ${run.assigned} assigned, ${run.unassigned} to the queue; expected ${run.expectedConversions.toFixed(0)})`;
  const shares = r.shares.map((s, i) => `${names[i] ?? i} ${s.toFixed(2)}`).join(" · ");
  return [
    `seed ${r.seed} (${r.kind.replace("_", " ")}):`,
    line("round-robin", r.rr),
    line("learned", r.learned),
    line("oracle", r.oracle),
    `  oracle's gain over round-robin: ${r.oracle.conversions - r.rr.conversions}; learned captures ${r.captured.toFixed(1)}% (second half ${r.capturedSecondHalf.toFixed(1)}%)`,
    `  learned share vs fair (1.00 = fair): ${shares}`,
    ...regretChart(r),
  ];
}
