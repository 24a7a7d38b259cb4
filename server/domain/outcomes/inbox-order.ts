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
// The inbox pages in this order over all of a rep's open leads: services/outcomes/inbox-page.ts
// states it again in SQL (group, key, id) — change both together.
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

/**
 * The stage an inbox row shows: the rep's own, consistent with their assignment's "Not accepted".
 * The lead's stage is the lead's and outlives a reassignment, so a lead its previous rep accepted
 * read "Accepted" beside "Not accepted" in the new rep's inbox. Open or accepted is the rep's own
 * (from their current assignment); a later stage (contacted, a meeting booked…) is where the lead
 * stands whoever reached it, and is shown as it is.
 */
export function inboxStage(leadStage: TLeadStage, isAccepted: boolean): TLeadStage {
  if (leadStage === "OPEN" || leadStage === "ACCEPTED") return isAccepted ? "ACCEPTED" : "OPEN";
  return leadStage;
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
  // Ids by code unit (not localeCompare): the inbox's page query orders the same way in SQL
  // (COLLATE "C", services/outcomes/inbox-page.ts), so a page holds the leads this order puts first.
  return withUrgency.sort((a, b) => group(a) - group(b) || key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
