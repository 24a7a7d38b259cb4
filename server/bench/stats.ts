// Small statistics helpers for benchmarks: percentiles over recorded durations, CPU time and heap
// allocation per call.
import v8 from "node:v8";

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index]!;
}

export interface TLatencySummary {
  count: number;
  p50: number;
  p99: number;
  throughputPerS: number;
}

/** Runs `task` `total` times with `concurrency` in flight; returns latency percentiles (ms) and throughput. */
export async function runConcurrent(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<TLatencySummary> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  async function lane() {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const t0 = performance.now();
      await task(i);
      durations.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsedS = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return { count: total, p50: percentile(durations, 50), p99: percentile(durations, 99), throughputPerS: total / elapsedS };
}

/** Mean microseconds per call of a synchronous function, after a warm-up. */
export function microsPerOp(fn: () => void, iterations: number): number {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - t0) * 1000) / iterations;
}

export const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** Bytes the heap grows by per call of `run`, over calls that saw no garbage collection (median). */
export function allocatedPerCall(run: () => void, calls = 60): number {
  const used = () => v8.getHeapStatistics().used_heap_size;
  const probe = (work: () => void) => {
    const deltas: number[] = [];
    for (let i = 0; i < calls; i++) {
      const before = used();
      work();
      const delta = used() - before;
      if (delta >= 0) deltas.push(delta);
    }
    deltas.sort((a, b) => a - b);
    return deltas[Math.floor(deltas.length / 2)] ?? 0;
  };
  return Math.max(0, probe(run) - probe(() => undefined));
}

export const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
