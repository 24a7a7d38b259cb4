// The rep's inbox order, pure: leads still waiting for first contact come first, the one whose SLA
// runs out soonest (or ran out longest ago) on top; then the leads being worked, the stalest first.
// A lead waits from its assignment until first contact (a booking counts); its SLA is the routing
// policy's window (reassign after N minutes) or, without one, DEFAULT_SLA_MINUTES, counted from the
// rep's accept clock (slaStartsAt: their next working time when the lead reached them off duty).
import type { TLeadStage } from "./lead-stages";

export const DEFAULT_SLA_MINUTES = 60;

export interface TInboxEntry {
  id: string;
  stage: TLeadStage;
  assignedAt: Date;
  /** When the rep's SLA clock started; null or absent: assignedAt. */
  slaStartsAt?: Date | null;
  firstContactAt: Date | null;
  stageChangedAt: Date | null;
}

export interface TInboxUrgency {
  /** Waiting for first contact. */
  isWaiting: boolean;
  /** When the SLA runs out (waiting leads only). */
  dueAt: Date | null;
  /** Waiting past the SLA. */
  isOverdue: boolean;
}

export function inboxUrgency(entry: TInboxEntry, now: Date, slaMinutes: number | null): TInboxUrgency {
  const isWaiting = entry.firstContactAt === null && (entry.stage === "OPEN" || entry.stage === "ACCEPTED");
  if (!isWaiting) return { isWaiting, dueAt: null, isOverdue: false };
  const dueAt = new Date((entry.slaStartsAt ?? entry.assignedAt).getTime() + (slaMinutes ?? DEFAULT_SLA_MINUTES) * 60_000);
  return { isWaiting, dueAt, isOverdue: dueAt.getTime() <= now.getTime() };
}

/** The entries in inbox order (a new array), each with its urgency. */
export function sortInbox<T extends TInboxEntry>(entries: readonly T[], now: Date, slaMinutes: number | null): (T & TInboxUrgency)[] {
  const withUrgency = entries.map((e) => ({ ...e, ...inboxUrgency(e, now, slaMinutes) }));
  const key = (e: T & TInboxUrgency) => (e.dueAt ?? e.stageChangedAt ?? e.assignedAt).getTime();
  return withUrgency.sort((a, b) => Number(b.isWaiting) - Number(a.isWaiting) || key(a) - key(b) || a.id.localeCompare(b.id));
}
