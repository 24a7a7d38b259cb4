// The simulated world of issue 14's "Precise choices": 12 reps, 6 segments (industries), a hidden
// true conversion rate per rep × segment between 5% and 35% with each rep best in one or two
// segments, 5,000 leads over 90 days, outcomes 1–14 days after assignment, leads open (counting
// against the cap) until the rep first works them, caps as in the demo seed, one week of leave per
// rep. Everything is drawn from one seeded stream, so a seed is one world.
import { seededStream, type TRandomStream } from "../domain/routing/learned/seeded-random";

export const INDUSTRIES = ["financial services", "technology", "healthcare", "retail", "manufacturing", "insurance"] as const;
/** The demo seed's caps (maxOpenLeads, maxNewLeadsPerDay), cycled over the reps. */
const DEMO_CAPS: [number, number][] = [[12, 4], [10, 8], [10, 5], [12, 5], [8, 6]];
const DAY_MS = 24 * 3600_000;
export const SIM_START = new Date("2026-01-05T00:00:00Z"); // a Monday

export interface TSimRep {
  id: string;
  name: string;
  maxOpenLeads: number;
  maxNewLeadsPerDay: number;
  leave: { startsAt: Date; endsAt: Date };
}

export interface TSimLead {
  index: number;
  at: Date;
  segment: number;
  /** Common random numbers: the same draw decides the outcome whoever gets the lead. */
  u: number;
  outcomeDelayMs: number;
  contactDelayMs: number;
}

export interface TSimWorld {
  reps: TSimRep[];
  leads: TSimLead[];
  /** truth[phase][rep][segment]; phase 1 applies from `changeAt` (null: one phase). */
  truth: number[][][];
  changeAt: Date | null;
  days: number;
}

export type TWorldCase = "distinct" | "all_equal" | "changes_halfway";

const NAMES = ["Sarah", "Tom", "Kenji", "Ana", "Omar", "Lena", "Raj", "Mia", "Jon", "Zoe", "Ivan", "Nora"];

function truthTable(random: TRandomStream, reps: number, kind: TWorldCase): number[][] {
  if (kind === "all_equal") {
    const bySegment = INDUSTRIES.map(() => 0.1 + random.next() * 0.15);
    return Array.from({ length: reps }, () => [...bySegment]);
  }
  return Array.from({ length: reps }, (_, r) => {
    const rates = INDUSTRIES.map(() => 0.05 + random.next() * 0.1);
    const best = [r % INDUSTRIES.length];
    if (random.next() < 0.5) best.push((r + 1 + Math.floor(random.next() * (INDUSTRIES.length - 1))) % INDUSTRIES.length);
    for (const s of best) rates[s] = 0.25 + random.next() * 0.1;
    return rates;
  });
}

export function createWorld(seed: number, kind: TWorldCase = "distinct", options: { leads?: number; days?: number } = {}): TSimWorld {
  const random = seededStream(seed * 7919 + kind.length);
  const days = options.days ?? 90;
  const count = options.leads ?? 5000;
  const reps: TSimRep[] = NAMES.map((name, i) => {
    const [maxOpenLeads, maxNewLeadsPerDay] = DEMO_CAPS[i % DEMO_CAPS.length]!;
    const leaveDay = Math.floor(random.next() * Math.max(1, days - 7));
    const startsAt = new Date(SIM_START.getTime() + leaveDay * DAY_MS);
    return { id: `rep-${i + 1}`, name, maxOpenLeads, maxNewLeadsPerDay, leave: { startsAt, endsAt: new Date(startsAt.getTime() + 7 * DAY_MS) } };
  });
  const first = truthTable(random, reps.length, kind);
  // Halfway the strengths move: each rep takes the rates of the rep three places on.
  const truth = kind === "changes_halfway" ? [first, first.map((_, r) => first[(r + 3) % first.length]!)] : [first];
  const leads: TSimLead[] = Array.from({ length: count }, () => ({
    index: 0,
    at: new Date(SIM_START.getTime() + random.next() * days * DAY_MS),
    segment: Math.floor(random.next() * INDUSTRIES.length),
    u: random.next(),
    outcomeDelayMs: (1 + random.next() * 13) * DAY_MS,
    contactDelayMs: (2 + random.next() * 28) * 3600_000,
  }))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((lead, index) => ({ ...lead, index }));
  return { reps, leads, truth, changeAt: kind === "changes_halfway" ? new Date(SIM_START.getTime() + (days / 2) * DAY_MS) : null, days };
}

/** The true rate of a rep for a segment at an instant. */
export function trueRate(world: TSimWorld, rep: number, segment: number, at: Date): number {
  const phase = world.changeAt !== null && at >= world.changeAt ? 1 : 0;
  return world.truth[phase]![rep]![segment]!;
}
