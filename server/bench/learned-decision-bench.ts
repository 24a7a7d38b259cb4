// The learned chooser in the pure routing decision (decideRouting) at 10, 100 and 1,000 reps: one
// path to a team of every rep with available now + capacity, then Thompson sampling over outcome
// counters for 6 industries × 3 size bands per rep (past warm-up, floor share on, nobody below it
// so the draws always run). Reps and leads as in routing-decision-bench.ts.
import { decideRouting } from "../domain/routing/decide-routing";
import { DEFAULT_SEGMENT_RANGES } from "../domain/routing/lead-attributes";
import { leadSegment } from "../domain/routing/learned/lead-segment";
import type { TOutcomeCell, TPoolLearning } from "../domain/routing/learned/learned-types";
import { poolLearning } from "../domain/routing/learned/pool-learning";
import { rotationPoolId, ZRoutingConfig } from "../domain/routing/routing-config";
import type { TPoolRotation, TTeamState } from "../domain/routing/routing-types";
import { benchLead, generateReps } from "./routing-decision-bench";
import { allocatedPerCall, cpuMicros, fmt, percentile } from "./stats";

const NOW = new Date("2026-12-01T15:00:00Z");

function learnedConfig() {
  return ZRoutingConfig.parse({
    paths: [
      {
        id: "learned",
        name: "Learned",
        when: { kind: "group", op: "and", conditions: [] },
        destination: {
          type: "team",
          teamId: "all",
          strategy: { filters: [{ type: "available_now" }, { type: "capacity" }], chooser: { type: "learned", outcome: "won", segmentBy: ["industry", "segment"] } },
        },
      },
    ],
    fallback: { ownerUserId: "manager", queueName: "Backup" },
    attributes: { industry: { field: "industry" }, segment: { field: "company_size", ranges: DEFAULT_SEGMENT_RANGES }, region: { field: "region" } },
  });
}

function learning(repIds: readonly string[], segmentKeys: readonly string[]): TPoolLearning {
  const cells: Record<string, Record<string, TOutcomeCell>> = {};
  const weekAssigned: Record<string, number> = {};
  repIds.forEach((id, i) => {
    cells[id] = Object.fromEntries(segmentKeys.map((key, k) => [key, { successes: (i + k) % 7, failures: 10 + ((i * 3 + k) % 11) }]));
    weekAssigned[id] = 5;
  });
  return poolLearning(cells, weekAssigned);
}

export function runLearnedDecisionBench(sizes: readonly number[] = [10, 100, 1000]): { lines: string[]; bySize: Map<number, { p50: number; p99: number; cpuUs: number; allocatedKb: number }> } {
  const config = learnedConfig();
  const strategy = config.paths[0]!.destination;
  const bySize = new Map<number, { p50: number; p99: number; cpuUs: number; allocatedKb: number }>();
  const lines = ["Routing decision with the learned chooser (decideRouting, pure): available now + capacity, then Thompson sampling over 18 segments per rep"];
  for (const size of sizes) {
    const reps = generateReps(size);
    const teams: TTeamState[] = [{ id: "all", name: "All", isActive: true, repIds: reps.map((r) => r.id) }];
    const leads = Array.from({ length: 64 }, (_, i) => benchLead(i));
    const segments = [...new Set(leads.map((l) => leadSegment(l, ["industry", "segment"]).key))];
    const poolId = rotationPoolId("learned", "all");
    const pool = { [poolId]: learning(teams[0]!.repIds, segments) };
    let rotations: Record<string, TPoolRotation> = {};
    let learnedPicks = 0;
    const decide = (i: number) => {
      const decision = decideRouting({ config, configVersion: 1, lead: leads[i % leads.length]!, reps, teams, rotations, accountOwners: {}, learning: pool, now: NOW });
      for (const r of decision.rotationUpdates) rotations = { ...rotations, [r.poolId]: r };
      return decision;
    };
    const iterations = size >= 1000 ? 400 : size >= 100 ? 2000 : 10_000;
    for (let i = 0; i < Math.min(200, iterations); i++) decide(i);
    const durations: number[] = [];
    const cpuStarted = cpuMicros();
    // One decision per call of `timed`, so that the previous decision is not still held by this
    // loop while the next one runs (a service saves a decision and drops it).
    const timed = (i: number): boolean => {
      const t0 = performance.now();
      const d = decide(i);
      durations.push(performance.now() - t0);
      return d.reasons.some((r) => r.code === "LEARNED_CHOICE");
    };
    for (let i = 0; i < iterations; i++) if (timed(i)) learnedPicks++;
    const cpuUs = (cpuMicros() - cpuStarted) / iterations;
    let next = iterations;
    const allocatedKb = allocatedPerCall(() => void decide(next++)) / 1024;
    durations.sort((a, b) => a - b);
    bySize.set(size, { p50: percentile(durations, 50), p99: percentile(durations, 99), cpuUs, allocatedKb });
    lines.push(
      `  ${String(size).padStart(5)} reps   p50 ${fmt(percentile(durations, 50), 3)} ms · p99 ${fmt(percentile(durations, 99), 3)} ms · CPU ${fmt(cpuUs, 0)} µs and ~${fmt(allocatedKb, 0)} KB allocated per decision   (${iterations} decisions, ${Math.round((learnedPicks / iterations) * 100)}% by Thompson sampling; strategy: ${strategy.type})`,
    );
  }
  return { lines, bySize };
}
