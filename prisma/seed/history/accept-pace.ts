// How fast a rep of the demo history accepts a routed lead: a lognormal delay counted in the rep's
// working time only (the clock stops at the end of their day and runs again the next morning), so
// a lead that reaches a rep at work is accepted minutes later and one that arrives at night waits
// for the morning. Paces follow the demo's story (demo-people.ts): Sarah, the senior closer,
// answers at once; Maya's inside-sales job is speed; Kenji is quick in Tokyo hours; Priya sits in
// back-to-back afternoon meetings; Tom is the slow one. Against the demo SLA (reassign after 15
// minutes) that is about 97 % (Sarah) down to about 80 % (Tom) accepted in time, before the end of
// the working day takes its share. Reps the story does not name get a pace by seniority. No I/O.
import { isWithinWorkingHours, nextWorkingStart } from "../../../server/domain/routing/rep-availability";
import type { TRoutingRepProfile } from "../../../server/domain/routing/routing-types";

export interface TAcceptPace {
  /** Median minutes (of working time) from assignment to acceptance. */
  medianMinutes: number;
  /** Spread of the lognormal (the log's standard deviation). */
  sigma: number;
}

const MIN = 60_000;

const DEMO_PACES: Record<string, TAcceptPace> = {
  "sarah@demo.switchboard.dev": { medianMinutes: 2.5, sigma: 0.9 },
  "maya@demo.switchboard.dev": { medianMinutes: 3, sigma: 0.85 },
  "kenji@demo.switchboard.dev": { medianMinutes: 3.5, sigma: 0.9 },
  "priya@demo.switchboard.dev": { medianMinutes: 4.5, sigma: 1 },
  "tom@demo.switchboard.dev": { medianMinutes: 7, sigma: 0.9 },
};

const BY_SENIORITY: Record<string, TAcceptPace> = {
  PRINCIPAL: { medianMinutes: 3, sigma: 0.9 },
  SENIOR: { medianMinutes: 4, sigma: 0.9 },
  MID: { medianMinutes: 5, sigma: 0.9 },
  JUNIOR: { medianMinutes: 4, sigma: 0.9 },
};

export const DEFAULT_ACCEPT_PACE: TAcceptPace = { medianMinutes: 4, sigma: 0.9 };

/** A rep's pace: the demo persona's, else by seniority, else the default. */
export function acceptPaceOf(rep: { email?: string | null; seniority?: string | null }): TAcceptPace {
  return (rep.email ? DEMO_PACES[rep.email.toLowerCase()] : undefined) ?? (rep.seniority ? BY_SENIORITY[rep.seniority] : undefined) ?? DEFAULT_ACCEPT_PACE;
}

type TWorkingRep = { timeZone: string; workingHours: TRoutingRepProfile["workingHours"] };

/**
 * `from` plus `ms` of the rep's working time: the clock runs only while they are at work (a lead
 * that arrives at night waits for the morning; a delay that runs past the end of their day goes on
 * the next morning). The instant returned is within their working hours; a rep without any
 * working hours gets the plain delay.
 */
export function afterWorkingTime(rep: TWorkingRep, from: number, ms: number): Date {
  const atWork = (t: number) => isWithinWorkingHours(rep.workingHours, rep.timeZone, new Date(t));
  const nextStart = (t: number) => nextWorkingStart(rep.workingHours, rep.timeZone, new Date(t))?.getTime() ?? null;
  let at = from;
  let left = Math.max(0, ms);
  for (let guard = 0; guard < 10_000; guard++) {
    if (!atWork(at)) {
      const next = nextStart(at);
      if (next === null) return new Date(from + ms);
      at = next;
    }
    if (left <= 0) return new Date(at);
    // Within one working day (days are hours apart): at work now and at the end of the delay.
    if (left < 4 * 60 * MIN && atWork(at + left)) return new Date(at + left);
    // A minute at a time (a day that ends within it counts it whole: at most a minute early).
    const step = Math.min(left, MIN);
    at += step;
    left -= step;
  }
  return new Date(at);
}
