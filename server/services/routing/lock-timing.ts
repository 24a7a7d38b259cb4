// How long each routing decision held the workspace lock (acquired → commit returned), kept in
// memory per process for the benchmark (`npm run bench`) and diagnostics: the last samples only.
const MAX_SAMPLES = 20_000;
const samples: number[] = [];

export function recordLockHeld(ms: number): void {
  if (samples.length >= MAX_SAMPLES) samples.shift();
  samples.push(ms);
}

/** The samples since the last call (and forgets them). */
export function takeLockSamples(): number[] {
  return samples.splice(0, samples.length);
}
