// best_match scoring: each signal scores a rep 0..1, the score is the weighted mean × 100.
//   skill        share of the wanted skills the rep has (wanted = the values of the strategy's
//                skills match filters; none wanted → 0 for everyone)
//   industry, segment, language, region
//                1 when the rep's tags contain the lead's attribute (lead.<field>), else 0
//   seniority    JUNIOR 0, MID ⅓, SENIOR ⅔, PRINCIPAL 1
//   load         1 − openLeads / (most open leads in the qualified pool); 1 when nobody has any
//   availability 1 when available now, falling linearly to 0 at 24 hours away (or never)
import type { TResolve } from "../conditions/condition";
import { SENIORITY_TIERS } from "../reps/rep-options";
import { matchValues, repTags, seniorityRank } from "./filters";
import { hasTag } from "./lead-attributes";
import { nextAvailableAt } from "./rep-availability";
import { BEST_MATCH_SIGNALS, type TBestMatchSignal, type TStrategy } from "./routing-config";
import type { TRepState } from "./routing-types";

export interface TMatchScore {
  repId: string;
  /** 0..100, unrounded. */
  score: number;
  /** Signal values 0..1 for the weighted signals, rounded to 2 decimals. */
  signals: Partial<Record<TBestMatchSignal, number>>;
}

const ATTRIBUTE_SIGNALS = ["industry", "segment", "language", "region"] as const;

export function scoreBestMatch(
  weights: Record<TBestMatchSignal, number>,
  pool: readonly TRepState[],
  strategy: Pick<TStrategy, "filters">,
  resolve: TResolve,
  now: Date,
): TMatchScore[] {
  const wantedSkills = strategy.filters.flatMap((f) => (f.type === "match" && f.field === "skills" ? matchValues(f, resolve) : []));
  const attributes = Object.fromEntries(ATTRIBUTE_SIGNALS.map((field) => [field, matchValues({ field }, resolve)])) as Record<(typeof ATTRIBUTE_SIGNALS)[number], string[]>;
  const mostOpen = Math.max(0, ...pool.map((r) => r.load.openLeads));
  const totalWeight = BEST_MATCH_SIGNALS.reduce((sum, s) => sum + weights[s], 0);

  return pool.map((rep) => {
    const value = (signal: TBestMatchSignal): number => {
      switch (signal) {
        case "skill":
          return wantedSkills.length === 0 ? 0 : wantedSkills.filter((s) => hasTag(rep.profile.skills, s)).length / wantedSkills.length;
        case "industry":
        case "segment":
        case "language":
        case "region":
          return attributes[signal].some((v) => hasTag(repTags(rep, signal), v)) ? 1 : 0;
        case "seniority":
          return seniorityRank(rep.profile.seniority) / (SENIORITY_TIERS.length - 1);
        case "load":
          return mostOpen === 0 ? 1 : 1 - rep.load.openLeads / mostOpen;
        case "availability": {
          const at = nextAvailableAt(rep.profile, now);
          if (at === null) return 0;
          const hours = (at.getTime() - now.getTime()) / 3600_000;
          return Math.max(0, 1 - hours / 24);
        }
      }
    };
    const signals: Partial<Record<TBestMatchSignal, number>> = {};
    let sum = 0;
    for (const signal of BEST_MATCH_SIGNALS) {
      if (weights[signal] <= 0) continue;
      const v = value(signal);
      signals[signal] = Math.round(v * 100) / 100;
      sum += weights[signal] * v;
    }
    return { repId: rep.id, score: totalWeight === 0 ? 0 : (sum / totalWeight) * 100, signals };
  });
}
