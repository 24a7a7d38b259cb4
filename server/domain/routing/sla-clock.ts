// When a rep's accept clock (the routing SLA: a reminder after N minutes, reassignment after M)
// starts, pure: at the assignment when the rep is at work, else when they next are — their working
// hours in their time zone, out of office, calendar busy blocks and meetings booked with them
// through Switchboard (the caller passes those as busy: sla-clock-start.ts), as routing counts
// availability (nextAvailableAt). Routing prefers reps at work but does not require them, so a lead
// submitted at 02:00 may reach a rep who is asleep: their clock starts at their morning, not at
// 02:00 (otherwise the reminder wakes them at 02:05 and the lead hops from rep to rep all night).
// A rep never at work within the search (no hours, a long leave): the assignment's own time.
import { nextAvailableAt, unavailabilityReason } from "./rep-availability";
import type { TRoutingRepProfile } from "./routing-types";

export type TSlaClockProfile = Pick<TRoutingRepProfile, "timeZone" | "workingHours" | "timeOff" | "busy">;

export interface TSlaMinutes {
  remindAfterMinutes: number;
  reassignAfterMinutes: number;
}

const MINUTE = 60_000;

/** The instant the rep's accept clock starts for an assignment made at `assignedAt` (never before it). */
export function slaClockStart(profile: TSlaClockProfile, assignedAt: Date): Date {
  const at = nextAvailableAt(profile, assignedAt);
  return at && at.getTime() > assignedAt.getTime() ? at : assignedAt;
}

/** Why a rep's clock did not start at the assignment: outside their working hours, on leave, in a meeting (calendar or booking). */
export type TSlaClockDeferral = "off_hours" | "on_leave" | "in_meeting";

/** Why the clock starts after `assignedAt` (the first reason the rep was away then), or null when it starts at the assignment. */
export function slaClockDeferral(profile: TSlaClockProfile, assignedAt: Date): TSlaClockDeferral | null {
  if (slaClockStart(profile, assignedAt).getTime() <= assignedAt.getTime()) return null;
  switch (unavailabilityReason(profile, assignedAt)?.code) {
    case "OUT_OF_OFFICE":
      return "on_leave";
    case "IN_MEETING":
      return "in_meeting";
    case "OUTSIDE_WORKING_HOURS":
    case "NO_WORKING_HOURS":
      return "off_hours";
    default:
      return null;
  }
}

/** The SLA's reminder and reassignment instants from the clock's start. */
export function slaDeadlines(clockStart: Date, sla: TSlaMinutes): { remindAt: Date; reassignAt: Date } {
  return { remindAt: new Date(clockStart.getTime() + sla.remindAfterMinutes * MINUTE), reassignAt: new Date(clockStart.getTime() + sla.reassignAfterMinutes * MINUTE) };
}
