// Reps of a workspace with their user, teams and availability right now (calendar blocks and
// meetings booked through Switchboard, as routing counts them).
import type { DbTx } from "../../db/client";
import { LEAD_WORKER_ROLES } from "../../domain/auth/roles";
import { loadBookedSpansNow } from "../routing/booking-busy";
import { busyNowInclude, repInclude, type TRepSummary, toRepSummary, withBookedSpans } from "./rep-records";

export async function listReps(db: DbTx, workspaceId: string, now: Date = new Date()): Promise<TRepSummary[]> {
  const rows = await db.repProfile.findMany({
    where: { workspaceId },
    include: { ...repInclude, timeOff: { where: { endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } }, busyBlocks: busyNowInclude(now) },
  });
  const booked = await loadBookedSpansNow(db, workspaceId, now);
  return rows
    .map((row) => toRepSummary(withBookedSpans(row, booked.get(row.id)), now))
    .sort((a, b) => Number(b.isActive) - Number(a.isActive) || a.name.localeCompare(b.name));
}

export interface TRepCandidate {
  userId: string;
  name: string;
  email: string;
}

/** Workspace members who work leads and have no rep profile here yet (for "New rep"; a Marketer's would be refused). */
export async function listRepCandidates(db: DbTx, workspaceId: string): Promise<TRepCandidate[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId, role: { in: [...LEAD_WORKER_ROLES] }, user: { repProfiles: { none: { workspaceId } } } },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  return rows
    .map((m) => ({ userId: m.user.id, name: m.user.name?.trim() || m.user.email, email: m.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
