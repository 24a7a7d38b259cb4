// The rep's inbox order, pure: leads still waiting for first contact come first — those whose SLA
// runs out soonest (or ran out longest ago) on top, then those that run no SLA, the longest
// waiting first; then the leads being worked, the stalest first.
// A lead waits from its assignment until first contact (a booking counts). Only an assignment that
// runs the routing SLA has a countdown: one whose "routing.assigned" job started the rep's accept
// clock (slaStartsAt: the assignment's time when the rep was at work, else their next working
// time). A manual assignment or reassignment (a person chose), the backup queue, or a workspace
// without a published SLA run no SLA timers, store no clock and show no countdown — they never
// count as "past the SLA". The window is the routing policy's (reassign after N minutes) or,
// when the policy was unpublished since the clock started, DEFAULT_SLA_MINUTES.
import type { TLeadStage } from "./lead-stages";

export const DEFAULT_SLA_MINUTES = 60;

export interface TInboxEntry {
  id: string;
  stage: TLeadStage;
  assignedAt: Date;
  /** When the rep's SLA clock started; null or absent: this assignment runs no SLA (no countdown). */
  slaStartsAt?: Date | null;
  firstContactAt: Date | null;
  stageChangedAt: Date | null;
}

export interface TInboxUrgency {
  /** Waiting for first contact. */
  isWaiting: boolean;
  /** When the SLA runs out (waiting leads whose assignment runs an SLA only). */
  dueAt: Date | null;
  /** Waiting past the SLA. */
  isOverdue: boolean;
}

export function inboxUrgency(entry: TInboxEntry, now: Date, slaMinutes: number | null): TInboxUrgency {
  const isWaiting = entry.firstContactAt === null && (entry.stage === "OPEN" || entry.stage === "ACCEPTED");
  if (!isWaiting || !entry.slaStartsAt) return { isWaiting, dueAt: null, isOverdue: false };
  const dueAt = new Date(entry.slaStartsAt.getTime() + (slaMinutes ?? DEFAULT_SLA_MINUTES) * 60_000);
  return { isWaiting, dueAt, isOverdue: dueAt.getTime() <= now.getTime() };
}

/** The entries in inbox order (a new array), each with its urgency. */
export function sortInbox<T extends TInboxEntry>(entries: readonly T[], now: Date, slaMinutes: number | null): (T & TInboxUrgency)[] {
  const withUrgency = entries.map((e) => ({ ...e, ...inboxUrgency(e, now, slaMinutes) }));
  // 0: waiting with an SLA, 1: waiting without one, 2: being worked.
  const group = (e: T & TInboxUrgency) => (!e.isWaiting ? 2 : e.dueAt ? 0 : 1);
  const key = (e: T & TInboxUrgency) => (e.dueAt ?? (e.isWaiting ? e.assignedAt : (e.stageChangedAt ?? e.assignedAt))).getTime();
  return withUrgency.sort((a, b) => group(a) - group(b) || key(a) - key(b) || a.id.localeCompare(b.id));
}

const positive = (n: number | null | undefined) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? n : null);
const minutes = (n: number) => (n === 1 ? "1 minute" : `${n} minutes`);

/**
 * The inbox's SLA sentence, said from the rep's accept clock (sla-clock.ts): it starts at the
 * assignment when they are at work, else at their next working time; then what "Past SLA" means
 * and which leads run no SLA (assigned by hand, the backup queue).
 */
export function inboxSlaSentence(sla: { remindAfterMinutes?: number | null; reassignAfterMinutes?: number | null } | null): string {
  const reassign = positive(sla?.reassignAfterMinutes);
  const remindRaw = positive(sla?.remindAfterMinutes);
  const remind = remindRaw !== null && (reassign === null || remindRaw < reassign) ? remindRaw : null;
  if (reassign === null && remind === null) return "No routing SLA is published: no lead is moved on for not being accepted, and none shows an SLA countdown.";
  const clock = "Your clock for a routed lead starts at its assignment when you are at work, else at your next working time (working hours, out of office and meetings count).";
  const byHand = "A lead assigned to you by hand runs no SLA.";
  if (reassign === null) {
    return `Routing SLA: a reminder ${minutes(remind!)} after your clock starts if you have not accepted the lead; a lead is never moved on for not being accepted. ${clock} "Past SLA" marks a routed lead with no first contact ${minutes(DEFAULT_SLA_MINUTES)} after your clock started. ${byHand}`;
  }
  const then = remind === null ? `, or it goes to the next best rep` : `: a reminder at ${minutes(remind)}, then it goes to the next best rep`;
  return `Routing SLA: accept a lead within ${minutes(reassign)} of your clock starting${then}. ${clock} "Past SLA" marks a routed lead with no first contact ${minutes(reassign)} after your clock started. ${byHand}`;
}
