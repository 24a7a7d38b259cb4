// Fairness of one routing pool over a period: each rep's share of the pool's leads against the
// share their weight entitles them to, the spread between reps, why reps were skipped (capacity,
// leave, hours, meetings, match…), their rotation credits, and how often the pool fell back to the
// backup queue — the report a manager shows a rep who asks "why did Tom get more leads?".
// The service counts (from the routing decision records); this turns counts into the report.
// Pure: no I/O.
import type { TReasonCodeName } from "../routing/reason-codes";
import { rate } from "./percentiles";

export const SKIP_CATEGORIES = ["capacity", "leave", "hours", "meeting", "match", "volume", "inactive", "not_chosen", "other"] as const;
export type TSkipCategory = (typeof SKIP_CATEGORIES)[number];

export const SKIP_CATEGORY_LABELS: Record<TSkipCategory, string> = {
  capacity: "at capacity",
  leave: "on leave",
  hours: "outside working hours",
  meeting: "in a meeting",
  match: "not a match",
  volume: "high recent volume",
  inactive: "inactive",
  not_chosen: "not their turn / another rep chosen",
  other: "other",
};

const CATEGORY_BY_CODE: Partial<Record<TReasonCodeName, TSkipCategory>> = {
  AT_CAPACITY_OPEN: "capacity",
  AT_CAPACITY_DAILY: "capacity",
  AT_CAPACITY_PIPELINE: "capacity",
  BACKLOG: "capacity",
  OUT_OF_OFFICE: "leave",
  LEAVE_SOON: "leave",
  OUTSIDE_WORKING_HOURS: "hours",
  NO_WORKING_HOURS: "hours",
  IN_MEETING: "meeting",
  MATCH_MISSING: "match",
  SENIORITY_TOO_LOW: "match",
  HIGH_RECENT_VOLUME: "volume",
  INACTIVE: "inactive",
  UNKNOWN_REP: "inactive",
  NOT_CHOSEN_TURN: "not_chosen",
  NOT_CHOSEN_PRIORITY: "not_chosen",
  NOT_CHOSEN_LOAD: "not_chosen",
  NOT_CHOSEN_SCORE: "not_chosen",
  NOT_CHOSEN_LATER: "not_chosen",
  NOT_CHOSEN_ACCOUNT_OWNER: "not_chosen",
};

/** The category of a skipped rep's first (deciding) reason code. */
export function skipCategory(code: string): TSkipCategory {
  return CATEGORY_BY_CODE[code as TReasonCodeName] ?? "other";
}

export interface TFairnessRepInput {
  repId: string;
  name: string;
  /** The weight the pool's chooser gives the rep (routing weight for weighted round-robin, else 1). */
  weight: number;
  /** Leads the pool routed to the rep in the period. */
  assigned: number;
  /** Times the rep was skipped in the pool's decisions, by the first reason's code. */
  skipsByCode: Readonly<Record<string, number>>;
  /** The rep's rotation credit (turns taken) in the pool's pointer now, when it has one. */
  rotationCredit: number | null;
}

export interface TFairnessInput {
  reps: readonly TFairnessRepInput[];
  /** Decisions whose matched path is the pool's path in the period. */
  decisions: number;
  /** Of those, the ones that ended in the fallback queue (no eligible rep). */
  fallbacks: number;
}

export interface TFairnessRep {
  repId: string;
  name: string;
  weight: number;
  assigned: number;
  /** assigned / all the pool's assigned leads. */
  share: number | null;
  /** weight / the pool's total weight. */
  expectedShare: number | null;
  /** share − expectedShare (percentage points as a fraction). */
  deviation: number | null;
  skips: Record<TSkipCategory, number>;
  rotationCredit: number | null;
}

export interface TFairnessReport {
  reps: TFairnessRep[];
  assigned: number;
  decisions: number;
  fallbacks: number;
  fallbackRate: number | null;
  /** Largest minus smallest deviation from the expected share (0 = perfectly fair). */
  spread: number | null;
}

function emptySkips(): Record<TSkipCategory, number> {
  return Object.fromEntries(SKIP_CATEGORIES.map((c) => [c, 0])) as Record<TSkipCategory, number>;
}

export function fairnessReport(input: TFairnessInput): TFairnessReport {
  const assigned = input.reps.reduce((sum, r) => sum + r.assigned, 0);
  const totalWeight = input.reps.reduce((sum, r) => sum + Math.max(0, r.weight), 0);
  const reps = input.reps.map((rep) => {
    const skips = emptySkips();
    for (const [code, n] of Object.entries(rep.skipsByCode)) skips[skipCategory(code)] += n;
    const share = rate(rep.assigned, assigned);
    const expectedShare = rate(Math.max(0, rep.weight), totalWeight);
    return {
      repId: rep.repId,
      name: rep.name,
      weight: rep.weight,
      assigned: rep.assigned,
      share,
      expectedShare,
      deviation: share === null || expectedShare === null ? null : share - expectedShare,
      skips,
      rotationCredit: rep.rotationCredit,
    };
  });
  const deviations = reps.flatMap((r) => (r.deviation === null ? [] : [r.deviation]));
  return {
    reps,
    assigned,
    decisions: input.decisions,
    fallbacks: input.fallbacks,
    fallbackRate: rate(input.fallbacks, input.decisions),
    spread: deviations.length > 0 ? Math.max(...deviations) - Math.min(...deviations) : null,
  };
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const num = (x: number) => x.toLocaleString("en-US");

/**
 * Sentences that answer "why did <rep> get more (or fewer) leads?": the rep's share against
 * their weight's share, then what kept the other reps (or this rep) out of turns, largest first.
 */
export function explainShare(report: TFairnessReport, repId: string): string[] {
  const rep = report.reps.find((r) => r.repId === repId);
  if (!rep || rep.share === null || rep.expectedShare === null) return ["No leads were routed in this pool in the period."];
  const lines = [`${rep.name} got ${num(rep.assigned)} of ${num(report.assigned)} leads (${pct(rep.share)}) against a weight share of ${pct(rep.expectedShare)}.`];
  const blocking = SKIP_CATEGORIES.filter((c) => c !== "not_chosen" && c !== "other");
  const describe = (r: TFairnessRep) =>
    blocking
      .filter((c) => r.skips[c] > 0)
      .sort((a, b) => r.skips[b] - r.skips[a])
      .map((c) => `${SKIP_CATEGORY_LABELS[c]} ${num(r.skips[c])}×`);
  const others = report.reps.filter((r) => r.repId !== repId).map((r) => ({ r, reasons: describe(r) })).filter((x) => x.reasons.length > 0);
  const own = describe(rep);
  if ((rep.deviation ?? 0) >= 0) {
    for (const { r, reasons } of others) lines.push(`${r.name} was skipped: ${reasons.join(", ")}.`);
  } else if (own.length > 0) {
    lines.push(`${rep.name} was skipped: ${own.join(", ")}.`);
  }
  if (report.fallbacks > 0) lines.push(`${num(report.fallbacks)} of ${num(report.decisions)} leads on this path went to the backup queue (no eligible rep).`);
  if (lines.length === 1) lines.push("No rep was skipped for capacity, leave, hours or meetings: the chooser alone decided the shares.");
  return lines;
}
