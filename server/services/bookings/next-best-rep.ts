// ★ The next best rep's calendar. When the owner has no free slot within the meeting type's
// window (ownerWindowDays working days of the owner), the lead's routing is decided again — a dry
// run with the published config, nothing written — with the owner excluded, then each rep it
// picks in turn (at most MAX_CANDIDATES): the first whose calendar has a slot within the window is
// offered. Booking with them moves the lead (bookSlot → reassignForBooking, BOOKING_FALLBACK).
import type { Db, DbTx } from "../../db/client";
import { workingDaysWindowEnd } from "../../domain/booking/free-slots";
import { decideLeadRouting, toRoutingLead } from "../../domain/routing/routing-lead";
import { loadAccountOwners, loadStoredLead } from "../routing/load-routing-inputs";
import { loadRoutingState } from "../routing/load-routing-state";
import { getPublishedRouting } from "../routing/routing-settings";
import { loadAvailability, loadBookingReps, type TBookingRep, type TLeadBookingContext, type TLoadBusy, type TRepAvailability } from "./booking-context";
import { horizonOf, slotsOf } from "./rep-slots";

const MAX_CANDIDATES = 3;

export type TSlot = ReturnType<typeof slotsOf>[number];

export interface TFallbackOffer {
  rep: TBookingRep;
  slots: TSlot[];
  /** Why this rep: the dry run's path name (e.g. "Enterprise"), for "who also covers …". */
  pathName: string | null;
}

/** Whether the owner has a slot before the end of the window (false when none, or no hours). */
export function ownerHasTimeSoon(ctx: TLeadBookingContext, owner: TRepAvailability, slots: readonly TSlot[], now: Date): boolean {
  const end = workingDaysWindowEnd({ timeZone: owner.rep.timeZone, workingHours: owner.rep.workingHours, now, workingDays: ctx.meetingType.ownerWindowDays });
  return !!end && slots.some((s) => s.start < end);
}

export async function findFallbackOffer(db: Db | DbTx, ctx: TLeadBookingContext, now: Date, loadBusy: TLoadBusy): Promise<TFallbackOffer | null> {
  if (!ctx.ownerRepId) return null;
  const published = await getPublishedRouting(db, ctx.workspaceId);
  if (!published) return null;
  const stored = await loadStoredLead(db, ctx.leadId);
  if (stored.workspaceId !== ctx.workspaceId || stored.isSpam) return null;
  const lead = toRoutingLead(stored, published.config);
  const state = await loadRoutingState(db, ctx.workspaceId, published.config, now);
  const accountOwners = await loadAccountOwners(db, ctx.workspaceId, stored.email);
  const horizon = horizonOf(ctx, now);
  const excluded = [ctx.ownerRepId];
  for (let i = 0; i < MAX_CANDIDATES; i++) {
    const decision = decideLeadRouting({ config: published.config, configVersion: published.version, lead, reps: state.reps, teams: state.teams, rotations: state.rotations, learning: state.learning, accountOwners, excludeRepIds: excluded, now });
    if (decision.outcome !== "assigned" || !decision.repId) return null;
    const [rep] = await loadBookingReps(db, ctx.workspaceId, [decision.repId]);
    if (!rep?.isActive) return null;
    const [availability] = await loadAvailability(db, ctx.workspaceId, [rep], horizon.from, horizon.to, loadBusy);
    const slots = availability ? slotsOf(ctx, availability, now) : [];
    if (availability && ownerHasTimeSoon(ctx, availability, slots, now)) return { rep, slots, pathName: decision.pathName };
    excluded.push(decision.repId);
  }
  return null;
}
