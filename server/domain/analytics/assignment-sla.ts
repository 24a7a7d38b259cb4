// The routing SLA as every screen states and measures it, pure: one assignment (one rep holding a
// lead, from its assignedAt until it was accepted or ended) against the published policy — a
// reminder after N minutes, reassignment to the next rep after M minutes, both counted from THAT
// assignment's SLA clock start (a reassigned lead's new rep gets a fresh window): slaStartsAt, when
// the rep was next at work — the assignment itself when they were at work, and on rows from before
// the clock (null) — so a lead routed at night to a rep asleep is due in their morning.
//   - which assignments run the SLA at all (runsSla): the ones routing handed over — the only ones
//     whose "routing.assigned" job starts the clock and the SLA timers (routing/assigned-follow-ups.ts:
//     routed, routed again to the next best rep, SLA-reassigned; never the fallback queue). A
//     stored clock says so; a row from before the clock (none stored) by its kind and, for a
//     reassignment, its decision record (a manager's choice by name or a booking with the next best
//     rep is not routing's). The others — a person chose the rep — are in no SLA figure: neither
//     breach nor reminder, met or missed (their time to accept still counts);
//   - time to accept: acceptedAt − assignedAt (the rep's own time, not the prospect's wait; from
//     the assignment, not the clock: what the prospect waits does not move);
//   - SLA breach: still held, not accepted, when its reassign deadline passed (what moves the lead
//     on): accepted after the deadline, or ended (SLA reassignment, a manager's late
//     reassignment, a late return) at or after it, or still open past it. An assignment taken
//     away before its deadline (a manager's reassignment at minute 3) is no one's breach;
//   - accepted before the reminder: accepted within N minutes, out of the assignments that were
//     accepted or still held when the reminder was due.
// speed-to-lead.ts computes the same in SQL (one query per figure set); this is its definition.

import { DEFAULT_SLA_MINUTES } from "../outcomes/inbox-order";

export interface TSlaPolicy {
  remindAfterMinutes: number;
  reassignAfterMinutes: number;
}

/** LeadAssignment.kind. */
export type TAssignmentKind = "ROUTED" | "MANUAL" | "REASSIGNED" | "SLA_REASSIGNED" | "RETURNED" | "FALLBACK";

/** Kinds only routing writes (a row from before the clock of one of these ran the SLA from its assignedAt). */
export const ROUTED_KINDS = ["ROUTED", "SLA_REASSIGNED"] as const satisfies readonly TAssignmentKind[];
/** The kind routing (the next best rep, a returned lead) and people (a manager's choice by name, a booking with the next best rep) both write: its decision record tells. */
export const ROUTED_OR_CHOSEN_KIND = "REASSIGNED" satisfies TAssignmentKind;
/** Reason codes of a decision record a person made (reassign-lead.ts manualDecision, bookings/booking-fallback.ts): no SLA timers. */
export const CHOSEN_BY_PERSON_CODES = ["MANUAL_OVERRIDE", "BOOKING_FALLBACK"] as const;

export interface TAssignmentTimes {
  kind: TAssignmentKind;
  /** The stored decision record (LeadAssignment.decision): read only for a REASSIGNED row without a clock. */
  decision?: unknown;
  assignedAt: Date;
  /** When the rep's accept clock started (their next working time); null or absent: assignedAt. */
  slaStartsAt?: Date | null;
  acceptedAt: Date | null;
  endedAt: Date | null;
}

export interface TAssignmentSla {
  acceptSeconds: number | null;
  /** Counts towards "accepted before the reminder" (accepted, or still held when it was due). */
  isReminderDue: boolean;
  isAcceptedBeforeReminder: boolean;
  isBreach: boolean;
}

const MINUTE = 60_000;

/** Whether the assignment was still held, not yet accepted, at `deadline` (and the deadline has passed). */
export function wasHeldUnacceptedAt(a: TAssignmentTimes, deadline: Date, now: Date): boolean {
  if (deadline.getTime() > now.getTime()) return false;
  if (a.acceptedAt) return a.acceptedAt.getTime() > deadline.getTime();
  return a.endedAt === null || a.endedAt.getTime() >= deadline.getTime();
}

/** Whether a decision record was a person's choice of rep (its reasons name one: CHOSEN_BY_PERSON_CODES). */
export function isChosenByPerson(decision: unknown): boolean {
  const reasons = typeof decision === "object" && decision !== null ? (decision as { reasons?: unknown }).reasons : undefined;
  return Array.isArray(reasons) && reasons.some((r) => typeof r === "object" && r !== null && (CHOSEN_BY_PERSON_CODES as readonly unknown[]).includes((r as { code?: unknown }).code));
}

/**
 * Whether the assignment runs the routing SLA (speed-to-lead-sql.ts RUNS_SLA is the same in SQL):
 * a stored clock start, or — a row from before the clock — routing made it: ROUTED or
 * SLA_REASSIGNED, or REASSIGNED by routing (not a person's choice: isChosenByPerson).
 */
export function runsSla(a: Pick<TAssignmentTimes, "kind" | "slaStartsAt" | "decision">): boolean {
  if (a.slaStartsAt) return true;
  if ((ROUTED_KINDS as readonly TAssignmentKind[]).includes(a.kind)) return true;
  return a.kind === ROUTED_OR_CHOSEN_KIND && !isChosenByPerson(a.decision);
}

/** Where the assignment's SLA windows count from: its slaStartsAt, else (a routed row from before the clock) its assignedAt. */
export function slaClockOf(a: Pick<TAssignmentTimes, "assignedAt" | "slaStartsAt">): Date {
  return a.slaStartsAt ?? a.assignedAt;
}

export function assignmentSla(a: TAssignmentTimes, sla: TSlaPolicy | null, now: Date): TAssignmentSla {
  const acceptSeconds = a.acceptedAt ? Math.max(0, (a.acceptedAt.getTime() - a.assignedAt.getTime()) / 1000) : null;
  if (!sla || !runsSla(a)) return { acceptSeconds, isReminderDue: false, isAcceptedBeforeReminder: false, isBreach: false };
  const clock = slaClockOf(a).getTime();
  const remindAt = new Date(clock + sla.remindAfterMinutes * MINUTE);
  const reassignAt = new Date(clock + sla.reassignAfterMinutes * MINUTE);
  const isAcceptedBeforeReminder = a.acceptedAt !== null && a.acceptedAt.getTime() <= remindAt.getTime();
  return {
    acceptSeconds,
    isReminderDue: isAcceptedBeforeReminder || wasHeldUnacceptedAt(a, remindAt, now),
    isAcceptedBeforeReminder,
    isBreach: wasHeldUnacceptedAt(a, reassignAt, now),
  };
}

/** An SLA policy as a sentence can meet it: either part may be missing (the inbox once knew only the reassign minutes). */
export interface TSlaRuleInput {
  remindAfterMinutes?: number | null;
  reassignAfterMinutes?: number | null;
}

/**
 * The SLA rule in words, the same on the rep's inbox and the manager's analytics, counted from the
 * rep's accept clock (slaStartsAt, sla-clock.ts): "Routing SLA: accept a lead within 15 minutes of
 * your clock starting: a reminder at 5 minutes, then it goes to the next best rep." A reminder is
 * named only when it comes before the reassignment (after it there is nothing left to remind of);
 * a reminder without a reassignment says the lead stays; without a published SLA (or neither
 * part), says so.
 */
/**
 * The SLA's figures as every sentence about it reads them: a part counts only when it is a positive
 * number of minutes, and the reminder only when it comes before the reassignment (after it there
 * is nothing left to remind of). Null: no such part.
 */
export function slaFigures(sla: TSlaRuleInput | null): { reassign: number | null; remind: number | null } {
  const reassign = positive(sla?.reassignAfterMinutes);
  const remindRaw = positive(sla?.remindAfterMinutes);
  return { reassign, remind: remindRaw !== null && (reassign === null || remindRaw < reassign) ? remindRaw : null };
}

export function slaRuleText(sla: TSlaRuleInput | null, whose: "you" | "rep"): string {
  const { reassign, remind } = slaFigures(sla);
  if (reassign === null && remind === null) return "No routing SLA is published: a lead is never moved on for not being accepted.";
  if (reassign === null) {
    const who = whose === "you" ? "your clock starts if you have" : "the rep's clock starts if they have";
    return `Routing SLA: a reminder ${minutes(remind!)} after ${who} not accepted the lead; a lead is never moved on for not being accepted.`;
  }
  const holder = whose === "you" ? "accept a lead within" : "a rep must accept a lead within";
  const from = whose === "you" ? "of your clock starting" : "of their clock starting";
  const then = remind === null ? `, or it goes to the next best rep` : `: a reminder at ${minutes(remind)}, then it goes to the next best rep`;
  return `Routing SLA: ${holder} ${minutes(reassign)} ${from}${then}.`;
}

/**
 * The inbox's SLA sentence: the rule (slaRuleText), when the rep's clock starts, what its "Past
 * SLA" badge means — no first contact within the reassign window (DEFAULT_SLA_MINUTES without
 * one) after the clock started — and which leads run none (inbox-order.ts: no stored clock).
 */
export function inboxSlaText(sla: TSlaRuleInput | null): string {
  const reassign = positive(sla?.reassignAfterMinutes);
  if (reassign === null && positive(sla?.remindAfterMinutes) === null) return "No routing SLA is published: no lead is moved on for not being accepted, and none shows an SLA countdown.";
  const clock = "Your clock for a routed lead starts at its assignment when you are at work, else at your next working time (working hours, out of office and meetings count).";
  const pastSla = `"Past SLA" marks a routed lead with no first contact ${minutes(reassign ?? DEFAULT_SLA_MINUTES)} after your clock started.`;
  return `${slaRuleText(sla, "you")} ${clock} ${pastSla} A lead assigned to you by hand runs no SLA.`;
}

const positive = (n: number | null | undefined) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? n : null);
const minutes = (n: number) => (n === 1 ? "1 minute" : `${n} minutes`);
