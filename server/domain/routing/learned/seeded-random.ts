// A reproducible random stream for Thompson sampling: the same seed gives the same draws on any
// machine, so a stored decision can be re-derived for audit and a preview matches the live pick.
// sfc32 (a small, fast, well-tested 32-bit generator) seeded from a 32-bit FNV-1a string hash;
// Beta draws as X / (X + Y) of two Gamma draws (Marsaglia–Tsang, normals by Box–Muller).

/** 32-bit FNV-1a hash of a string (unsigned). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface TRandomStream {
  /** Uniform in [0, 1). */
  next(): number;
  /** The second normal of the last Box–Muller pair, not yet used (NaN or absent: none). Always a number, so keeping it allocates nothing. */
  spare?: number;
}

export function seededStream(seed: number): TRandomStream {
  // The state is kept as signed 32-bit integers (small integers to V8, so a step allocates
  // nothing); every operation below is arithmetic modulo 2^32, so the draws are those of the
  // unsigned formulation.
  let a = 0x9e3779b9 | 0;
  let b = 0x243f6a88 | 0;
  let c = 0xb7e15162 | 0;
  let d = seed | 0;
  const step = () => {
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) step(); // mix the seed in
  return { next: step, spare: NaN };
}

/** A standard normal (Box–Muller; the second value of each pair is kept for the next call). */
function normal(random: TRandomStream): number {
  const spare = random.spare;
  if (spare !== undefined && !Number.isNaN(spare)) {
    random.spare = NaN;
    return spare;
  }
  let u = random.next();
  while (u <= Number.EPSILON) u = random.next();
  const r = Math.sqrt(-2 * Math.log(u));
  const theta = 2 * Math.PI * random.next();
  random.spare = r * Math.sin(theta);
  return r * Math.cos(theta);
}

/** Gamma(shape, 1) by Marsaglia–Tsang (shape < 1 boosted by U^(1/shape)). */
export function sampleGamma(shape: number, random: TRandomStream): number {
  // shape < 1: Gamma(shape + 1) × U^(1/shape), U drawn first (a loop, not a recursion, so the
  // draw can be inlined; the same draws in the same order as ever).
  let boost = 1;
  if (shape < 1) {
    const u = Math.max(random.next(), Number.EPSILON);
    boost = Math.pow(u, 1 / shape);
    shape += 1;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v * boost;
    if (Math.log(Math.max(u, Number.EPSILON)) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * boost;
  }
}

/** One draw from Beta(alpha, beta). */
export function sampleBeta(alpha: number, beta: number, random: TRandomStream): number {
  const x = sampleGamma(alpha, random);
  const y = sampleGamma(beta, random);
  return x + y === 0 ? 0.5 : x / (x + y);
}
