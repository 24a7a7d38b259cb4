// Why a start the booking service refused (bookSlot's { ok: false, alreadyBooked: null }) is not
// bookable, so the 409 can say it: "taken" — a slot of the rep's, but a booking (or the rep's
// calendar) holds it now — or "not a slot" — never one of the rep's slots (off the slot grid,
// outside working hours, inside the notice or past the horizon: e.g. 17:31). Read after the
// refusal, outside any transaction and lock; it books nothing. The rep is the one the request
// named (repId: the next best rep) or the lead's owner.
import type { Db } from "../../db/client";
import { loadBookingReps, loadLeadBookingContext } from "./booking-context";
import { slotsOf } from "./rep-slots";

export type TSlotRefusal = "taken" | "not_a_slot";

export async function slotRefusal(db: Db, input: { workspaceId: string; leadId: string; start: Date; now: Date; repId?: string }): Promise<TSlotRefusal> {
  const ctx = await loadLeadBookingContext(db, input.workspaceId, input.leadId);
  const repId = input.repId ?? ctx.ownerRepId;
  const [rep] = repId ? await loadBookingReps(db, input.workspaceId, [repId]) : [];
  if (!rep) return "not_a_slot";
  // The rep's slots with nothing booked and no calendar busy: is the start one of them?
  const free = slotsOf(ctx, { rep, busy: [], bookings: [] }, input.now, input.start, new Date(input.start.getTime() + 1));
  return free[0]?.start.getTime() === input.start.getTime() ? "taken" : "not_a_slot";
}
