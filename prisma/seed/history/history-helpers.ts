// Pieces of the demo history generator (generate-history.ts) that need none of its state: a
// journey cut at the history's end, submission times by region, working-time shifts, form visits
// with drop-off and the recorded skips of a rotation. No I/O.
import type { TReasonCode } from "../../../server/domain/routing/reason-codes";
import { isWithinWorkingHours, nextWorkingStart, workingHoursReason } from "../../../server/domain/routing/rep-availability";
import type { THistoryLead, THistoryRoster, THistoryVisit } from "./history-types";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** The random streams a routed lead's work draws from (the sales leads': main, shift, SLA, fit). */
export type TStreams = { main: () => number; shift: () => number; sla: () => number; fit: () => number; booking: () => number };

/** A lead before routing: what its submission and scoring made (a graduate: its nurture journey too). */
export type TBase = Omit<THistoryLead, "status" | "stage" | "ownerRepId" | "routingPathId" | "routingOutcome" | "acceptedAt" | "firstContactAt" | "opportunityAmount" | "wonAmount" | "closedAt" | "closeReason" | "assignments" | "events" | "outcomes" | "feedback">;

/** A lead without an owner's work: no assignment, outcome, event or feedback. */
export function noJourney() {
  return { feedback: null, acceptedAt: null, firstContactAt: null, opportunityAmount: null, wonAmount: null, closedAt: null, closeReason: null, assignments: [], events: [], outcomes: [], ownerRepId: null, stage: "OPEN" as const };
}

/** One of `items`, by one draw of `rnd`. */
export function pickOf<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

export type TJourney = Pick<THistoryLead, "stage" | "acceptedAt" | "firstContactAt" | "opportunityAmount" | "wonAmount" | "closedAt" | "closeReason" | "outcomes">;

/**
 * The journey as far as it got by the history's end: stages after the end are not reached, and a
 * lead whose close would come later closes (lost, "timing") within two days of its last reached
 * stage (and by the end) — spread over the last weeks, not piled up at the end. A journey that ended in time is returned as it is.
 */
export function endedBy(journey: TJourney, routedAt: Date, end: number, rnd: () => number): TJourney {
  if (journey.closedAt!.getTime() <= end) return journey;
  const reached = journey.outcomes.filter((o) => o.occurredAt.getTime() <= end);
  const from = reached.at(-1)?.occurredAt.getTime() ?? routedAt.getTime();
  const closedAt = new Date(from + Math.max(1, rnd() * Math.min(end - from, 2 * DAY)));
  const leadId = journey.outcomes[0]!.id.replace(/o1$/, "");
  const has = (stage: string) => reached.some((o) => o.stage === stage);
  return {
    stage: "LOST",
    acceptedAt: has("ACCEPTED") ? journey.acceptedAt : null,
    // A meeting booked on the page is the first contact without a CONTACTED outcome (booking-history.ts).
    firstContactAt: has("CONTACTED") || has("MEETING_BOOKED") ? journey.firstContactAt : null,
    opportunityAmount: has("OPPORTUNITY") ? journey.opportunityAmount : null,
    wonAmount: null,
    closedAt,
    closeReason: "timing",
    outcomes: [...reached, { id: `${leadId}o${reached.length + 1}`, stage: "LOST", occurredAt: closedAt, amount: null, reason: "timing" }],
  };
}

/** The inverse of a triangular distribution's CDF on [0, width] peaking at `mode`: `u` (uniform in [0, 1)) shaped. */
export function triangular(u: number, width: number, mode: number): number {
  return u < mode / width ? Math.sqrt(u * width * mode) : width - Math.sqrt((1 - u) * width * (width - mode));
}

/** `at` when the rep is at work then, else a few minutes into their next working window. */
export function atWorkFor(rep: THistoryRep, at: number, rnd: () => number): Date {
  const when = new Date(at);
  if (isWithinWorkingHours(rep.workingHours, rep.timeZone, when)) return when;
  const next = nextWorkingStart(rep.workingHours, rep.timeZone, when);
  return next ? new Date(next.getTime() + rnd() * 20 * MIN) : when;
}

/** One completing visit for the lead, and about 1.5 more visits that left along the way. */
export function visitsOf(rnd: () => number, stepCount: number, submittedAt: Date, id: string): THistoryVisit[] {
  const out: THistoryVisit[] = [];
  const make = (visitId: string, completes: boolean, endAt: number) => {
    const reach = completes ? stepCount - 1 : Math.floor(rnd() * rnd() * stepCount);
    const perStep = (40 + rnd() * 80) * 1000;
    const startAt = endAt - (reach + 1) * perStep;
    const events: THistoryVisit["events"] = [{ type: "view", step: 0, occurredAt: new Date(startAt - 5000) }];
    if (completes || rnd() < 0.7) {
      events.push({ type: "start", step: 0, occurredAt: new Date(startAt) });
      for (let s = 1; s <= reach; s++) events.push({ type: "step", step: s, occurredAt: new Date(startAt + s * perStep) });
      if (completes) events.push({ type: "complete", step: stepCount, occurredAt: new Date(endAt) });
    }
    out.push({ visitId, events });
  };
  make(`hv${id}`, true, submittedAt.getTime());
  const extra = rnd() < 0.5 ? 1 : 2;
  for (let i = 0; i < extra; i++) make(`hv${id}x${i}`, false, submittedAt.getTime() - (1 + rnd() * 48) * 3600_000);
  return out;
}

export type THistoryRep = THistoryRoster["reps"][number];
/**
 * A recorded skip with everything its text names ("at capacity 12/12", "out of office until …"),
 * as live routing records it. "Outside working hours" is the rep's real schedule at that moment;
 * when the schedule says the rep was at work, the skip is a meeting (a calendar busy block).
 */
export function skipReason(kind: "OUT_OF_OFFICE" | "AT_CAPACITY_OPEN" | "OUTSIDE_WORKING_HOURS", rep: THistoryRep, at: Date, leaveEndsAt: Date): TReasonCode {
  if (kind === "OUT_OF_OFFICE") return { code: "OUT_OF_OFFICE", untilIso: leaveEndsAt.toISOString(), timeZone: rep.timeZone };
  if (kind === "AT_CAPACITY_OPEN") {
    const max = rep.maxOpenLeads ?? HISTORY_OPEN_CAP;
    return { code: "AT_CAPACITY_OPEN", open: max, max };
  }
  const hours = workingHoursReason(rep.workingHours, rep.timeZone, at);
  return hours ?? { code: "IN_MEETING", untilIso: new Date(at.getTime() + 30 * MIN).toISOString(), timeZone: rep.timeZone };
}

/** The cap a history skip names for a rep without one of its own. */
const HISTORY_OPEN_CAP = 20;
