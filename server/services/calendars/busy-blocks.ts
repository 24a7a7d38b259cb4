// Reps' busy time from their connected calendars, as cached by the calendar sync job
// (calendar.sync → RepBusyBlock). Readers — slots, booking, routing's "available now" — read
// only this cache: nothing is fetched from a calendar while a prospect or a decision waits.
import type { CalendarSource } from "../../db/generated/client";
import type { Db, DbTx } from "../../db/client";

export interface TBusyInterval {
  repId: string;
  startsAt: Date;
  endsAt: Date;
}

type TDb = Pick<DbTx, "repBusyBlock">;

/**
 * Busy blocks of these reps overlapping [from, to), oldest first, in one query scoped to the
 * workspace. Blocks that touch `from` or `to` without overlapping are left out.
 */
export async function loadBusyBlocks(db: TDb, workspaceId: string, repIds: string[], from: Date, to: Date): Promise<TBusyInterval[]> {
  if (repIds.length === 0 || to <= from) return [];
  return db.repBusyBlock.findMany({
    where: { workspaceId, repId: { in: repIds }, startsAt: { lt: to }, endsAt: { gt: from } },
    select: { repId: true, startsAt: true, endsAt: true },
    orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }],
  });
}

export interface TBusyBlockInput {
  startsAt: Date;
  endsAt: Date;
  externalId: string;
}

/**
 * Replaces a rep's cached busy blocks of one source inside [from, to) with `blocks` (the
 * calendar's answer for that window), in one transaction. Blocks outside the window are left
 * alone (they came from an earlier window and age out on the next one).
 */
export async function replaceBusyBlocks(
  db: Db,
  input: { workspaceId: string; repId: string; source: CalendarSource; from: Date; to: Date; blocks: TBusyBlockInput[] },
): Promise<void> {
  const { workspaceId, repId, source, from, to } = input;
  const rows = input.blocks
    .filter((b) => b.endsAt > b.startsAt && b.endsAt > from && b.startsAt < to)
    .map((b) => ({ workspaceId, repId, source, startsAt: b.startsAt, endsAt: b.endsAt, externalId: b.externalId.slice(0, 500) }));
  await db.$transaction([
    db.repBusyBlock.deleteMany({ where: { workspaceId, repId, source, startsAt: { lt: to }, endsAt: { gt: from } } }),
    // Blocks older than the window are history nobody reads: drop them on the way.
    db.repBusyBlock.deleteMany({ where: { workspaceId, repId, source, endsAt: { lte: from } } }),
    db.repBusyBlock.createMany({ data: rows }),
  ]);
}
