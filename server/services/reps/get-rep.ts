// One rep of the caller's workspace with every out-of-office period (for the edit page).
import type { DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { loadBookedSpansNow } from "../routing/booking-busy";
import { busyNowInclude, repInclude, type TRepSummary, toRepSummary, withBookedSpans } from "./rep-records";

export interface TRepDetail extends TRepSummary {
  timeOff: { id: string; startsAt: Date; endsAt: Date; note: string }[];
  /** False once the user left the workspace: the profile stays for history but cannot be reactivated. */
  isMember: boolean;
  updatedAt: Date;
}

export async function getRep(db: DbTx, workspaceId: string, repId: string, now: Date = new Date()): Promise<TRepDetail> {
  const row = await db.repProfile.findFirst({
    where: { id: repId, workspaceId },
    include: { ...repInclude, timeOff: { orderBy: { startsAt: "asc" } }, busyBlocks: busyNowInclude(now) },
  });
  if (!row) throw new AppError("NOT_FOUND", "Rep not found.");
  const booked = await loadBookedSpansNow(db, workspaceId, now, row.id);
  const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: row.userId } }, select: { id: true } });
  return {
    ...toRepSummary(withBookedSpans(row, booked.get(row.id)), now),
    timeOff: row.timeOff.map((p) => ({ id: p.id, startsAt: p.startsAt, endsAt: p.endsAt, note: p.note })),
    isMember: membership !== null,
    updatedAt: row.updatedAt,
  };
}
