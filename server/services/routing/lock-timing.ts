// How long each routing decision held the workspace lock (acquired → commit returned), kept in
// memory per process for the benchmark (`npm run bench`) and diagnostics: the last samples only.
// A benchmark may observe the steps under the lock (server/bench/lock-profile.ts); without an
// observer a step mark costs one null check. A batch of the intake's group commit (several leads
// under one hold) records its held time once per batch and, divided by its leads, once per lead.
const MAX_SAMPLES = 20_000;
const samples: number[] = [];
const batchSamples: TBatchHeld[] = [];

/** One hold of the lock: held ms (acquired → commit returned) and the leads routed under it. */
export interface TBatchHeld {
  ms: number;
  leads: number;
}

export interface TLockObserver {
  /** A step of the routing under the lock ("lock:read" with the statement's time after the grant, "lock:decided"). */
  step: (name: string, value?: number) => void;
  /** The held time of one hold, when the intake records it (released: performance.now() when the lock was freed; leads: decided under it). */
  held: (ms: number, releasedAt: number, leads: number) => void;
}

let observer: TLockObserver | null = null;

export function observeLockTiming(next: TLockObserver | null): void {
  observer = next;
}

export function markLockStep(name: string, value?: number): void {
  observer?.step(name, value);
}

/** One decision's lock: acquired → commit returned (performance.now() times). */
export function recordLockHeld(acquiredAt: number, releasedAt: number): void {
  recordBatchLockHeld(acquiredAt, releasedAt, 1);
}

/** One hold for `leads` decisions: the hold once (batch samples), and held ÷ leads once per lead (the per-lead samples). */
export function recordBatchLockHeld(acquiredAt: number, releasedAt: number, leads: number): void {
  const ms = releasedAt - acquiredAt;
  for (let i = 0; i < leads; i++) push(samples, ms / leads);
  push(batchSamples, { ms, leads });
  observer?.held(ms, releasedAt, leads);
}

function push<T>(list: T[], value: T): void {
  if (list.length >= MAX_SAMPLES) list.shift();
  list.push(value);
}

/** The per-lead samples since the last call (and forgets them): a hold of n leads gives n samples of held ÷ n. */
export function takeLockSamples(): number[] {
  return samples.splice(0, samples.length);
}

/** The holds since the last call (and forgets them). */
export function takeLockHolds(): TBatchHeld[] {
  return batchSamples.splice(0, batchSamples.length);
}
